/// Gathers accepted rows, in the order of their files and lines, into what the
/// report needs — without keeping the rows. Certificate events are de-duplicated
/// here (each event counted once) and kept as compact numbers, so any figure can
/// be summed in row order, exactly as the workbook's formulas sum them.
public struct Consolidator: Sendable {
    public let plan: Plan
    public internal(set) var period: ReportingPeriod
    let calendar: ReportingCalendar
    let zoneIndex: [String: Int]

    private var seenEvents: [EventKey: SourceLine] = [:]
    private(set) var counted: [CountedEvent] = []
    private(set) var countries: [String] = []
    private var countryIndex: [String: Int] = [:]
    private(set) var taskReports: [TaskKey: MergedTaskReport] = [:]
    private(set) var indicatorRows: [IndicatorKey: IndicatorRow] = [:]

    public init(plan: Plan, period: ReportingPeriod) {
        self.plan = plan
        self.period = period
        calendar = plan.calendar
        zoneIndex = Dictionary(uniqueKeysWithValues: plan.zones.enumerated().map { ($1.code, $0) })
    }

    /// Where a certificate event lands in the report.
    public struct EventPlacement: Sendable {
        /// The earlier occurrence of the same event; this one is not counted.
        public var duplicateOf: SourceLine?
        /// The month whose data window holds the event's date.
        public var month: ReportingPeriod
        /// Within the year-to-date window of the report period.
        public var inYearToDate: Bool
        /// Within the report period's own window.
        public var inPeriod: Bool
        public var isCounted: Bool { duplicateOf == nil && inYearToDate }
    }

    /// Adds an accepted row; returns diagnostics that depend on earlier rows.
    public mutating func add(_ row: SubmissionRow) -> [Diagnostic] {
        switch row {
        case .event(let event): return add(event).diagnostics
        case .task(let task): return add(task)
        case .indicator(let indicator):
            indicatorRows[
                IndicatorKey(
                    target: indicator.target, subject: indicator.subject, unit: indicator.unit,
                    period: indicator.period)] = indicator
            return []
        }
    }

    public mutating func add(_ event: CertificateEventRow) -> (placement: EventPlacement, diagnostics: [Diagnostic]) {
        let (year, month) = calendar.month(containing: event.date)
        var placement = EventPlacement(
            duplicateOf: nil, month: ReportingPeriod(year: year, span: .month(month)),
            inYearToDate: calendar.yearToDate(of: period).contains(event.date),
            inPeriod: calendar.window(of: period).contains(event.date))
        let key = event.key
        if let first = seenEvents[key] {
            placement.duplicateOf = first
            let diagnostic = Diagnostic(
                .eventDuplicate(
                    certificate: event.certificate, event: event.event, date: event.date,
                    firstFile: first.file, firstLine: first.line),
                file: event.source.file, line: event.source.line, value: event.certificate, unit: event.unit)
            return (placement, [diagnostic])
        }
        seenEvents[key] = event.source
        if year == plan.year {
            counted.append(
                CountedEvent(
                    month: UInt8(month), zone: Int16(zoneIndex[event.zone] ?? -1), country: country(event.country),
                    event: event.event, source: event.capitalSource, amount: event.reportAmount))
        }
        return (placement, [])
    }

    /// The spelling a country is listed under: the first one read for the same
    /// name (case, diacritics and spacing aside), so every figure by country
    /// adds up the same rows as the workbook's formulas.
    public func countryName(_ name: String) -> String {
        countryIndex[TextKey.compact(name)].map { countries[$0] } ?? name
    }

    private mutating func country(_ name: String) -> Int32 {
        let key = TextKey.compact(name)
        if let index = countryIndex[key] { return Int32(index) }
        countries.append(name.isEmpty ? "(không ghi)" : name)
        countryIndex[key] = countries.count - 1
        return Int32(countries.count - 1)
    }

    private mutating func add(_ row: TaskProgressRow) -> [Diagnostic] {
        let key = TaskKey(task: row.task, unit: row.unit, period: row.period)
        guard var merged = taskReports[key] else {
            taskReports[key] = MergedTaskReport(row)
            return []
        }
        var diagnostics: [Diagnostic] = []
        if merged.status != row.status {
            diagnostics.append(
                Diagnostic(
                    .taskRepeated(task: row.task, firstLine: merged.sources[0].line),
                    file: row.source.file, line: row.source.line, value: row.status.rawValue,
                    unit: row.unit))
        }
        merged.merge(row)
        taskReports[key] = merged
        return diagnostics
    }
}

/// An event counted in the plan year, as numbers only.
struct CountedEvent: Sendable {
    var month: UInt8
    var zone: Int16
    var country: Int32
    var event: EventType
    var source: CapitalSource
    var amount: Double
}

struct TaskKey: Hashable, Sendable {
    let task: String
    let unit: String
    let period: ReportingPeriod
}

struct IndicatorKey: Hashable, Sendable {
    let target: String
    let subject: String
    let unit: String
    let period: ReportingPeriod
}

/// Several rows one unit sent on one task for one period, read as one report:
/// the last status, the texts joined.
struct MergedTaskReport: Sendable {
    var status: TaskStatus
    var percent: Double?
    var results: [String]
    var difficulties: [String]
    var proposals: [String]
    var due: Day?
    var completed: Day?
    var sources: [SourceLine]

    init(_ row: TaskProgressRow) {
        status = row.status
        percent = row.percent
        results = row.results.isEmpty ? [] : [row.results]
        difficulties = row.difficulties.isEmpty ? [] : [row.difficulties]
        proposals = row.proposals.isEmpty ? [] : [row.proposals]
        due = row.due
        completed = row.completed
        sources = [row.source]
    }

    mutating func merge(_ row: TaskProgressRow) {
        status = row.status
        percent = row.percent ?? percent
        if !row.results.isEmpty && results.count < 100 { results.append(row.results) }
        if !row.difficulties.isEmpty && difficulties.count < 100 { difficulties.append(row.difficulties) }
        if !row.proposals.isEmpty && proposals.count < 100 { proposals.append(row.proposals) }
        due = row.due ?? due
        completed = row.completed ?? completed
        if sources.count < 100 { sources.append(row.source) }
    }
}
