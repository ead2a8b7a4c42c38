extension Consolidator {
    /// III.1 from the counted events: sums run in the order the events were read,
    /// which is the order of the rows the workbook's formulas sum.
    func fdiSummary(plan target: Target?) -> FDISummary {
        let periodMonths = period.months
        let ytdMonths = 1...period.months.upperBound
        func lines(
            _ source: CapitalSource, _ events: Set<EventType>, by group: (CountedEvent) -> Int,
            label: (Int) -> String
        ) -> [FDISummary.Line] {
            var order: [Int] = []
            var sums: [Int: FDISummary.Line] = [:]
            for event in counted
            where event.source == source && events.contains(event.event)
                && ytdMonths.contains(Int(event.month))
            {
                let key = group(event)
                if sums[key] == nil {
                    order.append(key)
                    sums[key] = FDISummary.Line(label: label(key), thisPeriod: 0, yearToDate: 0, events: 0)
                }
                sums[key]!.yearToDate += event.amount
                if periodMonths.contains(Int(event.month)) { sums[key]!.thisPeriod += event.amount }
                sums[key]!.events += 1
            }
            return order.map { sums[$0]! }
        }
        let attracted = Set(EventType.allCases.filter(\.countsAsAttracted))
        let reducing: Set<EventType> = [.capitalDecrease, .termination]
        let eventOrder = EventType.allCases
        func byEvent(_ source: CapitalSource, _ set: Set<EventType>) -> [FDISummary.Line] {
            let found = lines(
                source, set, by: { eventOrder.firstIndex(of: $0.event)! }, label: { eventOrder[$0].rawValue })
            return eventOrder.indices.compactMap { index in
                set.contains(eventOrder[index])
                    ? found.first { $0.label == eventOrder[index].rawValue }
                        ?? FDISummary.Line(label: eventOrder[index].rawValue, thisPeriod: 0, yearToDate: 0, events: 0)
                    : nil
            }
        }
        func total(_ source: CapitalSource, _ months: ClosedRange<Int>) -> Double {
            var sum = 0.0
            for event in counted
            where event.source == source && attracted.contains(event.event)
                && months.contains(Int(event.month))
            {
                sum += event.amount
            }
            return sum
        }
        let zones = plan.zones
        let byZone = lines(.fdi, attracted, by: { Int($0.zone) }, label: { $0 >= 0 ? zones[$0].name : "(không rõ)" })
            .sorted { a, b in
                let ia = zones.firstIndex { $0.name == a.label } ?? Int.max
                let ib = zones.firstIndex { $0.name == b.label } ?? Int.max
                return ia < ib
            }
        let byCountry = lines(.fdi, attracted, by: { Int($0.country) }, label: { countries[$0] })
            .sorted { $0.yearToDate != $1.yearToDate ? $0.yearToDate > $1.yearToDate : $0.label < $1.label }
        let plan = target?.planValue ?? 0
        var cumulative = 0.0
        let months = ytdMonths.map { month in
            let attracted = fdiAttracted(in: month...month)
            cumulative += attracted
            let elapsed = calendar.elapsedShare(at: ReportingPeriod(year: period.year, span: .month(month)))
            return FDISummary.Month(
                month: month, attracted: attracted, cumulative: cumulative, planLine: plan * elapsed)
        }
        return FDISummary(
            plan: plan,
            thisPeriod: total(.fdi, periodMonths), yearToDate: total(.fdi, ytdMonths),
            byZone: byZone, byCountry: byCountry, byEvent: byEvent(.fdi, attracted),
            decreases: byEvent(.fdi, reducing),
            ddiThisPeriod: total(.ddi, periodMonths), ddiYearToDate: total(.ddi, ytdMonths),
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
