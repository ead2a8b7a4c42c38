import Foundation
import TestSupport
import Testing

/// `khth templates`: the blank submissions KHTH sends out, and what comes back
/// when a unit fills one in.
@Suite struct TemplateTests {
    func templates() throws -> (root: URL, folder: URL, output: String) {
        let root = try makeTemporaryDirectory("templates")
        let result = try Command.run(khth, ["templates", "--output", "mau"], currentDirectory: root.path)
        return (root, root.appendingPathComponent("mau"), result.output)
    }

    func validate(_ inputs: URL) throws -> CommandResult {
        try Command.run(khth, ["validate", "--inputs", inputs.path], allowFailure: true)
    }

    @Test func oneCSVAndOneWorkbookForEachReportAUnitOwes() throws {
        let (_, folder, output) = try templates()
        let stems = [
            "VP_tien-do", "QLDT_tien-do", "QLDT_du-an", "QHXD_tien-do", "QHXD_chi-tieu", "TNMT_tien-do",
            "TNMT_chi-tieu", "DNLD_tien-do", "TTR_tien-do", "TTXT_tien-do",
        ]
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == stems.flatMap { [$0 + ".csv", $0 + ".xlsx"] }.sorted())
        #expect(output.contains("QLDT — Dự án đầu tư: QLDT_du-an.csv, QLDT_du-an.xlsx"))
        #expect(output.contains("TNMT — Chỉ tiêu (9 dòng có sẵn mã): TNMT_chi-tieu.csv, TNMT_chi-tieu.xlsx"))

        let csv = try Data(contentsOf: folder.appendingPathComponent("TNMT_chi-tieu.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: csv.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "\"Mã đơn vị\",\"Kỳ báo cáo\",\"Mã chỉ tiêu\",\"Nội dung chỉ tiêu\",\"Đối tượng\",\"Kết quả\",\"Ngày\",\"Ghi chú\",\"Ngày gửi\""
        )
        // III.2 is led by TNMT: one row for each operating industrial zone, codes filled in.
        #expect(lines.count == 1 + 9 + 1)
        #expect(lines[1].hasPrefix("\"TNMT\",\"\",\"III.2\",\"Tỷ lệ KCN đang hoạt động"))
        #expect(lines[1].hasSuffix(",\"KCN Đình Vũ\",\"\",\"\",\"\",\"\""))
        #expect(lines.contains { $0.contains("\"KCN An Dương\"") })
        // Its lists offer the results of III.2 only, the target TNMT reports.
        let workbook = try ReadWorkbook.read(folder.appendingPathComponent("TNMT_chi-tieu.xlsx").path)
        let lists = try #require(workbook.sheet("Danh mục"))
        let resultColumn = try #require(lists.find("Kết quả")).column
        let results = (2...12).compactMap { lists.text("\(ReadWorkbook.Sheet.column(resultColumn - 1))\($0)") }
        #expect(results == ["Đạt", "Không đạt", "Chưa có HTXLNT"])
    }

