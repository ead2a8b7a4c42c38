import Foundation
import TestSupport
import Testing

@testable import XlsxReader

/// The XML shapes writers use, part by part: shared strings with rich runs and
/// phonetic guides, inline strings, every cell type, prefixed names, absolute
/// targets, cells without addresses.
@Suite struct PackageShapeTests {
    func read(_ url: URL) throws -> [(Int, [Int: String])] {
        let book = try XlsxWorkbook(path: url.path, file: "book.xlsx")
        var result: [(Int, [Int: String])] = []
        try book.rows(of: try #require(book.sheets.first)) { row in
            var cells: [Int: String] = [:]
            for cell in row.cells { cells[cell.column] = ReadingTests.shown(cell.value, in: row) }
            result.append((row.number, cells))
        }
        return result
    }

    @Test func everyCellTypeAsWritersWriteIt() throws {
        let strings = """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <si><t>Hải Phòng</t></si>\
            <si><r><rPr><b/></rPr><t>Kết </t></r><r><t>quả</t></r><rPh sb="0" eb="1"><t>ケ</t></rPh></si>\
            <si><t xml:space="preserve">dòng một_x000D_
            dòng hai</t></si>\
            <si><t>_x005F_x0041_ giữ nguyên</t></si></sst>
            """
        let sheet = Packages.sheet(
            """
            <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>\
            <c r="D2" t="s"><v>3</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>nội dòng</t></is></c><c r="B3" t="str"><f>A3</f><v>kết quả công thức</v></c>\
            <c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="d"><v>2023-03-15T00:00:00</v></c>\
            <c r="F3"><f>SUM(A1:A2)</f></c><c r="G3"><f>1+1</f><v></v></c><c r="H3" s="0"/><c r="I3"><v>-1.5E-3</v></c></row>\
            <row><c><v>7</v></c><c><v>8</v></c></row>
            """)
        let read = try read(try Packages.book(sheet: sheet, sharedStrings: strings))
        #expect(read.map(\.0) == [2, 3, 4])
        #expect(
            read[0].1 == [
                0: "text:Hải Phòng", 1: "text:Kết quả", 2: "text:dòng một\r\ndòng hai", 3: "text:_x0041_ giữ nguyên",
            ])
        #expect(read[1].1[0] == "text:nội dòng")
        #expect(read[1].1[1] == "text:kết quả công thức")
        #expect(read[1].1[2] == "bool:true")
        #expect(read[1].1[3] == "error:#N/A")
        #expect(read[1].1[4] == "iso:2023-03-15T00:00:00")
        #expect(read[1].1[5] == "formula-without-value")
        #expect(read[1].1[6] == "formula-without-value")
        #expect(read[1].1[7] == nil)
        #expect(read[1].1[8] == "general:-0.0015")
        // Cells and rows without addresses follow on from the last.
        #expect(read[2].1 == [0: "general:7.0", 1: "general:8.0"])
    }

    @Test func prefixedNamesAndAbsoluteTargets() throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>có tiền tố</x:t></x:is></x:c></x:row></x:sheetData>\
            <x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>
            """
        let read = try read(try Packages.book(sheet: sheet, sheetTarget: "/xl/worksheets/sheet1.xml"))
        #expect(read.first?.1 == [0: "text:có tiền tố", 1: "text:có tiền tố"])
    }

    @Test func aTargetLeavingThePackageIsNoSheet() throws {
        let url = try Packages.book(sheet: Packages.sheet(""), sheetTarget: "../../../etc/passwd")
        let book = try XlsxWorkbook(path: url.path, file: "book.xlsx")
        #expect(book.sheets.map(\.isWorksheet) == [false])
        #expect(PartName.resolve("../../x.xml", from: "xl") == nil)
        #expect(PartName.resolve("worksheets/../worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve("/xl/styles.xml", from: "xl/worksheets") == "xl/styles.xml")
    }

    @Test func textThatLooksLikeAMergeIsText() throws {
        let sheet = Packages.sheet(
            """
            <row r="1"><c r="A1" t="inlineStr"><is><t>mergeCell ref="A1:Z9"</t></is></c></row>
            """)
        let read = try read(try Packages.book(sheet: sheet))
        #expect(read.first?.1.count == 1)
    }

    @Test func customFormatCodesAreClassified() {
        #expect(NumberFormats.classify("dd/mm/yyyy") == .date)
        #expect(NumberFormats.classify("yyyy\\-mm\\-dd\\ hh:mm") == .dateTime)
        #expect(NumberFormats.classify("[$-42A]dd/mm/yyyy") == .date)
        #expect(NumberFormats.classify("mm:ss") == .time)
        #expect(NumberFormats.classify("[h]:mm") == .time)
        #expect(NumberFormats.classify("0.00%") == .percent)
        #expect(NumberFormats.classify("0.00\" điểm\"") == .number)
        #expect(NumberFormats.classify("#,##0 \"đ\";[Red]-#,##0") == .number)
        #expect(NumberFormats.classify("\"Ngày\" dd") == .date)
        #expect(NumberFormats.classify("@") == .text)
        #expect(NumberFormats.classify("General") == .general)
        #expect(NumberFormats.builtInStyle(14) == .date && NumberFormats.builtInStyle(9) == .percent)
    }
}
