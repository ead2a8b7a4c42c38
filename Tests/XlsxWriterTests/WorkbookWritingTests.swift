import Foundation
import TestSupport
import Testing

@testable import XlsxWriter

/// Each test writes a real file and reads it back with openpyxl.
@Suite struct WorkbookWritingTests {
    let directory: URL
    init() throws { directory = try makeTemporaryDirectory("xlsx") }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test func valuesFormulasAndDatesReadBack() throws {
        let file = path("values.xlsx")
        let workbook = try Workbook(path: file)
        let sheet = try workbook.addWorksheet("Tổng hợp")
        try sheet.write("Ban Quản lý Khu kinh tế Hải Phòng", row: 0, column: 0)
        try sheet.write(1_234.5, row: 1, column: 0)
        try sheet.write(2_000_000, row: 2, column: 0, format: CellFormat(numberFormat: "#,##0"))
        try sheet.write(
            CellDate(year: 2023, month: 6, day: 30), row: 3, column: 0,
            format: CellFormat(numberFormat: "dd/mm/yyyy"))
        try sheet.writeFormula("=SUM(A2:A3)", result: .number(2_001_234.5), row: 4, column: 0)
        try sheet.writeFormula("=IF(A2>1000,\"Đạt\",\"Chưa đạt\")", result: .text("Đạt"), row: 5, column: 0)
        try sheet.write("=HYPERLINK(\"http://x\",\"bấm\")", row: 6, column: 0)
        try sheet.write("+cmd|' /C calc'!A0", row: 7, column: 0)
        try sheet.write("", row: 8, column: 0, format: CellFormat(border: .thin))
        try workbook.close()

        let read = try ReadWorkbook.read(file).sheet("Tổng hợp")!
        #expect(read.text("A1") == "Ban Quản lý Khu kinh tế Hải Phòng")
        #expect(read.number("A2") == 1_234.5)
        #expect(read.number("A3") == 2_000_000)
        #expect(read.values["A4"]?.date == "2023-06-30")
        #expect(read.formulas["A5"] == "SUM(A2:A3)")
        #expect(read.number("A5") == 2_001_234.5)
        #expect(read.formulas["A6"] == "IF(A2>1000,\"Đạt\",\"Chưa đạt\")")
        #expect(read.text("A6") == "Đạt")
        // Hostile text stays inert text, never a formula.
        #expect(read.formulas["A7"] == nil)
        #expect(read.text("A7") == "=HYPERLINK(\"http://x\",\"bấm\")")
        #expect(read.formulas["A8"] == nil)
        #expect(read.text("A8") == "+cmd|' /C calc'!A0")
    }

    @Test func formatsReachTheFile() throws {
        let file = path("formats.xlsx")
        let workbook = try Workbook(path: file)
        let sheet = try workbook.addWorksheet("Định dạng")
        let title = CellFormat(fontName: "Times New Roman", fontSize: 14, bold: true, horizontal: .center)
        try sheet.write("KẾ HOẠCH", row: 0, column: 0, format: title)
        try sheet.setColumns(0...0, width: 42)
        try sheet.setColumns(1...3, width: 12.5)
        try workbook.close()
        let read = try ReadWorkbook.read(file).sheet("Định dạng")!
        #expect(read.fonts["A1"] == "Times New Roman")
        #expect(abs((read.columnWidths["A"] ?? 0) - 42.71) < 1)
    }