    @Test func aCSVTemplateLeftBlankIsRejectedRowByRowAndFilledInIsAccepted() throws {
        let (root, folder, _) = try templates()
        let template = try String(contentsOf: folder.appendingPathComponent("TNMT_chi-tieu.csv"), encoding: .utf8)

        let blank = root.appendingPathComponent("blank")
        try FileManager.default.createDirectory(at: blank, withIntermediateDirectories: true)
        try template.write(to: blank.appendingPathComponent("TNMT_chi-tieu.csv"), atomically: true, encoding: .utf8)
        let unfilled = try validate(blank)
        #expect(unfilled.status == 1)
        let lines = unfilled.output.components(separatedBy: "\n")
        #expect(lines.contains("  TNMT_chi-tieu.csv: 9 dòng = 0 chấp nhận + 9 bị loại — dùng"))
        #expect(
            lines.contains(
                "    dòng 2, cột B (Kỳ báo cáo): Lỗi [value-required] Ô «Kỳ báo cáo» đang để trống. → Điền «Kỳ báo cáo» cho dòng này."
            ))
        #expect(
            lines.contains(
                "    dòng 2, cột F (Kết quả): Lỗi [value-required] Ô «Kết quả» đang để trống. → Điền «Kết quả» cho dòng này."
            ))

        let filled = root.appendingPathComponent("filled")
        try FileManager.default.createDirectory(at: filled, withIntermediateDirectories: true)
        let rows = template.components(separatedBy: "\r\n").enumerated().map { index, line in
            guard index > 0, !line.isEmpty else { return line }
            var fields = line.components(separatedBy: "\",\"")
            fields[1] = "Quý I/2023"
            fields[5] = "Đạt"
            fields[8] = "16/03/2023\""
            return fields.joined(separator: "\",\"")
        }
        try rows.joined(separator: "\r\n").write(
            to: filled.appendingPathComponent("TNMT_2023-Q1_chi-tieu.csv"),
            atomically: true, encoding: .utf8)
        let accepted = try validate(filled)
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(accepted.output.contains("Dòng dữ liệu: 9 = 9 chấp nhận + 0 bị loại."))
        #expect(accepted.output.contains("Kiểm tra: 0 lỗi, 0 cảnh báo."))
    }

    @Test func theWorkbookOffersListsAndSavedAsCSVIsASubmission() throws {
        let (root, folder, _) = try templates()
        let path = folder.appendingPathComponent("QLDT_tien-do.xlsx")
        let workbook = try ReadWorkbook.read(path.path)
        #expect(workbook.sheetNames == ["Tiến độ nhiệm vụ", "Danh mục", "Hướng dẫn"])
        #expect(workbook.sheets.map(\.state) == ["visible", "hidden", "visible"])
        let sheet = try #require(workbook.sheet("Tiến độ nhiệm vụ"))
        #expect(
            sheet.row(1).compactMap { $0?.text } == [
                "Mã đơn vị", "Kỳ báo cáo", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)",
                "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Hạn hoàn thành", "Ngày hoàn thành",
                "Ngày gửi",
            ])
        #expect(sheet.text("A2") == "QLDT")
        #expect(sheet.text("C2") == "II.1.a")
        #expect(sheet.freeze == "A2")
        // «Tình trạng» (E) chooses from the four statuses, kept on the hidden list sheet.
        let status = try #require(sheet.validations.first { $0.sqref.hasPrefix("E2:") })
        #expect(status.type == "list")
        let lists = try #require(workbook.sheet("Danh mục"))
        let listColumn = try #require(status.formula1?.split(separator: "$").dropFirst().first.map(String.init))
        #expect(
            (2...5).map { lists.text("\(listColumn)\($0)") } == [
                "Chưa triển khai", "Đang triển khai", "Hoàn thành", "Tạm dừng",
            ])
        #expect(lists.text("\(listColumn)6") == nil)
        // The task list offers every code intake reads, a whole task as well as its items.
        let task = try #require(sheet.validations.first { $0.sqref.hasPrefix("C2:") })
        let taskColumn = try #require(task.formula1?.split(separator: "$").dropFirst().first.map(String.init))
        let taskChoices = (2...80).compactMap { lists.text("\(taskColumn)\($0)") }
        #expect(taskChoices.starts(with: ["II.1", "II.1.a", "II.1.b"]))
        #expect(taskChoices.contains("II.10"))
        // The period list holds the periods QLDT reports progress for.
        let period = try #require(sheet.validations.first { $0.sqref.hasPrefix("B2:") })
        let periodColumn = try #require(period.formula1?.split(separator: "$").dropFirst().first.map(String.init))
        let periods = (2...40).compactMap { lists.text("\(periodColumn)\($0)") }
        #expect(periods.count == 12 + 4 + 1 + 1 + 1)
        #expect(periods.first == "Tháng 1/2023")
        #expect(
            periods.contains("Quý I/2023") && periods.contains("6 tháng đầu năm 2023") && periods.last == "Năm 2023")
        // A date column carries a hint, no list.
        let due = try #require(sheet.validations.first { $0.sqref.hasPrefix("J2:") })
        #expect(due.type == nil)
        #expect(due.prompt == "Ngày dạng ngày/tháng/năm, ví dụ 31/03/2023.")
        #expect(workbook.sheet("Hướng dẫn")?.texts().contains { $0.contains("CSV UTF-8 (Comma delimited)") } == true)

        // A unit fills it in and saves it as CSV: the file reads as a submission.
        let filled = root.appendingPathComponent("filled.xlsx")
        _ = try Python.run(
            script: #"""
                import sys, openpyxl
                wb = openpyxl.load_workbook(sys.argv[1])
                ws = wb.worksheets[0]
                for row in range(2, ws.max_row + 1):
                    if ws.cell(row, 3).value:
                        ws.cell(row, 2).value = "Quý I/2023"
                        ws.cell(row, 5).value = "Đang triển khai"
                        ws.cell(row, 6).value = 30
                        ws.cell(row, 12).value = "16/03/2023"
                wb.save(sys.argv[2])
                """#, arguments: [path.path, filled.path])
        let csv = try LibreOffice.saveAsCSV(filled)
        let inputs = root.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: csv, to: inputs.appendingPathComponent("QLDT_2023-Q1_tien-do.csv"))
        let result = try validate(inputs)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Dòng dữ liệu: 3 = 3 chấp nhận + 0 bị loại."))
        #expect(result.output.contains("Kiểm tra: 0 lỗi, 0 cảnh báo."))
    }
}
