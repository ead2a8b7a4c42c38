extension Consolidator {
    /// The report for the period, from everything added, the submissions and
    /// each file's account.
    public func report(submissions: SubmissionSet, accounts: [String: FileAccount]) -> ConsolidatedReport {
        let window = calendar.window(of: period)
        let cutoff = window.upperBound
        let elapsed = calendar.elapsedShare(at: period)
        var targets: [TargetSummary] = []

        let fdiTarget = plan.target(measuring: .fdiCapital)
        let fdi = fdiSummary(plan: fdiTarget)
        if let target = fdiTarget, let planValue = target.planValue {
            targets.append(
                TargetSummary(
                    code: target.code, text: target.text, unitLabel: target.unitLabel, planValue: planValue,
                    planText: "\(VietnameseNumber.format(planValue)) \(target.unitLabel)",
                    thisPeriod: fdi.thisPeriod, yearToDate: fdi.yearToDate,
                    achievedText:
                        "\(VietnameseNumber.format(fdi.yearToDate, maxFractionDigits: 2)) \(target.unitLabel)",
                    share: fdi.yearToDate / planValue,
                    status: .cumulative(
                        achieved: fdi.yearToDate, plan: planValue, elapsedShare: elapsed, cutoff: cutoff,
                        deadline: target.deadline),
                    note:
                        "\(fdi.byEvent.reduce(0) { $0 + $1.events }) sự kiện cấp mới, tăng vốn, góp vốn; thời gian đã qua \(VietnameseNumber.format(elapsed * 100, maxFractionDigits: 1))% năm"
                ))
        }
        let compliance = zoneCompliance()
        if let (zones, target) = compliance, let planValue = target.planValue {
            var notes: [String] = []
            if !zones.nonCompliant.isEmpty {
                notes.append("Chưa đạt: " + zones.nonCompliant.map(\.name).joined(separator: ", "))
            }
            if !zones.notReported.isEmpty {
                notes.append("Chưa báo cáo: " + zones.notReported.map(\.name).joined(separator: ", "))
            }
            // A share target is held as a fraction (1 = 100 %), as the workbook shows it.
            targets.append(
                TargetSummary(
                    code: target.code, text: target.text, unitLabel: target.unitLabel, planValue: planValue / 100,
                    planText: "\(VietnameseNumber.format(planValue))\(target.unitLabel)", thisPeriod: nil,
                    yearToDate: zones.share, achievedText: "\(zones.compliant)/\(zones.total) KCN",
                    share: zones.share / (planValue / 100),
                    status: .state(achieved: zones.share * 100, plan: planValue),
                    note: notes.joined(separator: ". ")))
        }
        let milestone = milestone()
        if let (summary, target) = milestone {
            targets.append(
                TargetSummary(
                    code: target.code, text: target.text, unitLabel: target.unitLabel, planValue: nil,
                    planText: "Trước \(target.deadline)", thisPeriod: nil, yearToDate: nil,
                    achievedText: summary.doneOn.map { "Đã trình ngày \($0)" } ?? "Chưa trình", share: nil,
                    status: summary.status, note: summary.subject.name))
        }
        let starts = projectStarts()
        if let (projects, target) = starts {
            let total = Double(projects.total)
            let lastStart = projects.lines.compactMap(\.startedOn).max()
            targets.append(
                TargetSummary(
                    code: target.code, text: target.text, unitLabel: target.unitLabel, planValue: total,
                    planText: "\(projects.total) \(target.unitLabel)", thisPeriod: nil,
                    yearToDate: Double(projects.started),
                    achievedText: "\(projects.started)/\(projects.total) \(target.unitLabel)",
                    share: total == 0 ? 0 : Double(projects.started) / total,
                    status: .cumulative(
                        achieved: Double(projects.started), plan: total, elapsedShare: elapsed,
                        cutoff: cutoff, deadline: target.deadline, reachedOn: lastStart),
                    note: projects.lines.filter { $0.startedOn == nil }.map(\.subject.name).map {
                        "Chưa khởi công: \($0)"
                    }
                    .joined(separator: "; ")))
        }
        let tasks = taskLines(asOf: period)
        return ConsolidatedReport(
            plan: plan.document, period: period, window: window, yearToDate: calendar.yearToDate(of: period),
            deadline: calendar.deadline(of: period), elapsedShare: elapsed, targets: targets, fdi: fdi,
            zoneCompliance: compliance?.0, milestone: milestone?.0, projectStarts: starts?.0, tasks: tasks,
            tracker: tracker(submissions: submissions, accounts: accounts),
            comparison: comparison(submissions: submissions, tasks: tasks))
    }

    /// Every submission owed for the period (and for the shorter periods within
    /// it), and what came in, as DHIS2 reports completeness and timeliness.
    func tracker(submissions: SubmissionSet, accounts: [String: FileAccount]) -> Tracker {
        var byKey: [SubmissionSet.Key: SubmissionSet.Entry] = [:]
        for entry in submissions.used { if let key = entry.key { byKey[key] = entry } }
        var lines: [Tracker.Line] = []
        let owedPeriods = ReportingPeriod.Granularity.allCases.flatMap { $0.periods(in: period.year) }
            .filter { $0.isWithin(period) }
        for unit in plan.units {
            for kind in SubmissionKind.allCases {
                for owed in owedPeriods where unit.owes(kind, for: owed) {
                    let deadline = calendar.deadline(of: owed)
                    let entry = byKey[SubmissionSet.Key(unit: unit.code, period: owed, kind: kind)]
                    var state = Tracker.State.missing
                    if let entry {
                        if let received = entry.received {
                            state = received <= deadline ? .onTime : .late
                        } else {
                            state = .unknownDate
                        }
                    }
                    let account = entry.flatMap { accounts[$0.file] }
                    let fileErrors = entry?.survey.diagnostics.filter { $0.severity == .error }.count ?? 0
                    lines.append(
                        Tracker.Line(
                            unit: unit, kind: kind, period: owed, deadline: deadline, file: entry?.file,
                            received: entry?.received, state: state, errors: (account?.errors ?? 0) + fileErrors,
                            rejectedRows: account?.rejected ?? 0))
                }
            }
        }
        return Tracker(lines: lines)
    }

    /// What moved since the previous period of the same kind, when its
    /// submissions are among the inputs.
    func comparison(submissions: SubmissionSet, tasks: [TaskLine]) -> Comparison? {
        guard let previous = period.previous else { return nil }
        let used = submissions.used
        let reportedBefore = Set(
            used.filter { $0.survey.period.map { $0.isWithin(previous) } ?? false }.compactMap(\.survey.unit))
        guard !reportedBefore.isEmpty else { return nil }
        let reportedNow = Set(
            used.filter { $0.survey.period.map { $0.isWithin(period) } ?? false }.compactMap(\.survey.unit))
        let before = Consolidator(copying: self, period: previous).taskLines(asOf: previous)
        var changes: [(String, String, String)] = []
        for (old, new) in zip(before, tasks) where old.isLeaf && old.status != new.status {
            changes.append(
                (new.task.code, old.status?.rawValue ?? "Chưa báo cáo", new.status?.rawValue ?? "Chưa báo cáo"))
        }
        let unitOrder = plan.units.map(\.code)
        return Comparison(
            previous: previous, fdiPrevious: fdiAttracted(in: previous.months), fdiNow: fdiAttracted(in: period.months),
            statusChanges: changes,
            unitsStopped: reportedBefore.subtracting(reportedNow).sorted {
                (unitOrder.firstIndex(of: $0) ?? .max) < (unitOrder.firstIndex(of: $1) ?? .max)
            })
    }

    /// The same gathered rows, seen from another period.
    init(copying other: Consolidator, period: ReportingPeriod) {
        self = other
        self.period = period
    }
}
