import Foundation
import ReportCore
import XlsxReader

/// A workbook from the inputs folder, as intake reads it: its sheets, and each
/// worksheet's rows turned into intake's typed rows (dates from the workbook's
/// date system, percentages as such). A reading failure becomes the rule that
/// tells the unit what to do.
struct WorkbookInput {
    let book: XlsxWorkbook

    init(path: String, file: String) throws(WorkbookProblem) {
        do {
            book = try XlsxWorkbook(path: path, file: file)
        } catch {
            throw WorkbookProblem(rule: Self.rule(error))
        }
    }

    /// Whether the bytes at `url` start like a zip (a workbook under another name).
    static func looksLikeZip(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4)).map { [UInt8]($0) } ?? []
        return start == [0x50, 0x4B, 0x03, 0x04] || start == [0x50, 0x4B, 0x05, 0x06]
    }

    static func rule(_ error: XlsxReadError) -> Rule {
        switch error.kind {
        case .encrypted: .workbookEncrypted
        case .legacyExcel: .fileXls
        case .notWorkbook(let found): .workbookNotXlsx(found: found)
        case .otherCompoundFile: .workbookNotXlsx(found: "OLE")
        case .notZip: .workbookUnreadable(reason: "tệp bị hỏng hoặc không phải tệp Excel (không đọc được cấu trúc nén)")
        case .missingPart(let part): .workbookUnreadable(reason: "thiếu phần «\(part)» của tệp")
        case .unsupportedEntry(let part): .workbookUnreadable(reason: "phần «\(part)» bị mã hóa hoặc nén kiểu lạ")
        case .partTooLarge(let part, _):
            .workbookUnreadable(reason: "phần «\(part)» giải nén ra quá lớn (có thể là tệp gây hại)")
        case .corrupt(let part): .workbookUnreadable(reason: "phần «\(part)» bị hỏng (sai mã kiểm tra)")
        case .doctype(let part):
            .workbookUnreadable(
                reason: "phần «\(part)» khai báo DOCTYPE, điều tệp Excel thật không có (có thể là tệp gây hại)")
        case .malformed(let part, let line, let message):
            .workbookUnreadable(reason: "phần «\(part)» sai cấu trúc XML ở dòng \(line): \(message)")
        case .limit(let what): .workbookUnreadable(reason: "tệp vượt giới hạn đọc (\(what))")
        }
    }

    /// The rows of a worksheet, typed for intake.
    func rows(of sheet: XlsxWorkbook.Sheet) throws -> Rows? {
        do {
            return try book.rows(of: sheet).map { Rows(rows: $0, uses1904: book.uses1904) }
        } catch {
            throw WorkbookProblem(rule: Self.rule(error))
        }
    }

    struct Rows: WorksheetRows {
        let rows: SheetRows
        let uses1904: Bool

        mutating func next() throws -> WorksheetRow? {
            let row: SheetRow?
            do {
                row = try rows.next()
            } catch {
                throw WorkbookProblem(rule: WorkbookInput.rule(error))
            }
            guard let row else { return nil }
            var converted = WorksheetRow(number: row.number, isHidden: row.isHidden, bytes: row.bytes)
            converted.cells.reserveCapacity(row.cells.count)
            for cell in row.cells {
                converted.cells.append(WorksheetRow.Cell(column: cell.column, value: value(cell.value, in: &converted)))
            }
            return converted
        }

        func value(_ value: SheetRow.Value, in row: inout WorksheetRow) -> WorksheetRow.Value {
            switch value {
            case .text(let range): return .text(range)
            case .number(let number, .date), .number(let number, .dateTime):
                let serial = Int(number.rounded(.down)) + (uses1904 ? 1462 : 0)
                return Day(excelSerial: serial).map(WorksheetRow.Value.date) ?? .number(number)
            case .number(let number, .percent): return .percent(number)
            case .number(let number, _): return .number(number)
            case .bool(let value): return .bool(value)
            case .error(let range): return .error(range)
            case .isoDate(let range):
                let text = String(decoding: row.bytes[range], as: UTF8.self)
                let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
                if parts.count == 3, let day = Day(year: parts[0], month: parts[1], day: parts[2]) { return .date(day) }
                return .text(range)
            case .formulaWithoutValue: return .formulaWithoutValue
            }
        }
    }
}

/// A workbook that cannot be read, told as a rule.
struct WorkbookProblem: Error {
    let rule: Rule
}
