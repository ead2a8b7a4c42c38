extension Consolidator {
    /// III.1 from the counted events: sums run in the order the events were read,
    /// which is the order of the rows the workbook's formulas sum.
    func fdiSummary(plan target: Target?) -> FDISummary {
        let periodMonths = period.months
        let last = period.months.upperBound
        let zones = plan.zones
        let eventOrder = EventType.allCases
        // One pass over the events: every group's sums, each in the order of its rows.
        func empty(_ label: String) -> FDISummary.Line {
            FDISummary.Line(label: label, thisPeriod: 0, yearToDate: 0, events: 0)
        }
        var byEventType = [CapitalSource.fdi, .ddi].map { _ in eventOrder.map { empty($0.rawValue) } }
        var zoneLines: [FDISummary.Line?] = Array(repeating: nil, count: zones.count + 1)
        var zoneSeen: [Int] = []
        var countryLines: [FDISummary.Line?] = Array(repeating: nil, count: countries.count)
        var totals = (fdiPeriod: 0.0, fdiYear: 0.0, ddiPeriod: 0.0, ddiYear: 0.0)
        var byMonth = [Double](repeating: 0, count: 13)
        func add(_ line: inout FDISummary.Line, _ event: CountedEvent, inPeriod: Bool) {
            line.yearToDate += event.amount
            if inPeriod { line.thisPeriod += event.amount }
            line.events += 1
        }
        for event in counted where Int(event.month) <= last {
            let inPeriod = periodMonths.contains(Int(event.month))
            let sourceIndex = event.source == .fdi ? 0 : 1
            let eventIndex = eventOrder.firstIndex(of: event.event) ?? 0
            add(&byEventType[sourceIndex][eventIndex], event, inPeriod: inPeriod)
            guard event.event.countsAsAttracted else { continue }
            if event.source == .fdi {
                byMonth[Int(event.month)] += event.amount
                totals.fdiYear += event.amount
                if inPeriod { totals.fdiPeriod += event.amount }
                let zone = Int(event.zone) + 1
                if zoneLines[zone] == nil {
                    zoneLines[zone] = empty(event.zone >= 0 ? zones[Int(event.zone)].name : "(không rõ)")
                    zoneSeen.append(zone)
                }
                add(&zoneLines[zone]!, event, inPeriod: inPeriod)
                let country = Int(event.country)
                if countryLines[country] == nil { countryLines[country] = empty(countries[country]) }
                add(&countryLines[country]!, event, inPeriod: inPeriod)
            } else {
                totals.ddiYear += event.amount
                if inPeriod { totals.ddiPeriod += event.amount }
            }
        }
        let attracted = Set(EventType.allCases.filter(\.countsAsAttracted))
        let reducing: Set<EventType> = [.capitalDecrease, .termination]
        func byEvent(_ source: CapitalSource, _ set: Set<EventType>) -> [FDISummary.Line] {
            eventOrder.indices.filter { set.contains(eventOrder[$0]) }.map { byEventType[source == .fdi ? 0 : 1][$0] }
        }
        // Zones in the plan's order (the unknown last), countries by capital, then name.
        let byZone = zoneSeen.sorted { ($0 == 0 ? Int.max : $0) < ($1 == 0 ? Int.max : $1) }.compactMap {
            zoneLines[$0]
        }
        let byCountry = countryLines.compactMap { $0 }
            .sorted { $0.yearToDate != $1.yearToDate ? $0.yearToDate > $1.yearToDate : $0.label < $1.label }
        let plan = target?.planValue ?? 0
        var cumulative = 0.0
        let months = (1...last).map { month in
            let attracted = byMonth[month]
            cumulative += attracted
            let elapsed = calendar.elapsedShare(at: ReportingPeriod(year: period.year, span: .month(month)))
            return FDISummary.Month(
                month: month, attracted: attracted, cumulative: cumulative, planLine: plan * elapsed)
        }
        return FDISummary(
            plan: plan,
            thisPeriod: totals.fdiPeriod, yearToDate: totals.fdiYear,
            byZone: byZone, byCountry: byCountry, byEvent: byEvent(.fdi, attracted),
            decreases: byEvent(.fdi, reducing),
            ddiThisPeriod: totals.ddiPeriod, ddiYearToDate: totals.ddiYear,
            ddiByEvent: byEvent(.ddi, attracted), months: months)
    }

    /// FDI attracted in another period's months (for the comparison).
    func fdiAttracted(in months: ClosedRange<Int>) -> Double {
        var sum = 0.0
        for event in counted
        where event.source == .fdi && event.event.countsAsAttracted
            && months.contains(Int(event.month))
        {
            sum += event.amount
        }
        return sum
    }
}
