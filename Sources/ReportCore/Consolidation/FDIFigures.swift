/// III.1's sums, kept up as each counted event arrives — in the order the
/// events are read, which is the order of the rows the workbook's formulas
/// sum, so the cached values are the formulas' results to the last bit.
/// Nothing here grows with the events: a group is a few numbers.
struct FDITally: Sendable {
    private let periodMonths: ClosedRange<Int>
    private let lastMonth: Int
    /// [FDI, DDI][event type]
    private var byEventType: [[FDISummary.Line]]
    /// Zone lines by the plan's zone index + 1 (0: a zone the plan does not list).
    private var zoneLines: [FDISummary.Line?]
    /// The order zones were first seen in.
    private var zoneSeen: [Int] = []
    /// Country lines by the consolidator's country index.
    private var countryLines: [FDISummary.Line?] = []
    private var totals = (fdiPeriod: 0.0, fdiYear: 0.0, ddiPeriod: 0.0, ddiYear: 0.0)
    /// FDI attracted per month of the year (1…12), every month read.
    private(set) var byMonth = [Double](repeating: 0, count: 13)
    /// Counted events per month (1…12) by `EventType.allCases`, FDI and DDI alike.
    private(set) var eventsByMonth = [[Int]](repeating: Array(repeating: 0, count: EventType.allCases.count), count: 13)

    private static let eventOrder = EventType.allCases

    init(period: ReportingPeriod, zones: Int) {
        periodMonths = period.months
        lastMonth = period.months.upperBound
        byEventType = [CapitalSource.fdi, .ddi].map { _ in Self.eventOrder.map { Self.empty($0.rawValue) } }
        zoneLines = Array(repeating: nil, count: zones + 1)
    }

    private static func empty(_ label: String) -> FDISummary.Line {
        FDISummary.Line(label: label, thisPeriod: 0, yearToDate: 0, events: 0)
    }

    /// A counted event of the plan's year; `zoneName` and `countryName` label
    /// its groups the first time they are seen.
    mutating func add(
        month: Int, zone: Int?, zoneName: @autoclosure () -> String, country: Int,
        countryName: @autoclosure () -> String, event: EventType, source: CapitalSource, amount: Double
    ) {
        if source == .fdi && event.countsAsAttracted { byMonth[month] += amount }
        eventsByMonth[month][Self.eventOrder.firstIndex(of: event) ?? 0] += 1
        guard month <= lastMonth else { return }
        let inPeriod = periodMonths.contains(month)
        func add(_ line: inout FDISummary.Line) {
            line.yearToDate += amount
            if inPeriod { line.thisPeriod += amount }
            line.events += 1
        }
        add(&byEventType[source == .fdi ? 0 : 1][Self.eventOrder.firstIndex(of: event) ?? 0])
        guard event.countsAsAttracted else { return }
        guard source == .fdi else {
            totals.ddiYear += amount
            if inPeriod { totals.ddiPeriod += amount }
            return
        }
        totals.fdiYear += amount
        if inPeriod { totals.fdiPeriod += amount }
        let zoneSlot = (zone ?? -1) + 1
        if zoneLines[zoneSlot] == nil {
            zoneLines[zoneSlot] = Self.empty(zoneName())
            zoneSeen.append(zoneSlot)
        }
        add(&zoneLines[zoneSlot]!)
        if country >= countryLines.count {
            countryLines += Array(repeating: nil, count: country + 1 - countryLines.count)
        }
        if countryLines[country] == nil { countryLines[country] = Self.empty(countryName()) }
        add(&countryLines[country]!)
    }

    func summary(plan: Double, calendar: ReportingCalendar, year: Int) -> FDISummary {
        let attracted = Set(EventType.allCases.filter(\.countsAsAttracted))
        let reducing: Set<EventType> = [.capitalDecrease, .termination]
        func byEvent(_ source: CapitalSource, _ set: Set<EventType>) -> [FDISummary.Line] {
            Self.eventOrder.indices.filter { set.contains(Self.eventOrder[$0]) }
                .map { byEventType[source == .fdi ? 0 : 1][$0] }
        }
        // Zones in the plan's order (the unknown last), countries by capital, then name.
        let byZone = zoneSeen.sorted { ($0 == 0 ? Int.max : $0) < ($1 == 0 ? Int.max : $1) }.compactMap {
            zoneLines[$0]
        }
        let byCountry = countryLines.compactMap { $0 }
            .sorted { $0.yearToDate != $1.yearToDate ? $0.yearToDate > $1.yearToDate : $0.label < $1.label }
        var cumulative = 0.0
        let months = (1...lastMonth).map { month in
            cumulative += byMonth[month]
            let elapsed = calendar.elapsedShare(at: ReportingPeriod(year: year, span: .month(month)))
            return FDISummary.Month(
                month: month, attracted: byMonth[month], cumulative: cumulative, planLine: plan * elapsed)
        }
        return FDISummary(
            plan: plan,
            thisPeriod: totals.fdiPeriod, yearToDate: totals.fdiYear,
            byZone: byZone, byCountry: byCountry, byEvent: byEvent(.fdi, attracted),
            decreases: byEvent(.fdi, reducing),
            ddiThisPeriod: totals.ddiPeriod, ddiYearToDate: totals.ddiYear,
            ddiByEvent: byEvent(.ddi, attracted), months: months)
    }
}

extension Consolidator {
    /// III.1 from the counted events.
    func fdiSummary(plan target: Target?) -> FDISummary {
        fdi.summary(plan: target?.planValue ?? 0, calendar: calendar, year: period.year)
    }

    /// FDI attracted in some months of the year (for the comparison with the previous period).
    func fdiAttracted(in months: ClosedRange<Int>) -> Double {
        months.clamped(to: 1...12).reduce(0) { $0 + fdi.byMonth[$1] }
    }
}
