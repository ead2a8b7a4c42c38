/// Gathers accepted rows, in the order of their files and lines, into what the
/// report needs — without keeping the rows. Certificate events are de-duplicated
/// here (each event counted once, 16 bytes of key kept per event) and summed as
/// they arrive, in row order, exactly as the workbook's formulas sum them.
public struct Consolidator: Sendable {
    public let plan: Plan
    public internal(set) var period: ReportingPeriod
    let calendar: ReportingCalendar
    let zoneIndex: [String: Int]

    /// Every distinct event of the year, and where it was first: its submission
    /// (an index into `sources`) and line, packed — the one store that grows with the input.
    private var seenEvents: [EventKey: UInt64] = [:]
    /// Certificates that are not one run of digits, normalised, by index (few).
    private var textCertificates: [String: UInt64] = [:]
    private var sources: [SourceLine] = []
    private var lastSource: (file: String, sheet: String?, index: Int)?
    /// III.1's sums, kept up event by event.
    private(set) var fdi: FDITally
    private(set) var countries: [String] = []
    private var countryIndex: [String: Int] = [:]
    private var recentCountries: [(String, Int32)] = []
    private(set) var taskReports: [TaskKey: MergedTaskReport] = [:]
    private(set) var indicatorRows: [IndicatorKey: IndicatorRow] = [:]

    public init(plan: Plan, period: ReportingPeriod) {
        self.plan = plan
        self.period = period
        calendar = plan.calendar
        zoneIndex = Dictionary(uniqueKeysWithValues: plan.zones.enumerated().map { ($1.code, $0) })
        fdi = FDITally(period: period, zones: plan.zones.count)
    }

    /// Adds an accepted row, and hands it on as the row sheets list it, with
    /// what it shows against the rows before it.
    public mutating func add(_ row: SubmissionRow) -> ConsolidatedRow {
        switch row {
        case .event(let event):
            let (placed, diagnostics) = add(event)
            switch placed {
            case .success(let project): return ConsolidatedRow(line: .project(project), diagnostics: diagnostics)
            case .failure(let reason):
                return ConsolidatedRow(
                    line: .data(DataLine(row: row, placeName: zoneName(event.zone), notCounted: reason.why)),
                    diagnostics: diagnostics)
            }
        case .task(let task):
            return ConsolidatedRow(line: .data(DataLine(row: row, placeName: nil)), diagnostics: add(task))
        case .indicator(let indicator):
            indicatorRows[
                IndicatorKey(
                    target: indicator.target, subject: indicator.subject, unit: indicator.unit,
                    period: indicator.period)] = indicator
            let subject =
                zoneIndex[indicator.subject].map { plan.zones[$0].name }
                ?? plan.target(code: indicator.target)?.subjects.first { $0.code == indicator.subject }?.name
                ?? indicator.subject
            return ConsolidatedRow(line: .data(DataLine(row: row, placeName: subject)), diagnostics: [])
        }
    }

    /// Why an event is not a project line, as an error value.
    struct NotCountedEvent: Error {
        let why: DataLine.NotCounted
    }

    /// Counts an event once: the first of its certificate, type and date, in
    /// the year to date, is a project line; a repeat is flagged.
    private mutating func add(_ event: CertificateEventRow) -> (Result<ProjectLine, NotCountedEvent>, [Diagnostic]) {
        let key = key(of: event)
        if let packed = seenEvents[key] {
            let origin = sources[Int(packed >> 32)]
            let first = SourceLine(file: origin.file, sheet: origin.sheet, line: Int(packed & 0xFFFF_FFFF))
            let diagnostic = Diagnostic(
                .eventDuplicate(
                    certificate: event.certificate, event: event.event, date: event.date, first: first),
                file: event.source.file, sheet: event.source.sheet, line: event.source.line, value: event.certificate,
                unit: event.unit)
            return (.failure(NotCountedEvent(why: .duplicate(of: first))), [diagnostic])
        }
        seenEvents[key] = pack(event.source)
        let (year, month) = calendar.month(containing: event.date)
        guard year == plan.year else { return (.failure(NotCountedEvent(why: .otherYear(year))), []) }
        let index = country(event.country)
        let zone = zoneIndex[event.zone]
        fdi.add(
            month: month, zone: zone, zoneName: zone.map { plan.zones[$0].name } ?? "(không rõ)", country: Int(index),
            countryName: countries[Int(index)], event: event.event, source: event.capitalSource,
            amount: event.reportAmount)
        guard calendar.yearToDate(of: period).contains(event.date) else {
            return (
                .failure(NotCountedEvent(why: .afterPeriod(month: ReportingPeriod(year: year, span: .month(month))))),
                []
            )
        }
        let project = ProjectLine(
            event: event, month: month, inPeriod: calendar.window(of: period).contains(event.date),
            zoneName: zoneName(event.zone), countryName: countries[Int(index)])
        return (.success(project), [])
    }

    private mutating func key(of event: CertificateEventRow) -> EventKey {
        if let (number, digits) = EventKey.digitRun(event.certificate) {
            return EventKey(number: number, digits: digits, event: event.event, date: event.date)
        }
        let text = EventKey.normalize(event.certificate)
        let index = textCertificates[text] ?? UInt64(textCertificates.count)
        if index == textCertificates.count { textCertificates[text] = index }
        return EventKey(number: index, digits: 0, event: event.event, date: event.date)
    }

    /// A source line as an index of its submission and its line, in 8 bytes.
    private mutating func pack(_ source: SourceLine) -> UInt64 {
        let index: Int
        if let last = lastSource, last.file == source.file, last.sheet == source.sheet {
            index = last.index
        } else {
            index = sources.count
            sources.append(SourceLine(file: source.file, sheet: source.sheet, line: 0))
            lastSource = (source.file, source.sheet, index)
        }
        return UInt64(index) << 32 | UInt64(UInt32(truncatingIfNeeded: source.line))
    }

    /// Room for the events to come, so the store grows once.
    public mutating func reserve(events: Int) { seenEvents.reserveCapacity(events) }

    /// The zone as the plan names it.
    func zoneName(_ code: String) -> String { zoneIndex[code].map { plan.zones[$0].name } ?? code }

    private mutating func country(_ name: String) -> Int32 {
        // Rows name the same few countries, as the same Strings: compared before folding.
        for (seen, index) in recentCountries where seen == name { return index }
        let key = TextKey.compact(name)
        let index: Int32
        if let found = countryIndex[key] {
            index = Int32(found)
        } else {
            countries.append(name)
            countryIndex[key] = countries.count - 1
            index = Int32(countries.count - 1)
        }
        if recentCountries.count == 8 { recentCountries.removeFirst() }
        recentCountries.append((name, index))
        return index
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
