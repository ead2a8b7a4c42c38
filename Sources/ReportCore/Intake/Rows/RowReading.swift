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

    init(record: CSVRecord, match: HeaderMatch, file: FileContext, excelRow: Int) {
        self.record = record
        self.match = match
        self.file = file
        self.excelRow = excelRow
        self.unit = file.unit
    }

    /// The trimmed, NFC text of a column; empty when the column or the field is absent.
    func text(_ column: Column) -> String {
        guard let index = match.index[column], index < record.count else { return "" }
        return record.text(index).trimmingCharacters(in: .whitespacesAndNewlines)
    }

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
        switch DateReading.read(value) {
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
}

import Foundation
