/// Reading one data record against its header: the field for a column, and the
/// diagnostics raised, each with the record's line, Excel row, column and value.
struct RowReading {
    let record: CSVRecord
    let match: HeaderMatch
    let file: FileContext
    let excelRow: Int
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var rejected = false
    /// The unit the row belongs to, once read, for the unit's feedback.
    var unit: String?

    /// The trimmed NFC text of each column of the kind, read once.
    private let texts: [String]

    init(record: CSVRecord, match: HeaderMatch, file: FileContext, excelRow: Int) {
        self.record = record
        self.match = match
        self.file = file
        self.excelRow = excelRow
        self.unit = file.unit
        var texts = [String](repeating: "", count: Column.allCases.count)
        for column in match.layout.columns {
            if let index = match.index[column], index < record.count { texts[column.rawValue] = record.trimmedText(index) }
        }
        self.texts = texts
    }

    /// The trimmed, NFC text of a column; empty when the column or the field is absent.
    func text(_ column: Column) -> String { texts[column.rawValue] }

    func has(_ column: Column) -> Bool { !text(column).isEmpty }

    mutating func report(_ rule: Rule, column: Column? = nil, field: Int? = nil, value: String? = nil) {
        let index = field ?? column.flatMap { match.index[$0] }
        let header = index.flatMap { $0 < match.headers.count ? match.headers[$0] : nil }
        let diagnostic = Diagnostic(
            rule, file: file.name, line: record.line, excelRow: excelRow, column: index,
            columnHeader: header.flatMap { $0.isEmpty ? nil : $0 },
            value: value ?? column.map(text), unit: unit)
        if diagnostic.severity == .error { rejected = true }
        diagnostics.append(diagnostic)
    }

    /// A required text; reports `value-required` when empty.
    mutating func required(_ column: Column) -> String? {
        let value = text(column)
        if value.isEmpty {
            report(.required(column), column: column, value: "")
            return nil
        }
        return value
    }

    /// A date column; nil when empty or wrong (reported).
    mutating func date(_ column: Column) -> Day? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        switch file.cache.date(value) {
        case .day(let day, let twoDigit):
            if twoDigit { report(.dateTwoDigitYear(day), column: column) }
            return day
        case .dayOrMonthFirst(let dayFirst, let monthFirst, let twoDigit):
            if let evidence = file.dateEvidence.firstMonthFirst, file.dateEvidence.isMonthFirstFile {
                report(.dateAmbiguous(dayFirst: dayFirst, monthFirst: monthFirst, evidence: evidence), column: column)
                return nil
            }
            if twoDigit { report(.dateTwoDigitYear(dayFirst), column: column) }
            return dayFirst
        case .impossible(let reason, _):
            report(.dateImpossible(column, reason: reason), column: column)
            return nil
        case .unreadable:
            report(.dateUnreadable(column), column: column)
            return nil
        }
    }

    /// A number read in the file's style; nil when empty or wrong (reported).
    mutating func number(_ column: Column, text override: Substring? = nil) -> Double? {
        let value = override.map(String.init) ?? text(column)
        guard !value.isEmpty else { return nil }
        let reading = NumberReading.read(value)
        switch reading {
        case .invalid:
            report(.numberInvalid(column), column: column)
            return nil
        case .ambiguous(let vietnamese, let english):
            guard let resolved = reading.value(in: file.numberEvidence.style) else {
                report(.numberAmbiguous(vietnamese: vietnamese, english: english), column: column)
                return nil
            }
            return resolved
        case .exact(let value, _):
            return value
        }
    }
}

/// What is known about a file before its rows are read: from the first pass.
struct FileContext {
    let name: String
    let lookup: PlanLookup
    /// The unit and period the file is for (from its first valid row).
    let unit: String?
    let period: ReportingPeriod?
    let numberEvidence: NumberEvidence
    let dateEvidence: DateEvidence
    let calendar: ReportingCalendar
    /// Readings of the values a file repeats on every row.
    let cache = ValueCache()
}

/// Memoised readings of repeated values (units, periods, zones, dates, closed
/// lists): a file of a million rows names the same few dozen values, and
/// reading each once is what keeps intake fast. Bounded, so memory stays flat.
final class ValueCache {
    private var units: [String: ReportingUnit?] = [:]
    private var periods: [String: ReportingPeriod?] = [:]
    private var tasks: [String: PlanTask?] = [:]
    private var zones: [String: Zone?] = [:]
    private var dates: [String: DateReading] = [:]
    private var currencies: [String: CurrencyUnit?] = [:]
    private var statuses: [String: TaskStatus?] = [:]
    private var events: [String: EventType?] = [:]
    private var sources: [String: CapitalSource?] = [:]

    static let limit = 4096

    private func memo<T>(_ table: inout [String: T], _ key: String, _ compute: () -> T) -> T {
        if let found = table[key] { return found }
        let value = compute()
        if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
        table[key] = value
        return value
    }

    func unit(_ text: String, _ lookup: PlanLookup) -> ReportingUnit? { memo(&units, text) { lookup.unit(text) } }
    func period(_ text: String) -> ReportingPeriod? { memo(&periods, text) { ReportingPeriod(parsing: text) } }
    func task(_ text: String, _ lookup: PlanLookup) -> PlanTask? { memo(&tasks, text) { lookup.task(text) } }
    func zone(_ text: String, _ lookup: PlanLookup) -> Zone? { memo(&zones, text) { lookup.zone(text) } }
    func date(_ text: String) -> DateReading { memo(&dates, text) { DateReading.read(text) } }
    func currency(_ text: String) -> CurrencyUnit? { memo(&currencies, text) { CurrencyUnit(reading: text) } }
    func status(_ text: String) -> TaskStatus? { memo(&statuses, text) { TaskStatus(reading: text) } }
    func event(_ text: String) -> EventType? { memo(&events, text) { EventType(reading: text) } }
    func source(_ text: String) -> CapitalSource? { memo(&sources, text) { CapitalSource(reading: text) } }
}

import Foundation
