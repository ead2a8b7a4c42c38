import Foundation
import XlsxWriter

/// The investment rows of `Generator`, as a unit's workbook holds them: one
/// sheet, text as text, dates as date cells, amounts as numbers — written by
/// libxlsxwriter (inline strings, as its constant-memory mode writes them).
enum WorkbookGenerator {
    static func write(rows: Int, to url: URL) throws -> Int {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let workbook = try Workbook(path: url.path, options: .init(constantMemory: true))
        let sheet = try workbook.addWorksheet("Dự án đầu tư")
        let date = CellFormat(numberFormat: "dd/mm/yyyy")
        let amount = CellFormat(numberFormat: "#,##0")
        let headers = [
            "Mã đơn vị", "Kỳ báo cáo", "Số GCNĐKĐT", "Loại biến động", "Ngày cấp", "Tên dự án", "Nhà đầu tư",
            "Quốc gia/vùng lãnh thổ", "Khu", "Nguồn vốn", "Vốn đăng ký", "Đơn vị tính", "Ngày gửi",
        ]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: 0, column: column) }
        for index in 0..<rows {
            let row = index + 1
            try sheet.write("QLDT", row: row, column: 0)
            try sheet.write("Tháng 3/2023", row: row, column: 1)
            try sheet.write(String(2_100_000_000 + index), row: row, column: 2)
            try sheet.write(Generator.events[index % 4], row: row, column: 3)
            try sheet.write(CellDate(year: 2023, month: 2, day: 15 + index % 14), row: row, column: 4, format: date)
            try sheet.write("Nhà máy sản xuất linh kiện điện tử số \(index) Hải Phòng", row: row, column: 5)
            try sheet.write("Công ty TNHH Đầu tư \(index % 5000)", row: row, column: 6)
            try sheet.write(Generator.countries[index % 6], row: row, column: 7)
            try sheet.write(Generator.zones[index % 6], row: row, column: 8)
            try sheet.write("FDI", row: row, column: 9)
            try sheet.write(
                Double((1 + index % 900) * 1_000_000 + index % 1000 * 1000), row: row, column: 10, format: amount)
            try sheet.write("USD", row: row, column: 11)
            try sheet.write(CellDate(year: 2023, month: 3, day: 15), row: row, column: 12, format: date)
        }
        try workbook.close()
        return (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }
}
