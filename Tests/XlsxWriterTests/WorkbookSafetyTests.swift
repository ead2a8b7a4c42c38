import Foundation
import TestSupport
import Testing

@testable import XlsxWriter

/// Failures must throw with a readable reason and never damage an existing file.
@Suite struct WorkbookSafetyTests {
    let directory: URL
    init() throws { directory = try makeTemporaryDirectory("xlsx-safety") }
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func writeSimple(_ file: String, text: String, created: Date? = Date(timeIntervalSince1970: 1_680_000_000))
        throws
    {
        let properties = Workbook.DocumentProperties(title: "Báo cáo", author: "KHTH", created: created)
        let workbook = try Workbook(path: file, options: .init(properties: properties))
        let sheet = try workbook.addWorksheet("Tổng hợp")
        try sheet.write(text, row: 0, column: 0)
        try sheet.writeFormula("=1+1", result: .number(2), row: 1, column: 0)
        try workbook.close()
    }

    @Test func identicalInputsGiveIdenticalBytes() throws {
        try writeSimple(path("a.xlsx"), text: "Hải Phòng")
        Thread.sleep(forTimeInterval: 1.1)
        try writeSimple(path("b.xlsx"), text: "Hải Phòng")
        let a = try Data(contentsOf: URL(fileURLWithPath: path("a.xlsx")))
        let b = try Data(contentsOf: URL(fileURLWithPath: path("b.xlsx")))
        #expect(a == b)
        let properties = try ReadWorkbook.read(path("a.xlsx")).properties
        #expect(properties["title"] == "Báo cáo")
        #expect(properties["created"]?.hasPrefix("2023-03-28") == true)
    }

    @Test func closeIntoMissingDirectoryThrows() throws {
        let file = directory.appendingPathComponent("không-có/báo-cáo.xlsx").path
        let workbook = try Workbook(path: file)
        try workbook.addWorksheet("A").write("x", row: 0, column: 0)
        do {
            try workbook.close()
            Issue.record("close into a missing directory did not throw")
        } catch let error as XlsxError {
            #expect(error.description.contains("workbook_close"))
            #expect(error.description.contains("báo-cáo.xlsx"))
            #expect(error.systemError == ENOENT)
        }
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func existingWorkbookSurvivesAFailedClose() throws {
        let file = path("report.xlsx")
        try writeSimple(file, text: "bản cũ")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let workbook = try Workbook(path: file)
        try workbook.addWorksheet("A").write("bản mới", row: 0, column: 0)
        // Occupy the temporary name with a directory so the library cannot write the file.
        try FileManager.default.createDirectory(atPath: workbook.temporaryPath, withIntermediateDirectories: false)
        #expect(throws: XlsxError.self) { try workbook.close() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(try ReadWorkbook.read(file).sheet("Tổng hợp")?.text("A1") == "bản cũ")
    }

    @Test func existingWorkbookSurvivesAFailedWrite() throws {
        let file = path("report.xlsx")
        try writeSimple(file, text: "bản cũ")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        do {
            let workbook = try Workbook(path: file)
            let sheet = try workbook.addWorksheet("A")
            try sheet.write(Double.nan, row: 0, column: 0)
            try workbook.close()
            Issue.record("NaN was written")
        } catch let error as XlsxError {
            // NaN is never equal to itself: ask for the kind, then whether its number is NaN.
            guard case .nonFiniteNumber(let value) = error.kind else {
                Issue.record("refused for another reason: \(error)")
                return
            }
            #expect(value.isNaN)
            #expect(error.description.contains("worksheet_write_number(A!A1)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["report.xlsx"])
    }

    @Test func refusalsNameWhatFailed() throws {
        let workbook = try Workbook(path: path("refusals.xlsx"))
        let sheet = try workbook.addWorksheet("S")
        #expect(throws: XlsxError.self) { try sheet.write(.infinity, row: 0, column: 0) }
        #expect(throws: XlsxError.self) {
            try sheet.writeFormula("=SUM(A1:A2", result: .number(0), row: 0, column: 1)
        }
        #expect(throws: XlsxError.self) {
            try sheet.writeFormula("=A1", result: .number(-.infinity), row: 0, column: 1)
        }
        #expect(throws: XlsxError.self) {
            try sheet.write(String(repeating: "a", count: 32_768), row: 0, column: 2)
        }
        #expect(throws: XlsxError.self) { try sheet.write("x", row: 1_048_576, column: 0) }
        #expect(throws: XlsxError.self) { try sheet.write("x", row: 0, column: 16_384) }
        try workbook.close()
        #expect(throws: XlsxError.self) { try sheet.write("late", row: 5, column: 0) }
        #expect(throws: XlsxError.self) { try workbook.close() }
    }

    @Test func constantMemoryModeStreamsInOrderAndRefusesTables() throws {
        let file = path("streamed.xlsx")
        let workbook = try Workbook(path: file, options: .init(constantMemory: true))
        let data = try workbook.addWorksheet("Dữ liệu")
        let summary = try workbook.addWorksheet("Tổng hợp")
        for row in 0..<1_000 {
            try data.write("Dòng \(row)", row: row, column: 0)
            try data.write(Double(row), row: row, column: 1)
        }
        // Another sheet may be written after, in its own row order.
        try summary.merge(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3, text: "Tổng")
        try summary.writeFormula("=SUM('Dữ liệu'!B1:B1000)", result: .number(499_500), row: 1, column: 0)
        #expect(throws: XlsxError.self) { try data.write("quay lại", row: 10, column: 0) }
        #expect(throws: XlsxError.self) {
            try data.addTable(firstRow: 0, firstColumn: 0, lastRow: 999, options: TableOptions(columns: ["A", "B"]))
        }
        try data.autofilter(firstRow: 0, firstColumn: 0, lastRow: 999, lastColumn: 1)
        try workbook.close()
        let read = try ReadWorkbook.read(file)
        #expect(read.sheet("Dữ liệu")?.text("A1000") == "Dòng 999")
        #expect(read.sheet("Dữ liệu")?.text("A11") == "Dòng 10")
        #expect(read.sheet("Tổng hợp")?.number("A2") == 499_500)
        #expect(read.sheet("Tổng hợp")?.merged == ["A1:D1"])
    }

    @Test func cellReferences() {
        #expect(CellReference.columnName(0) == "A")
        #expect(CellReference.columnName(25) == "Z")
        #expect(CellReference.columnName(26) == "AA")
        #expect(CellReference.columnName(16_383) == "XFD")
        #expect(
            CellReference.range(firstRow: 4, firstColumn: 2, lastRow: 9, lastColumn: 3, absolute: true)
                == "$C$5:$D$10")
        #expect(CellReference.qualified(sheet: "Dự án", "A1") == "'Dự án'!A1")
        #expect(CellReference.qualified(sheet: "Data_1", "A1") == "Data_1!A1")
        #expect(CellReference.qualified(sheet: "It's", "A1") == "'It''s'!A1")
    }
}
