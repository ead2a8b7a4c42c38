import Foundation
import TestSupport
import Testing

@testable import ReportCore

/// Every encoding a spreadsheet writes reads back to the same NFC text; the
/// encodings we do not read are recognised and refused with instructions.
@Suite struct DecodingTests {
    static let rows = [
        [
            "QLDT", "Quý I/2023", "II.1.a", "Đang triển khai", "30", "Làm việc với nhà đầu tư điện gió; Hải Phòng", "",
            "", "", "",
        ],
        [
            "QLDT", "Quý I/2023", "II.6.b", "Hoàn thành", "100", "Rà soát 18 dự án, chấm dứt 1 dự án", "", "", "",
            "10/03/2023",
        ],
    ]

    static let headers = [
        "Mã đơn vị", "Kỳ báo cáo", "Mã nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện",
        "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Hạn hoàn thành", "Ngày hoàn thành",
    ]

    /// The table as a spreadsheet saves it: fields holding the delimiter quoted.
    static func csv(delimiter: String = ",", newline: String = "\r\n") -> String {
        ([headers] + rows).map { row in
            row.map { field in field.contains(delimiter) ? "\"\(field)\"" : field }.joined(separator: delimiter)
        }.joined(separator: newline) + newline
    }

    func expectClean(_ result: IntakeResult, encoding: TextEncoding, sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(result.survey.encoding == encoding, sourceLocation: sourceLocation)
        #expect(result.all.filter { $0.severity != .info }.map(\.description) == [], sourceLocation: sourceLocation)
        #expect(result.tasks.map(\.results) == Self.rows.map { $0[5] }, sourceLocation: sourceLocation)
        #expect(result.tasks.map(\.status) == [.inProgress, .done], sourceLocation: sourceLocation)
        #expect(result.tasks.allSatisfy { $0.results == $0.results.precomposedStringWithCanonicalMapping })
    }

    @Test func utf8WithAndWithoutBOM() throws {
        expectClean(try intake(Self.csv()), encoding: .utf8)
        expectClean(try intake([0xEF, 0xBB, 0xBF] + Array(Self.csv().utf8)), encoding: .utf8BOM)
    }

    @Test func utf16BothWaysWithBOM() throws {
        let text = Self.csv(delimiter: "\t")
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        expectClean(try intake(little, chunkSize: 7), encoding: .utf16LE)
        expectClean(try intake(big, chunkSize: 5), encoding: .utf16BE)
    }