    @Test func aResolvedFormatWritesAsItsLookAndOnlyInItsWorkbook() throws {
        let file = path("resolved.xlsx")
        let workbook = try Workbook(path: file)
        let sheet = try workbook.addWorksheet("Dòng")
        let look = CellFormat(fontName: "Times New Roman", numberFormat: "#,##0.00")
        let resolved = try sheet.resolve(look)
        try sheet.write(1234.5, row: 0, column: 0, format: resolved)
        try sheet.write("văn bản", row: 1, column: 0, format: resolved)
        try sheet.write(CellDate(year: 2023, month: 3, day: 14), row: 2, column: 0, format: resolved)
        try sheet.writeBlank(row: 3, column: 0, format: resolved)
        let other = try Workbook(path: path("other.xlsx"))
        let foreign = try other.addWorksheet("Khác").resolve(look)
        #expect(throws: XlsxError.self) { try sheet.write(1, row: 4, column: 0, format: foreign) }
        try workbook.close()
        let read = try ReadWorkbook.read(file).sheet("Dòng")!
        #expect(read.number("A1") == 1234.5)
        #expect(read.text("A2") == "văn bản")
        #expect(read.fonts["A1"] == "Times New Roman")
        #expect(read.fonts["A2"] == "Times New Roman")
        #expect(read.values["A5"] == nil)
    }

    @Test func mergesAndOverlapRefusal() throws {
        let file = path("merge.xlsx")
        let workbook = try Workbook(path: file)
        let sheet = try workbook.addWorksheet("Trộn")
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 4, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        try sheet.merge(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 1, text: "Độc lập - Tự do - Hạnh phúc")
        #expect(throws: XlsxError.self) {
            try sheet.merge(firstRow: 2, firstColumn: 1, lastRow: 3, lastColumn: 2, text: "chồng lên")
        }
        try workbook.close()
        let read = try ReadWorkbook.read(file).sheet("Trộn")!
        #expect(read.merged == ["A1:E1", "A2:B3"])
        #expect(read.text("A1") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    }

    @Test func sheetNamesAreCheckedAndMadeSafe() throws {
        let file = path("names.xlsx")
        let workbook = try Workbook(path: file)
        _ = try workbook.addWorksheet("Tổng hợp")
        // Excel treats these as the same name; libxlsxwriter alone would accept it.
        #expect(throws: XlsxError.self) { try workbook.addWorksheet("TỔNG HỢP") }
        // NFD input is the same name once normalised.
        let decomposed = "Tổng hợp".decomposedStringWithCanonicalMapping
        #expect(throws: XlsxError.self) { try workbook.addWorksheet(decomposed) }
        #expect(throws: XlsxError.self) { try workbook.addWorksheet("Kỳ 03/2023") }
        #expect(throws: XlsxError.self) { try workbook.addWorksheet(String(repeating: "ệ", count: 32)) }

        let safe = SheetName.safe("TỔNG HỢP", avoiding: workbook.sheetNames)
        #expect(safe == "TỔNG HỢP (2)")
        _ = try workbook.addWorksheet(safe)
        let slash = SheetName.safe("Kỳ 03/2023: [nháp]", avoiding: workbook.sheetNames)
        #expect(slash == "Kỳ 03-2023- -nháp-")
        _ = try workbook.addWorksheet(slash)
        // 40 NFD characters: measured after NFC, cut to 31 code points.
        let long = SheetName.safe(
            String(repeating: "ệ", count: 40).decomposedStringWithCanonicalMapping,
            avoiding: workbook.sheetNames)
        #expect(long.unicodeScalars.count == 31)
        _ = try workbook.addWorksheet(long)
        try workbook.close()
        #expect(try ReadWorkbook.read(file).sheetNames == ["Tổng hợp", "TỔNG HỢP (2)", "Kỳ 03-2023- -nháp-", long])
    }

