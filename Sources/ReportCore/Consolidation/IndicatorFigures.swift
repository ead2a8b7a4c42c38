extension Consolidator {
    /// The indicator row standing for a subject at the cut-off: the latest period
    /// ending by then; the lead unit's report before another unit's.
    func latestIndicator(target: Target, subject: String) -> IndicatorRow? {
        let cutoff = calendar.window(of: period).upperBound
        return indicatorRows.values
            .filter {
                $0.target == target.code && $0.subject == subject && calendar.window(of: $0.period).upperBound <= cutoff
            }
            .max { a, b in
                let endA = calendar.window(of: a.period).upperBound
                let endB = calendar.window(of: b.period).upperBound
                if endA != endB { return endA < endB }
                if a.period.granularity != b.period.granularity { return a.period.granularity < b.period.granularity }
                if (a.unit == target.lead) != (b.unit == target.lead) { return b.unit == target.lead }
                return a.source < b.source
            }
    }

    func zoneCompliance() -> (ZoneCompliance, Target)? {
        guard let target = plan.target(measuring: .compliantZoneShare) else { return nil }
        let lines = plan.operatingIndustrialZones.map { zone in
            let row = latestIndicator(target: target, subject: zone.code)
            return ZoneCompliance.Line(
                zone: zone, result: row?.result, date: row?.date, note: row?.note ?? "",
                source: row?.source)
        }
        return (ZoneCompliance(lines: lines), target)
    }

    func milestone() -> (MilestoneSummary, Target)? {
        guard let target = plan.target(measuring: .milestone), let subject = target.subjects.first else { return nil }
        let row = latestIndicator(target: target, subject: subject.code)
        let doneOn = row?.result == .submitted ? row?.date : nil
        let status = TargetStatus.milestone(
            doneOn: doneOn, cutoff: calendar.window(of: period).upperBound,
            deadline: target.deadline)
        return (
            MilestoneSummary(
                subject: subject, doneOn: doneOn, result: row?.result, deadline: target.deadline,
                status: status, source: row?.source), target
        )
    }

    func projectStarts() -> (ProjectStarts, Target)? {
        guard let target = plan.target(measuring: .projectStarts) else { return nil }
        let lines = target.subjects.map { subject in
            let row = latestIndicator(target: target, subject: subject.code)
            return ProjectStarts.Line(
                subject: subject, startedOn: row?.result == .started ? row?.date : nil,
                result: row?.result, source: row?.source)
        }
        return (ProjectStarts(lines: lines), target)
    }
}
