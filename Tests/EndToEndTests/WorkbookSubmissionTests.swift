import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// Units send workbooks: read as Excel shows them, each sheet a submission,
/// every problem placed at its sheet and cell.
@Suite struct WorkbookSubmissionTests {
    /// Writes a workbook with openpyxl; `wb` is the workbook, `ws` its first sheet.
    func openpyxl(_ url: URL, _ body: String) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try Python.run(
            script: """
                import sys, datetime, openpyxl
                D = datetime.date
                wb = openpyxl.Workbook()
                ws = wb.active
                \(body)
                wb.save(sys.argv[1])
                """, arguments: [url.path])
    }

    /// An instructions sheet first, three kinds on three sheets, lists hidden — as a
    /// spreadsheet saves it after calculating its formulas (LibreOffice).
    func threeKinds() throws -> URL {
        let root = try makeTemporaryDirectory("three-kinds")
        let written = root.appendingPathComponent("made/QLDT_2023-03.xlsx")
        try openpyxl(
            written,
            """
            ws.title = "Hướng dẫn"
            ws["A1"] = "Điền các trang sau rồi gửi lại tệp này"
            t = wb.create_sheet("Tiến độ")
            t.append(["Mã đơn vị", "Kỳ báo cáo", "Mã nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện", "Ngày hoàn thành"])
            t.append(["QLDT", "Tháng 3/2023", "II.1.a", "Đang triển khai", 0.35, "Đã tiếp 5 đoàn", None])
            t.append(["QLDT", "Tháng 3/2023", "II.2.a", "Hoàn thành", 1, "=1/0", D(2023, 3, 10)])
            t["E2"].number_format = "0%"
            t["E3"].number_format = "0%"
            t["G3"].number_format = "dd/mm/yyyy"
            p = wb.create_sheet("Dự án")
            p.append(["BÁO CÁO DỰ ÁN ĐẦU TƯ THÁNG 3/2023"])
            p.merge_cells("A1:J1")
            p.append(["Mã đơn vị", "Kỳ báo cáo", "Số GCNĐKĐT", "Loại biến động", "Ngày cấp", "Quốc gia/vùng lãnh thổ", "Khu", "Nguồn vốn", "Vốn đăng ký", "Đơn vị tính"])
            p.append(["QLDT", "Tháng 3/2023", 2110987654, "Cấp mới", D(2023, 3, 1), "Hàn Quốc", "KCN VSIP Hải Phòng", "FDI", 12500000, "USD"])
            p.append([None, None, 2110987655, "Điều chỉnh tăng vốn", D(2023, 3, 2), "Nhật Bản", "KCN Đình Vũ", "FDI", 2500000, "USD"])
            p.append([None, None, "2110987656", "Cấp mới", D(2023, 3, 3), "Singapore", "KCN Không Có", "FDI", 1000000, "USD"])
            p.append(["Tổng cộng", None, None, None, None, None, None, None, "=SUM(I3:I5)", None])
            p.merge_cells("A3:A5")
            p.merge_cells("B3:B5")
            for r in range(3, 6):
                p.cell(r, 5).number_format = "dd/mm/yyyy"
                p.cell(r, 9).number_format = "#,##0"
            c = wb.create_sheet("Chỉ tiêu")
            c.append(["Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Đối tượng", "Kết quả", "Ngày"])
            c.append(["QLDT", "Quý I/2023", "III.2", "KCN VSIP Hải Phòng", "Đạt", D(2023, 3, 5)])
            l = wb.create_sheet("Danh mục")
            l.sheet_state = "hidden"
            l["A1"] = "Cấp mới"
            """)
        let saved = try LibreOffice.recalculate(written)
        let inputs = root.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: saved, to: inputs.appendingPathComponent("QLDT_2023-03.xlsx"))
        return inputs
    }

    @Test func threeKindsOnThreeSheetsAsExcelShowsThem() throws {
        let (outcome, workbook) = try runReport(inputs: threeKinds(), period: "2023-03")
        // In the workbook's tab order; a formula error is a warning, so its row is accepted.
        #expect(
            outcome.files.map(\.file) == [
                "QLDT_2023-03.xlsx › Tiến độ", "QLDT_2023-03.xlsx › Dự án", "QLDT_2023-03.xlsx › Chỉ tiêu",
            ])
        #expect(outcome.files.map(\.account.accepted) == [2, 2, 1])
        #expect(outcome.files.map(\.account.rejected) == [0, 1, 0])
        let codes = outcome.diagnostics.map { "\($0.place.compact) \($0.code.rawValue)" }
        // The instructions and the hidden lists are passed over, each with a note.
        #expect(codes.contains("QLDT_2023-03.xlsx › Hướng dẫn sheet-skipped"))
        #expect(codes.contains("QLDT_2023-03.xlsx › Danh mục sheet-skipped"))
        // Title above the header, the total row with its formula's value: not data.
        #expect(codes.contains("QLDT_2023-03.xlsx › Dự án › hàng 2 preamble-skipped"))
        #expect(codes.contains("QLDT_2023-03.xlsx › Dự án › hàng 6 total-row-skipped"))
        // Placed where Excel shows them.
        #expect(codes.contains("QLDT_2023-03.xlsx › Dự án › G5 zone-unknown"))
        #expect(codes.contains("QLDT_2023-03.xlsx › Tiến độ › F3 formula-error"))
        let error = try #require(outcome.diagnostics.first { $0.code == .formulaError })
        #expect(error.message.contains("«#DIV/0!»"))

        let projects = try #require(workbook.sheet("Dự án"))
        // The merged unit and period hold for every row of their range; numbers are numbers.
        #expect(projects.texts().filter { $0 == "QLDT" }.count == 2)
        #expect(projects.texts().filter { $0 == "QLDT_2023-03.xlsx › Dự án" }.count == 2)
        let targets = try #require(workbook.sheet("Chỉ tiêu"))
        #expect(targets.row(labelled: "Cấp mới")?[2]?.number == 12.5)
        #expect(targets.row(labelled: "Điều chỉnh tăng vốn")?[2]?.number == 2.5)
        // 0.35 shown as 35 %: a rate of 35.
        let tasks = try #require(workbook.sheet("Nhiệm vụ"))
        #expect(tasks.row(labelled: "II.1.a")?[6]?.number == 35)
        // «Nộp báo cáo» lists each sheet's submission, its rows adding up.
        let tracker = try #require(workbook.sheet("Nộp báo cáo"))
        #expect(tracker.texts().contains("QLDT_2023-03.xlsx › Dự án"))
        #expect(tracker.texts().filter { $0 == "Excel (.xlsx)" }.count == 3)
        #expect(!tracker.texts().contains("LỆCH"))
    }

    @Test func theConsoleNamesTheSheetAndTheCell() throws {
        let inputs = try threeKinds()
        let result = try Command.run(
            khth, ["validate", "--inputs", inputs.path, "--period", "2023-03"], allowFailure: true)
        #expect(result.status == 1)
        let lines = result.output.components(separatedBy: "\n")
        #expect(
            lines.contains(
                "  QLDT_2023-03.xlsx › Dự án: 3 dòng = 2 chấp nhận + 1 bị loại (1 dòng trống hoặc bỏ qua) — dùng"))
        #expect(lines.contains { $0.hasPrefix("    ô G5 (Khu): Lỗi [zone-unknown] Khu «KCN Không Có»") })
        #expect(
            lines.contains { $0.hasPrefix("    ô F3 (Kết quả thực hiện): Cảnh báo [formula-error] Ô ghi «#DIV/0!»") })
    }

    @Test func anEncryptedWorkbookIsRefusedWithWhatToDo() throws {
        let root = try makeTemporaryDirectory("encrypted")
        let inputs = root.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Tests/XlsxReaderTests/Fixtures/encrypted.xlsx"),
            to: inputs.appendingPathComponent("TNMT.xlsx"))
        let outcome = try ReportRun(.init(inputs: inputs)).validate()
        let refused = try #require(outcome.diagnostics.first { $0.code == .workbookEncrypted })
        #expect(refused.place == Place(file: "TNMT.xlsx"))
        #expect(refused.fix.contains("mật khẩu"))
        #expect(outcome.files.map(\.state) == [.rejected])
    }
}