    @Test func tableValidationConditionalFormatAndChart() throws {
        let file = path("features.xlsx")
        let workbook = try Workbook(path: file)
        let sheet = try workbook.addWorksheet("Dự án")
        let lists = try workbook.addWorksheet("Danh mục")
        let rows: [(String, Double)] = [("KCN Tràng Duệ", 120.5), ("KCN VSIP Hải Phòng", 80), ("KCN Đình Vũ", 45.25)]
        for (index, (zone, capital)) in rows.enumerated() {
            try sheet.write(zone, row: index + 1, column: 0)
            try sheet.write(capital, row: index + 1, column: 1)
        }
        try sheet.addTable(
            firstRow: 0, firstColumn: 0, lastRow: rows.count,
            options: TableOptions(name: "DuAn", columns: ["Khu", "Vốn (triệu USD)"]))
        try sheet.addListValidation(
            firstRow: 1, firstColumn: 2, lastRow: 3, lastColumn: 2,
            source: .values(["Đạt", "Không đạt", "Chưa có HTXLNT"]))
        // A list Excel cannot hold inline is refused, and works through a range.
        let zones = (1...40).map { "Khu công nghiệp số \($0) Hải Phòng" }
        #expect(ListValidation.inlineLength(zones) > 255)
        #expect(throws: XlsxError.self) {
            try sheet.addListValidation(firstRow: 1, firstColumn: 3, lastRow: 3, lastColumn: 3, source: .values(zones))
        }
        for (index, zone) in zones.enumerated() { try lists.write(zone, row: index, column: 0) }
        try sheet.addListValidation(
            firstRow: 1, firstColumn: 3, lastRow: 3, lastColumn: 3,
            source: .range(CellReference.qualified(sheet: "Danh mục", "$A$1:$A$40")))
        try sheet.addConditionalFormat(
            firstRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 1,
            rule: .numberGreaterThanOrEqual(100), format: CellFormat(fill: 0xC6EFCE))
        for kind in [Chart.Kind.column, .bar, .line, .pie] {
            let chart = try workbook.addChart(kind)
            try chart.addSeries(name: "Vốn", categories: "='Dự án'!$A$2:$A$4", values: "='Dự án'!$B$2:$B$4")
            chart.setTitle("Vốn theo khu", fontName: "Times New Roman")
            try sheet.insertChart(chart, row: 6, column: 0)
        }
        try workbook.close()

        let read = try ReadWorkbook.read(file).sheet("Dự án")!
        #expect(read.tables.count == 1)
        #expect(read.tables.first?.name == "DuAn")
        #expect(read.tables.first?.ref == "A1:B4")
        #expect(read.tables.first?.headers == ["Khu", "Vốn (triệu USD)"])
        #expect(read.text("A1") == "Khu")
        #expect(read.validations.count == 2)
        #expect(read.validations.contains { $0.type == "list" && $0.formula1 == "\"Đạt,Không đạt,Chưa có HTXLNT\"" })
        #expect(read.validations.contains { $0.type == "list" && $0.formula1 == "'Danh mục'!$A$1:$A$40" })
        #expect(read.conditionalRanges == ["B2:B4"])
        #expect(read.charts.sorted() == ["BarChart", "BarChart", "LineChart", "PieChart"])
    }

    @Test func pageSetupFreezeAndFilter() throws {
        let file = path("page.xlsx")
        let workbook = try Workbook(path: file)
        let sheet = try workbook.addWorksheet("In")
        for row in 0..<30 { try sheet.write("Dòng \(row)", row: row, column: 0) }
        sheet.freezePanes(row: 5, column: 1)
        try sheet.autofilter(firstRow: 4, firstColumn: 0, lastRow: 29, lastColumn: 3)
        try sheet.setPage(
            PageSetup(
                repeatRows: 4...4, header: "&C&\"Times New Roman\"Báo cáo",
                footer: "&CTrang &P/&N"))
        try workbook.close()
        let read = try ReadWorkbook.read(file).sheet("In")!
        #expect(read.freeze == "B6")
        #expect(read.autofilter == "A5:D30")
        #expect(read.orientation == "landscape")
        #expect(read.paperSize == 9)
        #expect(read.fitToWidth == 1)
        #expect(read.printTitleRows == "$5:$5")
        #expect(read.footer == "Trang &[Page]/&N" || read.footer == "Trang &P/&N")
    }
}
