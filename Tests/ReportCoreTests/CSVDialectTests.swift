import Foundation
import Testing

@testable import ReportCore

/// What spreadsheets write: quoting, delimiters, line endings, `sep=`, trailing
/// columns, blank rows — read exactly, at every chunk boundary.
@Suite struct CSVDialectTests {

    @Test func aCtrlZAtTheEndIsNotARow() throws {
        let result = try intake(taskHeader + "\r\nVP,2023-03,II.7,Đang triển khai,10,,,,,\r\n\u{1A}")
        #expect(result.codes() == [])
        #expect(result.account.dataRows == 1 && result.account.accepted == 1 && result.account.blank == 1)
    }
    func records(_ text: String, delimiter: UInt8 = 0x2C, chunk: Int = 1 << 20) -> [([String], Int)] {
        var result: [([String], Int)] = []
        CSVParser.each(in: Array(text.utf8), delimiter: delimiter, chunk: chunk) { record in
            result.append(((0..<record.count).map(record.text), record.line))
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 20])
    func quotingAndLineBreaksAtEveryChunkSize(chunk: Int) {
        let text = "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",x,\r\n\"cr\r\nlf\",,\rlast,\"\",z"
        let found = records(text, chunk: chunk)
        #expect(
            found.map(\.0) == [
                ["a", "b, c", "say \"hi\""],
                ["line1\nline2", "x", ""],
                ["cr\nlf", "", ""],
                ["last", "", "z"],
            ])
        #expect(found.map(\.1) == [1, 2, 4, 6])
    }

    /// Records as a parser with a small record limit reads them: fields, line, and the too-long bytes.
    func limited(_ text: String, limit: Int, chunk: Int) -> [String] {
        limited(bytes: Array(text.utf8), limit: limit, chunk: chunk)
    }

    func limited(bytes: [UInt8], limit: Int, chunk: Int) -> [String] {
        var result: [String] = []
        CSVParser.each(in: bytes, delimiter: 0x2C, recordLimit: limit, chunk: chunk) { record in
            let fields = (0..<record.count).map(record.text).joined(separator: "|")
            result.append(
                "\(record.line)/\(record.lineCount): \(fields)" + (record.tooLongBytes.map { " (\($0))" } ?? ""))
        }
        return result
    }

    /// A line past the record limit is read to its end without being held:
    /// its first bytes are kept, its length counted, and the lines after it
    /// read as ever — the same records, lines and lengths wherever the chunks fall.
    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func anOverlongLineIsCountedNotHeld(chunk: Int) {
        let long = String(repeating: "x", count: 100)
        let text =
            "a,b\r\n" + "c," + long + ",d\r\n" + "\"q\nr\"," + long + "\n" + "\"" + long + "\r\nstill\n"
            + "e,f\r\n" + "g," + long
        #expect(
            limited(text, limit: 64, chunk: chunk) == [
                "1/1: a|b",
                "2/1: c|" + String(repeating: "x", count: 30) + " (104)",
                "3/2: q\nr|" + String(repeating: "x", count: 26) + " (106)",
                "5/1: \"" + String(repeating: "x", count: 31) + " (101)",
                "6/1: still",
                "7/1: e|f",
                "8/1: g|" + String(repeating: "x", count: 30) + " (102)",
            ])
    }

    /// The kept start of an overlong line is cut before a character, never
    /// inside one — and a line of bytes that are not UTF-8 still keeps its
    /// start (it once kept nothing: a record of no fields, found by fuzzing).
    @Test(arguments: [1, 3, 64, 1 << 20])
    func anOverlongLineIsCutBeforeACharacter(chunk: Int) {
        let vietnamese = Array(("a," + String(repeating: "ệ", count: 40) + "\n").utf8)
        #expect(
            limited(bytes: vietnamese, limit: 64, chunk: chunk) == [
                "1/1: a|" + String(repeating: "ệ", count: 10) + " (122)"
            ])
        let broken = [0x61, 0x0A] + [UInt8](repeating: 0xB6, count: 108)
        let found = limited(bytes: broken, limit: 56, chunk: chunk)
        #expect(found.count == 2 && found[1].hasPrefix("2/1: ") && found[1].hasSuffix(" (108)"))
        #expect(found[1].count > "2/1:  (108)".count)
    }

    /// A CRLF inside quotes whose CR is the last byte before the limit is one
    /// line break, not two (the parser fuzz target found it counted twice).
    @Test(arguments: [1, 2, 63, 64, 65, 1 << 20])
    func aLineBreakAtTheLimitIsCountedOnce(chunk: Int) {
        let text = "\"" + String(repeating: "x", count: 62) + "\r\nmore\",y\r\nnext\r\n"
        #expect(
            limited(text, limit: 64, chunk: chunk) == [
                "1/2: \"" + String(repeating: "x", count: 31) + " (72)", "3/1: next",
            ])
    }

    /// What a record is never depends on how much of the file has been read:
    /// spaces after a closing quote that run past the limit (found by fuzzing).
    @Test func aRecordIsTheSameWholeAndInChunks() {
        let texts = [
            "\"a\nb\"" + String(repeating: " ", count: 70) + "z,b\nnext\n",
            "\"a\nb\"" + String(repeating: " ", count: 59) + "z,b\nnext\n",
            "\"" + String(repeating: "x", count: 20) + "\"" + String(repeating: " ", count: 50) + ",b\nnext\n",
            "\"" + String(repeating: "x", count: 20) + "\"tail" + String(repeating: "y", count: 50) + "\nnext\n",
            String(repeating: "x", count: 63) + "\r\nnext\n", String(repeating: "x", count: 62) + ",\r\nnext\n",
        ]
        for text in texts {
            let whole = limited(text, limit: 64, chunk: 1 << 20)
            #expect(whole.last == "\(whole.count + 1)/1: next" || whole.last?.hasSuffix("/1: next") == true, "\(whole)")
            for chunk in [1, 2, 63, 64, 65] { #expect(limited(text, limit: 64, chunk: chunk) == whole, "\(chunk)") }
        }
    }

    @Test func unclosedQuoteDoesNotSwallowTheFile() {
        let found = records("a,\"open,b\nc,d\ne,f\n")
        #expect(found.map(\.0) == [["a", "\"open", "b"], ["c", "d"], ["e", "f"]])
    }

    @Test func delimitersAreDetectedFromTheHeader() throws {
        let semicolon = "Mã đơn vị;Kỳ báo cáo;Mã nhiệm vụ;Tình trạng\r\nVP;2023-03;II.7;Đang triển khai\r\n"
        let result = try intake(semicolon)
        #expect(result.survey.delimiterName == ";")
        #expect(result.tasks.first?.task == "II.7")
        let tab = semicolon.replacingOccurrences(of: ";", with: "\t")
        #expect(try intake(tab).survey.delimiterName == "tab")
        // Excel's declaration wins; the line still counts.
        let declared = "sep=;\r\nMã đơn vị;Kỳ báo cáo;Mã nhiệm vụ;Tình trạng\r\nVP;2023-03;II.7;xyz\r\n"
        let withSep = try intake(declared)
        #expect(withSep.survey.delimiterName == ";")
        #expect(withSep.first(.statusInvalid)?.line == 3)
        #expect(withSep.first(.statusInvalid)?.excelRow == 2)
    }

    @Test func trailingColumnsBlankRowsAndTitleLinesAreSkipped() throws {
        let text =
            "BÁO CÁO TIẾN ĐỘ QUÝ I/2023,,,,\r\n,,,,\r\n"
            + "Mã đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng,,,\r\n"
            + "VP,2023-Q1,II.7,Đang triển khai,,,\r\n,,,,,,\r\n\r\nVP,2023-Q1,II.9,Hoàn thành,,,\r\n,,,\r\n"
        let result = try intake(text)
        #expect(result.survey.diagnostics.contains { $0.code == .preambleSkipped && $0.line == 3 })
        #expect(result.account.dataRows == 2)
        #expect(result.account.blank == 3)
        #expect(result.account.balances)
        #expect(result.tasks.map(\.task) == ["II.7"])
        #expect(result.first(.doneWithoutDate)?.line == 7)
    }

    @Test func lineAndExcelRowDifferAfterAMultiLineCell() throws {
        let text =
            taskHeader
            + "\nVP,2023-03,II.7,Đang triển khai,10,\"dòng một\ndòng hai\ndòng ba\",,,,\nVP,2023-03,II.9,Sai,10,,,,,\n"
        let problem = try #require(try intake(text).first(.statusInvalid))
        #expect(problem.line == 5)
        #expect(problem.excelRow == 3)
        #expect(problem.columnLetter == "D" && problem.columnHeader == "Tình trạng")
    }
}

extension CSVDialectTests {
    @Test func numberingAndTotalRowsAreNotData() throws {
        let text =
            eventHeader + "\r\n(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12)\r\n"
            + "QLDT,2023-03,9,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,12,triệu USD\r\n"
            + "Tổng cộng,,,,,,,,,,12,\r\n"
        let result = try intake(text)
        #expect(result.events.count == 1)
        #expect(result.account.dataRows == 1)
        #expect(result.account.blank == 2)
        #expect(result.account.balances)
        #expect(result.first(.numberingRowSkipped)?.line == 2)
        #expect(result.first(.totalRowSkipped)?.line == 4)
        #expect(result.all.filter { $0.severity == .error }.isEmpty)
    }
}