    @Test func windows1258DecodesToNFC() throws {
        let bytes = try iconv(Self.csv(), to: "CP1258")
        #expect(!bytes.contains(0xEF))
        expectClean(try intake(bytes), encoding: .windows1258)
        // ASCII for the first chunks, Vietnamese only later: the later chunk decides.
        let late = try iconv(
            taskHeader.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "đ", with: "d")
                + "\r\n" + String(repeating: "VP,2023-03,II.7,Dang trien khai,10,,,,,\r\n", count: 300)
                + "VP,2023-03,II.9,Đang triển khai,20,Cải cách hành chính,,,,\r\n", to: "CP1258")
        let result = try intake(late, chunkSize: 4096)
        #expect(result.survey.encoding == .windows1258)
        #expect(result.tasks.last?.results == "Cải cách hành chính")
        #expect(result.account.accepted == 301)
    }

    @Test func windows1258TableMatchesIconv() throws {
        let defined = (0x80...0xFF).filter { LegacyEncodings.windows1258[$0 - 0x80] != 0 }.map(UInt8.init)
        let decoded = try Command.iconv(defined, from: "CP1258", to: "UTF-8")
        let ours = LegacyEncodings.decodeWindows1258(defined)
        #expect(String(decoding: decoded, as: UTF8.self) == ours)
    }

    @Test func tcvn3IsRefusedWithInstructions() throws {
        // "Hải Phòng" and "Việt Nam" in TCVN3 (ABC): ả = 0xB6, ò = 0xDF, ệ = 0xD6.
        var bytes = Array("Mã đơn vị,Kỳ báo cáo\r\n".utf8.map { $0 < 0x80 ? $0 : 0x3F })
        bytes +=
            Array("QLDT,H".utf8) + [0xB6] + Array("i Ph".utf8) + [0xDF] + Array("ng Vi".utf8) + [0xD6]
            + Array("t Nam\r\n".utf8)
        let result = try intake(bytes)
        let problem = try #require(result.first(.encodingTcvn3))
        #expect(problem.severity == .error)
        #expect(problem.message.contains("TCVN3"))
        #expect(problem.message.contains("H¶i Phßng"))
        #expect(problem.fix.contains("Unikey"))
        #expect(problem.fix.contains("CSV UTF-8"))
        #expect(result.rows.isEmpty)
    }

    @Test func vniIsRefusedWithInstructions() throws {
        // "Hải Phòng, Việt Nam, Đình Vũ" in VNI: a+û, o+ø, e+ä, Ñ, i+ø, u+õ.
        let vni: [UInt8] =
            Array("QLDT,Ha".utf8) + [0xFB] + Array("i Pho".utf8) + [0xF8] + Array("ng Vie".utf8) + [0xE4]
            + Array("t Nam ".utf8) + [0xD1] + Array("i".utf8) + [0xF8] + Array("nh Vu".utf8) + [0xF5]
            + Array("\r\n".utf8)
        let result = try intake(vni)
        let problem = try #require(result.first(.encodingVni))
        #expect(problem.message.contains("VNI"))
        #expect(problem.fix.contains("VNI Windows"))
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00] as [UInt8], "file-xlsx", "tệp Excel .xlsx"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00], "file-xls", "Excel 97-2003"),
        (Array("%PDF-1.7\n%âãÏÓ".utf8), "file-pdf", "PDF"),
        ([0x00, 0x01, 0x02, 0x03, 0x00, 0xFF, 0x10, 0x11, 0x12, 0x00, 0x7F, 0x00], "file-binary", "nhị phân"),
        ([], "file-empty", "trống"),
        ([0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x20], "file-empty", "trống"),
    ])
    func filesThatAreNotCSV(bytes: [UInt8], code: String, words: String) throws {
        let result = try intake(bytes + (code == "file-xlsx" ? [UInt8](repeating: 0x41, count: 100) : []))
        let problem = try #require(result.first(code), "\(result.codes())")
        #expect(problem.message.contains(words))
        #expect(problem.line == nil)
        #expect(result.account.dataRows == 0)
        #expect(!result.survey.isUsable)
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Array((taskHeader + "\r\nQLDT,2023-03,II.1.a,Đang triển khai,20,Kết quả ").utf8)
        bytes += [0xC3, 0x28]  // a broken two-byte sequence
        bytes += Array(" tốt,,,,\r\nQLDT,2023-03,II.2.a,Đang triển khai,10,,,,,\r\n".utf8)
        let result = try intake(bytes)
        let problem = try #require(result.first(.encodingInvalidBytes))
        #expect(problem.line == 2)
        #expect(problem.columnLetter == "F")
        #expect(problem.columnHeader == "Kết quả thực hiện")
        #expect(result.account.rejected == 1)
        #expect(result.account.accepted == 1)
    }

    /// A value read once and then recognised on later rows keeps what was wrong with it.
    @Test func invalidUTF8InARepeatedValueIsFoundOnEveryRow() throws {
        let row = Array("QLDT,2023-03,II.1.a,Đang triển khai,20,Kết quả ".utf8) + [0xC3, 0x28] + Array(",,,,\r\n".utf8)
        let bytes = Array((taskHeader + "\r\n").utf8) + row + row + row
        let result = try intake(bytes, chunkSize: 7)
        let lines = result.all.filter { $0.code == .encodingInvalidBytes }.map(\.line)
        #expect(lines == [2, 3, 4])
        #expect(result.account.rejected == 3)
    }

    /// Long texts and columns the kind does not read are checked too.
    @Test func invalidUTF8InALongTextOrAnExtraColumnIsLocated() throws {
        let long = String(repeating: "Kết quả thực hiện tốt trong kỳ ", count: 6)
        var bytes = Array((taskHeader + ",Ghi chú nội bộ\r\nQLDT,2023-03,II.1.a,Đang triển khai,20,\(long)").utf8)
        bytes += [0xE1, 0xBB] + Array(",,,,,ổn\r\nQLDT,2023-03,II.2.a,Đang triển khai,10,,,,,,".utf8)
        bytes += [0xFF] + Array("x\r\n".utf8)
        let result = try intake(bytes)
        let found = result.all.filter { $0.code == .encodingInvalidBytes }
        #expect(found.map(\.line) == [2, 3])
        #expect(found.map(\.columnLetter) == ["F", "K"])
        #expect(found[1].value == "\u{FFFD}x")
    }

    @Test func lettersReplacedWithQuestionMarksAreNamed() throws {
        // Excel's "CSV (Comma delimited)" on a Windows without Vietnamese: Windows-1252, `?` for what it lacks.
        let text =
            taskHeader
            + "\r\nVP,2023-03,II.7,Đang triển khai,10,Kết quả,,,,\r\nVP,2023-03,II.9,Đang triển khai,20,,,,,\r\n"
        let lossy = try #require(text.data(using: .windowsCP1252, allowLossyConversion: true))
        let result = try intake(Array(lossy), file: "VP.csv")
        let found = try #require(result.first(.encodingLettersLost), "codes: \(result.codes())")
        #expect(found.severity == .error && found.line == 1)
        #expect(found.message.contains("dấu «?»") && found.message.contains("??n v?"))
        #expect(found.fix.contains("CSV UTF-8"))
        #expect(result.codes() == ["encoding-letters-lost"])
        #expect(!result.survey.isUsable)
        #expect(result.survey.dataRows == 2)

        // A short file whose other bytes look like TCVN3: the lost letters are the diagnosis, not the encoding.
        let short =
            "Mã đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành (%),Kết quả thực hiện\r\n"
            + "VP,Quý I/2023,II.7,Đang triển khai,30,Kết quả tốt\r\n"
        let shortResult = try intake(Array(try #require(short.data(using: .windowsCP1252, allowLossyConversion: true))))
        #expect(shortResult.codes() == ["encoding-letters-lost"])

        // With a header that survived (no diacritics), the damaged cells are counted and the first one named.
        let plain =
            "Ma don vi,Ky bao cao,Ma nhiem vu,Tinh trang,Ty le hoan thanh,Ket qua thuc hien\r\n"
            + "VP,2023-03,II.7,Dang trien khai,10,K?t qu? t?t\r\nVP,2023-03,II.9,Dang trien khai,20,Xong? Chưa.\r\n"
            + "VP,2023-03,II.8,Dang trien khai,30,?ang l?m\r\n"
        let cells = try intake(plain, file: "VP.csv")
        let warning = try #require(cells.first(.textLettersLost), "codes: \(cells.codes())")
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("2 ô") && warning.message.contains("dòng 2: «K?t qu? t?t»"))
        #expect(cells.account.accepted == 3)
    }
}

func iconv(_ text: String, to encoding: String) throws -> [UInt8] {
    try Command.iconv(Array(text.utf8), from: "UTF-8", to: encoding)
}

extension Command {
    static func iconv(_ bytes: [UInt8], from: String, to: String) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("iconv-\(UUID().uuidString)")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        return [UInt8](try run("/usr/bin/iconv", ["-f", from, "-t", to, input.path]).stdout)
    }
}
