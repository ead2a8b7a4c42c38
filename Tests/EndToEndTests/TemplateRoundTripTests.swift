import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// The templates' loop, closed: each kind's template filled in as a unit
/// would, saved by a spreadsheet (LibreOffice), and sent back as it is, reads
/// with no error and no warning — and gives the same figures as the same rows
/// sent as CSV.
@Suite struct TemplateRoundTripTests {
    func filled() throws -> (xlsx: URL, csv: URL) {
        let root = try makeTemporaryDirectory("round-trip")
        try Command.run(khth, ["templates", "--output", "mau"], currentDirectory: root.path)
        let mau = root.appendingPathComponent("mau")
        let made = root.appendingPathComponent("made")
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        _ = try Python.run(
            script: #"""
                import sys, datetime, openpyxl
                mau, made = sys.argv[1], sys.argv[2]
                sent = datetime.date(2023, 3, 16)
                def columns(ws):
                    return {c.value: c.column for c in ws[1]}

                wb = openpyxl.load_workbook(mau + "/QLDT_tien-do.xlsx")
                ws = wb.worksheets[0]; col = columns(ws)
                for row in range(2, ws.max_row + 1):
                    if ws.cell(row, col["Mã nhiệm vụ"]).value:
                        ws.cell(row, col["Kỳ báo cáo"]).value = "Quý I/2023"
                        ws.cell(row, col["Tình trạng"]).value = "Đang triển khai"
                        ws.cell(row, col["Tỷ lệ hoàn thành (%)"]).value = 40
                        ws.cell(row, col["Kết quả thực hiện"]).value = "Đã làm việc với 3 nhà đầu tư"
                        ws.cell(row, col["Ngày gửi"]).value = sent
                wb.save(made + "/QLDT_2023-Q1_tien-do.xlsx")

                wb = openpyxl.load_workbook(mau + "/QLDT_du-an.xlsx")
                ws = wb.worksheets[0]; col = columns(ws)
                events = [
                    ("2110987654", "Cấp mới", datetime.date(2023, 3, 1), "Nhà máy linh kiện", "Công ty A", "Hàn Quốc", "KCN VSIP Hải Phòng", "FDI", 12500000, "USD"),
                    ("2110987655", "Điều chỉnh tăng vốn", datetime.date(2023, 3, 2), "Nhà máy thép", "Công ty B", "Nhật Bản", "KCN Đình Vũ", "FDI", 3.5, "triệu USD"),
                    ("2110987656", "Cấp mới", datetime.date(2023, 3, 3), "Kho vận", "Công ty C", "Việt Nam", "KCN Nam Cầu Kiền", "DDI", 120, "tỷ đồng"),
                ]
                names = ["Số GCNĐKĐT", "Loại biến động", "Ngày cấp", "Tên dự án", "Nhà đầu tư", "Quốc gia/vùng lãnh thổ", "Khu", "Nguồn vốn", "Vốn đăng ký", "Đơn vị tính"]
                for index, event in enumerate(events):
                    row = index + 2
                    ws.cell(row, col["Mã đơn vị"]).value = "QLDT"
                    ws.cell(row, col["Kỳ báo cáo"]).value = "Tháng 3/2023"
                    for name, value in zip(names, event):
                        ws.cell(row, col[name]).value = value
                    ws.cell(row, col["Ngày gửi"]).value = sent
                wb.save(made + "/QLDT_2023-03_du-an.xlsx")

                wb = openpyxl.load_workbook(mau + "/TNMT_chi-tieu.xlsx")
                ws = wb.worksheets[0]; col = columns(ws)
                for row in range(2, ws.max_row + 1):
                    if ws.cell(row, col["Đối tượng"]).value:
                        ws.cell(row, col["Kỳ báo cáo"]).value = "Quý I/2023"
                        ws.cell(row, col["Kết quả"]).value = "Không đạt" if row == 3 else "Đạt"
                        ws.cell(row, col["Ngày"]).value = datetime.date(2023, 3, 10)
                        ws.cell(row, col["Ngày gửi"]).value = sent
                wb.save(made + "/TNMT_2023-Q1_chi-tieu.xlsx")
                """#, arguments: [mau.path, made.path])
        let xlsx = root.appendingPathComponent("xlsx")
        let csv = root.appendingPathComponent("csv")
        for folder in [xlsx, csv] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for name in ["QLDT_2023-Q1_tien-do", "QLDT_2023-03_du-an", "TNMT_2023-Q1_chi-tieu"] {
            // Saved by a spreadsheet, as the unit's own would save it; and the same rows as CSV.
            let saved = try LibreOffice.recalculate(made.appendingPathComponent(name + ".xlsx"))
            try FileManager.default.copyItem(at: saved, to: xlsx.appendingPathComponent(name + ".xlsx"))
            try FileManager.default.copyItem(
                at: try LibreOffice.saveAsCSV(saved), to: csv.appendingPathComponent(name + ".csv"))
        }
        return (xlsx, csv)
    }

    @Test func eachKindSentAsItIsReadsCleanAndAsItsCSV() throws {
        let (xlsx, csv) = try filled()
        let (fromWorkbooks, workbooks) = try runReport(inputs: xlsx, period: "2023-Q1")
        let (fromCSV, csvs) = try runReport(inputs: csv, period: "2023-Q1")
        #expect(fromWorkbooks.errors == 0 && fromWorkbooks.warnings == 0, "\(fromWorkbooks.diagnostics)")
        #expect(fromWorkbooks.files.count == 3)
        #expect(fromWorkbooks.totals.accepted == fromCSV.totals.accepted)
        #expect(fromWorkbooks.totals.accepted == fromWorkbooks.totals.dataRows)
        // The figures: every number of «Tổng hợp» and «Chỉ tiêu» as in the CSV run.
        for name in ["Tổng hợp", "Chỉ tiêu", "Nhiệm vụ"] {
            let a = try #require(workbooks.sheet(name))
            let b = try #require(csvs.sheet(name))
            let numbers = a.values.filter { $0.value.number != nil }
            #expect(!numbers.isEmpty)
            for (reference, value) in numbers {
                #expect(value == b.values[reference], "\(name)!\(reference)")
            }
        }
        let summary = try #require(workbooks.sheet("Tổng hợp"))
        #expect(summary.row(labelled: "III.1")?[5]?.number == 16)
        #expect(summary.row(labelled: "III.2")?[4]?.text == "8/9 KCN")
    }
}
