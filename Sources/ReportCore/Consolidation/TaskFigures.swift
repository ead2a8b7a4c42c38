extension Consolidator {
    /// Each task and sub-item as of a period's cut-off: every unit's latest report
    /// up to then, a consolidated status, the completion share and timeliness.
    func taskLines(asOf period: ReportingPeriod) -> [TaskLine] {
        let cutoff = calendar.window(of: period).upperBound
        // Per (task, unit): the report of the latest period ending by the cut-off;
        // of periods ending together, the longer one (the quarter over its last month).
        var latest: [String: [String: (ReportingPeriod, MergedTaskReport)]] = [:]
        for (key, report) in taskReports {
            let end = calendar.window(of: key.period).upperBound
            guard end <= cutoff else { continue }
            if let (current, _) = latest[key.task]?[key.unit] {
                let currentEnd = calendar.window(of: current).upperBound
                if end < currentEnd || (end == currentEnd && key.period.granularity <= current.granularity) { continue }
            }
            latest[key.task, default: [:]][key.unit] = (key.period, report)
        }
        let unitOrder = plan.units.map(\.code)
        func reports(for task: PlanTask) -> [TaskLine.UnitReport] {
            (latest[task.code] ?? [:]).sorted { a, b in
                (unitOrder.firstIndex(of: a.key) ?? .max, a.key) < (unitOrder.firstIndex(of: b.key) ?? .max, b.key)
            }.map { unit, entry in
                let (period, report) = entry
                return TaskLine.UnitReport(
                    unit: unit, period: period, status: report.status, percent: report.percent,
                    results: report.results.joined(separator: "\n"),
                    difficulties: report.difficulties.joined(separator: "\n"),
                    proposals: report.proposals.joined(separator: "\n"), due: report.due, completed: report.completed,
                    sources: report.sources)
            }
        }
        var lines: [TaskLine] = []
        for task in plan.tasks {
            var subLines: [TaskLine] = []
            for item in task.subItems {
                subLines.append(line(item, reports: reports(for: item), children: [], isSubItem: true, cutoff: cutoff))
            }
            lines.append(line(task, reports: reports(for: task), children: subLines, isSubItem: false, cutoff: cutoff))
            lines.append(contentsOf: subLines)
        }
        return lines
    }

    private func line(
        _ task: PlanTask, reports: [TaskLine.UnitReport], children: [TaskLine], isSubItem: Bool,
        cutoff: Day
    ) -> TaskLine {
        let statuses = reports.map(\.status) + children.compactMap(\.status)
        let status = Self.combine(statuses)
        let percents = reports.compactMap(\.percent) + children.compactMap(\.percent)
        let percent = percents.isEmpty ? nil : percents.reduce(0, +) / Double(percents.count)
        let due = reports.first { $0.unit == task.lead }?.due ?? task.deadline
        let completions =
            reports.filter { $0.status == .done }.compactMap(\.completed)
            + children.filter { $0.status == .done }.compactMap { child in
                child.reports.filter { $0.status == .done }.compactMap(\.completed).max()
            }
        let completed = status == .done ? completions.max() : nil
        return TaskLine(
            task: task, isSubItem: isSubItem, isLeaf: task.subItems.isEmpty, reports: reports, status: status,
            timeliness: Timeliness.of(status: status, completed: completed, due: due, cutoff: cutoff),
            percent: percent, due: due)
    }

    /// One status from several: any work under way makes it under way; all done
    /// makes it done; a pause shows when nothing is under way; some done and some
    /// not started is under way; all not started is not started.
    static func combine(_ statuses: [TaskStatus]) -> TaskStatus? {
        guard !statuses.isEmpty else { return nil }
        if statuses.contains(.inProgress) { return .inProgress }
        if statuses.allSatisfy({ $0 == .done }) { return .done }
        if statuses.contains(.paused) { return .paused }
        if statuses.contains(.done) { return .inProgress }
        return .notStarted
    }
}
