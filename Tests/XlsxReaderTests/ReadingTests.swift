import Foundation
import TestSupport
import Testing

@testable import XlsxReader

/// Workbooks written by openpyxl (and re-saved by LibreOffice, as a user's
/// spreadsheet saves them), read back: every kind of cell as Excel shows it.
@Suite struct ReadingTests {
    func workbook(_ body: String) throws -> URL { try Packages.openpyxl(body) }

    /// Every row of a sheet as (row number, [column: shown value]).
    func rows(_ url: URL, sheet: String? = nil) throws -> [(Int, [Int: String])] {
        let book = try XlsxWorkbook(path: url.path, file: url.lastPathComponent)
        let chosen = try #require(book.sheets.first { sheet == nil || $0.name == sheet })
        var result: [(Int, [Int: String])] = []
        try book.rows(of: chosen) { row in
            var cells: [Int: String] = [:]
            for cell in row.cells { cells[cell.column] = Self.shown(cell.value, in: row) }
            result.append((row.number, cells))
        }
        return result
    }

    static func shown(_ value: SheetRow.Value, in row: SheetRow) -> String {
        switch value {
        case .text(let range): "text:" + row.text(range)
        case .number(let number, let style): "\(style):\(number)"
        case .bool(let value): "bool:\(value)"
        case .error(let range): "error:" + row.text(range)
        case .isoDate(let range): "iso:" + row.text(range)
        case .formulaWithoutValue: "formula-without-value"
        }
    }

    @Test func textsNumbersBooleansAndErrors() throws {
        let url = try workbook(
            """
            ws["A1"] = "Hải Phòng"
            ws["B1"] = 1500000
            ws["C1"] = 1.25
            ws["D1"] = True
            ws["E1"] = "=1/0"
            ws["F1"] = "Ô có _x000D_ ký tự"
            ws["A3"] = "Kết quả"
            """)
        let read = try rows(url)
        #expect(read.map(\.0) == [1, 3])
        #expect(read[0].1[0] == "text:Hải Phòng")
        #expect(read[0].1[1] == "general:1500000.0")
        #expect(read[0].1[2] == "general:1.25")
        #expect(read[0].1[3] == "bool:true")
        // openpyxl stores no result for a formula.
        #expect(read[0].1[4] == "formula-without-value")
        #expect(read[1].1[0] == "text:Kết quả")
    }

    @Test func formatsMakeDatesAndPercentages() throws {
        let url = try workbook(
            """
            ws["A1"] = datetime.date(2023, 3, 15)
            ws["B1"] = 0.35
            ws["B1"].number_format = "0.00%"
            ws["C1"] = 45000
            ws["C1"].number_format = "dd/mm/yyyy"
            ws["D1"] = 12.5
            ws["D1"].number_format = '0.00" điểm"'
            ws["E1"] = datetime.datetime(2023, 3, 15, 8, 30)
            ws["F1"] = 1234567
            ws["F1"].number_format = "#,##0"
            ws["G1"] = "2110987654"
            ws["G1"].number_format = "@"
            """)
        let cells = try #require(try rows(url).first?.1)
        #expect(cells[0] == "date:45000.0")
        #expect(cells[1] == "percent:0.35")
        #expect(cells[2] == "date:45000.0")
        #expect(cells[3] == "number:12.5")
        #expect(cells[4] == "dateTime:45000.35416666666")
        #expect(cells[5] == "number:1234567.0")
        #expect(cells[6] == "text:2110987654")
    }

    @Test func mergedRangesCarryTheirValueToEveryCell() throws {
        let url = try workbook(
            """
            ws["A1"] = "THÔNG TIN DỰ ÁN"
            ws.merge_cells("A1:C1")
            ws["A2"] = "QLDT"
            ws.merge_cells("A2:A4")
            ws["B2"] = 1
            ws["B3"] = 2
            ws["B4"] = 3
            """)
        let read = try rows(url)
        #expect(read[0].1 == [0: "text:THÔNG TIN DỰ ÁN", 1: "text:THÔNG TIN DỰ ÁN", 2: "text:THÔNG TIN DỰ ÁN"])
        #expect(read[1...].map { $0.1[0] } == ["text:QLDT", "text:QLDT", "text:QLDT"])
        #expect(read[1...].map { $0.1[1] } == ["general:1.0", "general:2.0", "general:3.0"])
    }

    @Test func hiddenSheetsAndRowsAreKnown() throws {
        let url = try workbook(
            """
            ws.title = "Hướng dẫn"
            ws["A1"] = "Điền vào sheet Dự án"
            data = wb.create_sheet("Dự án")
            data["A1"] = "Mã đơn vị"
            data["A2"] = "QLDT"
            data["A3"] = "TNMT"
            data.row_dimensions[3].hidden = True
            lists = wb.create_sheet("Danh mục")
            lists.sheet_state = "hidden"
            """)
        let book = try XlsxWorkbook(path: url.path, file: "book.xlsx")
        #expect(book.sheets.map(\.name) == ["Hướng dẫn", "Dự án", "Danh mục"])
        #expect(book.sheets.map(\.visibility) == [.visible, .visible, .hidden])
        var hidden: [Int] = []
        try book.rows(of: book.sheets[1]) { row in if row.isHidden { hidden.append(row.number) } }
        #expect(hidden == [3])
    }

    @Test func theDateSystemIsTheWorkbooks() throws {
        let url = try workbook(
            """
            wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
            ws["A1"] = datetime.date(2023, 3, 15)
            """)
        let book = try XlsxWorkbook(path: url.path, file: "book.xlsx")
        #expect(book.uses1904)
        #expect(try rows(url).first?.1[0] == "date:43538.0")
    }

    @Test func aLibreOfficeSaveReadsTheSame() throws {
        let url = try workbook(
            """
            ws["A1"] = "Hải Phòng"
            ws["B1"] = 0.35
            ws["B1"].number_format = "0%"
            ws["C1"] = datetime.date(2023, 3, 15)
            ws["D1"] = "=B1*2"
            ws.merge_cells("A2:B2")
            ws["A2"] = "gộp"
            """)
        let saved = try LibreOffice.recalculate(url)
        let read = try rows(saved)
        #expect(read[0].1[0] == "text:Hải Phòng")
        #expect(read[0].1[1] == "percent:0.35")
        #expect(read[0].1[2] == "date:45000.0")
        // LibreOffice calculated the formula and stored its result.
        #expect(read[0].1[3] == "general:0.7")
        #expect(read[1].1 == [0: "text:gộp", 1: "text:gộp"])
    }
}
