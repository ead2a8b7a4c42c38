import Foundation

/// Reading one data record against its header: the field for a column, and the
/// diagnostics raised, each with the record's line, Excel row, column and value.
struct RowReading {
    let record: CSVRecord
    let file: FileContext
    let excelRow: Int
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var rejected = false
    /// The unit the row belongs to, once read, for the unit's feedback.
    var unit: String?

    /// The trimmed NFC text of each column of the kind, read once.
    private let texts: RowTexts
    /// Fields of the kind's columns whose bytes were not valid UTF-8.
    let repairedFields: [Int]
    /// Fields of the kind's columns that had hidden characters removed.
    let cleanedFields: [Int]

    var match: HeaderMatch { file.match }

    /// `texts` is the file's buffer, which this row now fills: a row's reading
    /// lives only while the row is validated, and the next row takes the buffer.
    init(record: CSVRecord, file: FileContext, excelRow: Int, texts: RowTexts, interner: inout TextInterner) {
        self.record = record
        self.file = file
        self.excelRow = excelRow
        self.unit = file.unit
        var repaired: [Int] = []
        var cleaned: [Int] = []
        for (column, index) in file.fields {
            texts[column] = index < record.count ? record.trimmedText(index, interner: &interner) : ""
            if index < record.count && interner.lastRepaired { repaired.append(index) }
            if index < record.count && interner.lastCleaned { cleaned.append(index) }
        }
        self.texts = texts
        repairedFields = repaired
        cleanedFields = cleaned
    }

    /// The trimmed, NFC text of a column; empty when the column or the field is absent.
    func text(_ column: Column) -> String { texts[column] }

    func has(_ column: Column) -> Bool { !text(column).isEmpty }

    /// A worksheet cell's typed value (nil for text, and for every CSV field).
    func typed(_ column: Column) -> TypedCell? { match.index[column].flatMap(record.typedValue) }

    /// Tells the unit, once a file for each value and column, that a value
    /// written another way was read as a list entry.
    mutating func noteReading<T: RawRepresentable>(
        _ reading: ListReading<T>, of text: String, _ column: Column, list: [String]? = nil
    ) where T.RawValue == String, T: CaseIterable {
        guard !reading.asListed, file.toldReadings.insert("\(column.rawValue) \(text)").inserted else { return }
        let list = list ?? T.allCases.map(\.rawValue)
        report(.valueReadAs(written: text, read: reading.value.rawValue, list: list), column: column)
    }

    mutating func report(_ rule: Rule, column: Column? = nil, field: Int? = nil, value: String? = nil) {
        let index = field ?? column.flatMap { match.index[$0] }
        let header = index.flatMap { $0 < match.headers.count ? match.headers[$0] : nil }
        let diagnostic = Diagnostic(
            rule, file: file.name, sheet: file.sheet, line: record.line, excelRow: file.sheet == nil ? excelRow : nil,
            column: index,
            columnHeader: header.flatMap { $0.isEmpty ? nil : $0 },
            value: value ?? column.map(text), unit: unit)
        if diagnostic.severity == .error { rejected = true }
        diagnostics.append(diagnostic)
    }

    /// A required text; reports `value-required` when empty.
    mutating func required(_ column: Column) -> String? {
        let value = text(column)
        if value.isEmpty {
            report(.valueRequired(column), column: column, value: "")
            return nil
        }
        return value
    }

