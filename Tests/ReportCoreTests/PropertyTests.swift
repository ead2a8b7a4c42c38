import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import ReportCore

/// Any table, written as any spreadsheet might write it, reads back the same;
/// and any damaged file still accounts for every row.
@Suite struct PropertyTests {
    enum Encoding: CaseIterable, Sendable { case utf8, utf8BOM, utf16LE, utf16BE, windows1258 }
    enum Quoting: CaseIterable, Sendable { case minimal, all }

    /// Vietnamese letters (some decomposed), the delimiters, quotes and line breaks.
    static let pool: [Character] =
        Array(
            "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠ AZ09.,;\t\"\n-%()/"
        )
        + ["e\u{301}", "o\u{302}\u{300}", "u\u{31B}\u{323}"]
    static let text = pick(pool).string(of: 0...24)

    /// One of the values, each equally likely.
    static func pick<T: Sendable>(_ values: [T]) -> Generator<T, Shrink.Integer<Int>> {
        Gen.int(in: 0...(values.count - 1)).map { values[$0] }
    }

    static func write(_ rows: [[String]], delimiter: Character, newline: String, quoting: Quoting) -> String {
        let lines = rows.map { row in
            row.map { field -> String in
                let needs =
                    field.contains(delimiter) || field.contains("\"") || field.contains("\n")
                    || field.hasPrefix(" ") || field.hasSuffix(" ")
                guard needs || quoting == .all else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: String(delimiter))
        }
        return lines.joined(separator: newline) + newline
    }

    static func encode(_ text: String, _ encoding: Encoding) throws -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BE: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        // Excel encodes composed text; iconv has no CP1258 byte for a lone combining horn.
        case .windows1258: return try iconv(text.precomposedStringWithCanonicalMapping, to: "CP1258")
        }
    }

    @Test func anyTableReadsBackIdentical() async {
        let table = zip(Self.text, Self.text, Self.text).array(of: 1...12)
        let settings = zip(
            Self.pick(Encoding.allCases), Self.pick([",", ";", "\t"] as [Character]),
            Self.pick(["\r\n", "\n", "\r"]), Self.pick(Quoting.allCases), Gen.int(in: 1...64))
        await propertyCheck(count: 150, input: table, settings) { rows, setting in
            let (encoding, delimiter, newline, quoting, chunk) = setting
            // Line ends inside cells are LF, as Excel writes them; CR alone would end the record.
            let cleaned = rows.map { [$0.0, $0.1, $0.2] }
            let fields = cleaned.enumerated().map { index, texts in
                ["QLDT", "2023-03", "II.\(index % 10 + 1)", "Đang triển khai", "\(index * 7 % 101)"] + texts
            }
            let header = Array(DecodingTests.headers.prefix(8))
            let csv = Self.write([header] + fields, delimiter: delimiter, newline: newline, quoting: quoting)
            let bytes = try! Self.encode(csv, encoding)
            let result = try! intake(bytes, chunkSize: chunk)
            let expected = cleaned.map {
                $0.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping }
            }
            #expect(result.tasks.map { [$0.results, $0.difficulties, $0.proposals] } == expected)
            #expect(result.tasks.map(\.percent) == cleaned.indices.map { Double($0 * 7 % 101) })
            #expect(result.account.accepted == rows.count)
            #expect(result.all.filter { $0.severity == .error }.isEmpty, "\(result.all.map(\.description))")
        }
    }

    @Test func damagedFilesAccountForEveryRow() async {
        let damage = Gen.int(in: 0...7).array(of: 1...25)
        await propertyCheck(count: 150, input: damage, Gen.int(in: 1...50)) { kinds, chunk in
            var lines = [taskHeader]
            for (index, kind) in kinds.enumerated() {
                let good = "VP,2023-03,II.\(index % 10 + 1),Đang triển khai,10,Kết quả \(index),,,,"
                switch kind {
                case 0: lines.append(good.replacingOccurrences(of: "Đang triển khai", with: "Không rõ"))
                case 1: lines.append(good.replacingOccurrences(of: "Kết quả", with: "\"Kết quả"))
                case 2: lines.append(good + ",thừa,ô")
                case 3: lines.append(",,,,")
                case 4: lines.append(good.replacingOccurrences(of: ",10,", with: ",1.2.3,"))
                case 5: lines.append("VP,2023-03,II.7")
                case 6: lines.append(good.replacingOccurrences(of: "Kết quả", with: "Kết \"quả\""))
                default: lines.append(good)
                }
            }
            let result = try! intake(lines.joined(separator: "\r\n") + "\r\n", chunkSize: chunk)
            let account = result.account
            #expect(account.dataRows == account.accepted + account.rejected)
            #expect(account.dataRows + account.blank == kinds.count)
            #expect(account.accepted == result.rows.count)
            // Every rejected line has an error that names it.
            let errorLines = Set(result.diagnostics.filter { $0.severity == .error }.compactMap(\.line))
            #expect(errorLines.count == account.rejected)
            for row in result.rows { #expect(!errorLines.contains(row.source.line)) }
        }
    }
}