    /// A date column; nil when empty or wrong (reported).
    mutating func date(_ column: Column) -> Day? {
        // A date cell is a date: nothing to read, nothing ambiguous.
        if case .date(let day)? = typed(column) { return day }
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
        // A number cell is never ambiguous.
        if case .number(let number)? = typed(column) { return number }
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

/// The texts of the row being read, in one buffer a file's rows take in turn:
/// no array made and freed per row. Columns the file does not have stay empty.
final class RowTexts {
    private let values: UnsafeMutablePointer<String>
    private let count = Column.allCases.count

    init() {
        values = .allocate(capacity: count)
        values.initialize(repeating: "", count: count)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    subscript(column: Column) -> String {
        get { values[column.rawValue] }
        set { values[column.rawValue] = newValue }
    }
}

/// What is known about a file before its rows are read: from the first pass.
/// One object per file, shared by every row's reading.
final class FileContext {
    let name: String
    /// The values written another way that the unit has been told were read as list entries.
    var toldReadings: Set<String> = []
    /// The worksheet, for a workbook's submission.
    let sheet: String?
    let lookup: PlanLookup
    let match: HeaderMatch
    /// The unit and period the file is for (from its first valid row).
    let unit: String?
    let period: ReportingPeriod?
    let numberEvidence: NumberEvidence
    let dateEvidence: DateEvidence
    let percentEvidence: PercentEvidence
    let calendar: ReportingCalendar
    /// The data window of the file's period, which most rows are for.
    let periodWindow: ClosedRange<Day>?
    /// Each column of the kind that the header has, with its field position.
    let fields: [(column: Column, index: Int)]
    /// Whether a field position holds one of those columns (false past the header).
    let isKindField: [Bool]
    /// Readings of the values files repeat on every row (shared by a run's files).
    let cache: ValueCache

    init(name: String, lookup: PlanLookup, match: HeaderMatch, survey: FileSurvey, cache: ValueCache) {
        self.cache = cache
        self.name = name
        sheet = survey.sheet
        self.lookup = lookup
        self.match = match
        unit = survey.unit
        period = survey.period
        numberEvidence = survey.numberEvidence
        dateEvidence = survey.dateEvidence
        percentEvidence = survey.percentEvidence
        calendar = lookup.plan.calendar
        periodWindow = survey.period.map(lookup.plan.calendar.window(of:))
        fields = match.layout.columns.compactMap { column in match.index[column].map { (column, $0) } }
        var isKindField = [Bool](repeating: false, count: match.headers.count)
        for (_, index) in fields where index < isKindField.count { isKindField[index] = true }
        self.isKindField = isKindField
    }
}

/// Memoised readings of repeated values (units, periods, zones, dates, closed
/// lists): a file of a million rows names the same few dozen values, and
/// reading each once is what keeps intake fast. Bounded, so memory stays flat.
public final class ValueCache {
    public init() {}

    private var unitCodes = TextMemo<String?>()
    private var periods = TextMemo<ReportingPeriod?>()
    private var tasks = TextMemo<PlanTask?>()
    private var zones = TextMemo<Zone?>()
    private var zoneCodes = TextMemo<String?>()
    private var dates = TextMemo<DateReading>()
    private var currencies = TextMemo<CurrencyUnit?>()
    private var statuses = TextMemo<ListReading<TaskStatus>?>()
    private var events = TextMemo<ListReading<EventType>?>()
    private var sources = TextMemo<ListReading<CapitalSource>?>()

    /// The unit's code: only the code, so a row copies one String, not the whole unit.
    func unitCode(_ text: String, _ lookup: PlanLookup) -> String? { unitCodes.value(text) { lookup.unit($0)?.code } }
    func period(_ text: String) -> ReportingPeriod? { periods.value(text) { ReportingPeriod(parsing: $0) } }
    func task(_ text: String, _ lookup: PlanLookup) -> PlanTask? { tasks.value(text) { lookup.task($0) } }
    func zone(_ text: String, _ lookup: PlanLookup) -> Zone? { zones.value(text) { lookup.zone($0) } }
    func zoneCode(_ text: String, _ lookup: PlanLookup) -> String? { zoneCodes.value(text) { lookup.zone($0)?.code } }
    func date(_ text: String) -> DateReading { dates.value(text) { DateReading.read($0) } }
    func currency(_ text: String) -> CurrencyUnit? { currencies.value(text) { CurrencyUnit(reading: $0) } }
    func status(_ text: String) -> ListReading<TaskStatus>? {
        statuses.value(text) { ListReading(key: TaskStatus.key(for: $0), aliases: TaskStatus.aliases) }
    }
    func event(_ text: String) -> ListReading<EventType>? {
        events.value(text) { ListReading(key: EventType.key(for: $0), aliases: EventType.aliases) }
    }
    func source(_ text: String) -> ListReading<CapitalSource>? {
        sources.value(text) { ListReading(key: CapitalSource.key(for: $0), aliases: CapitalSource.aliases) }
    }
}

/// A bounded memo from NFC texts to their readings, keyed by the text's bytes
/// (texts from intake are all NFC, so equal bytes are equal texts) — cheaper
/// than a Dictionary, whose String hashing normalises again on every lookup.
struct TextMemo<Value> {
    private static var slotCount: Int { 1024 }
    /// Entries kept before the memo starts again: memory stays flat.
    private static var maxEntries: Int { 512 }

    private var hashes: [UInt64]
    private var keys: [String]
    private var values: [Value?]
    private var entries = 0

    init() {
        hashes = [UInt64](repeating: 0, count: Self.slotCount)
        keys = [String](repeating: "", count: Self.slotCount)
        values = [Value?](repeating: nil, count: Self.slotCount)
    }

    mutating func value(_ text: String, _ compute: (String) -> Value) -> Value {
        var text = text
        let hash = text.withUTF8 { TextInterner.hash($0) } | 1
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            // Equal texts from the interner share storage, so `==` is a pointer check.
            if hashes[slot] == hash, keys[slot] == text, let value = values[slot] { return value }
            slot = (slot + 1) & mask
        }
        let value = compute(text)
        if entries >= Self.maxEntries {
            for index in 0..<Self.slotCount {
                hashes[index] = 0
                keys[index] = ""
                values[index] = nil
            }
            entries = 0
            slot = Int(truncatingIfNeeded: hash) & mask
        }
        hashes[slot] = hash
        keys[slot] = text
        values[slot] = value
        entries += 1
        return value
    }
}
