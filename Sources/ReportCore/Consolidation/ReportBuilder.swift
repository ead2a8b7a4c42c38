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
            let status = TargetStatus.cumulative(
                achieved: fdi.yearToDate, plan: planValue, elapsedShare: elapsed, cutoff: cutoff,
                deadline: target.deadline)
            targets.append(
                TargetSummary(
                    target: target, status: status, plan: planValue, thisPeriod: fdi.thisPeriod,
                    yearToDate: fdi.yearToDate, shareOfPlan: fdi.yearToDate / planValue,
                    detail: .capital(events: fdi.attractedEvents)))
        }
        let compliance = zoneCompliance()
        if let (zones, target) = compliance, let planValue = target.planValue {
            // A share target is held as a fraction (1 = 100 %), as the workbook shows it.
            targets.append(
                TargetSummary(
                    target: target, status: .state(achieved: zones.share * 100, plan: planValue),
                    plan: planValue / 100, thisPeriod: nil, yearToDate: zones.share,
                    shareOfPlan: zones.share / (planValue / 100),
                    detail: .zoneShare(
                        compliant: zones.compliant, total: zones.total, nonCompliant: zones.nonCompliant,
                        notReported: zones.notReported)))
        }
        let milestone = milestone()
        if let (summary, target) = milestone {
            targets.append(
                TargetSummary(
                    target: target, status: summary.status, plan: nil, thisPeriod: nil, yearToDate: nil,
                    shareOfPlan: nil, detail: .milestone(subject: summary.subject, doneOn: summary.doneOn)))
        }
        let starts = projectStarts()
        if let (projects, target) = starts {
            let total = Double(projects.total)
            let lastStart = projects.lines.compactMap(\.startedOn).max()
            let status = TargetStatus.cumulative(
                achieved: Double(projects.started), plan: total, elapsedShare: elapsed, cutoff: cutoff,
                deadline: target.deadline, reachedOn: lastStart)
            targets.append(
                TargetSummary(
                    target: target, status: status, plan: total, thisPeriod: nil,
                    yearToDate: Double(projects.started),
                    shareOfPlan: total == 0 ? 0 : Double(projects.started) / total,
                    detail: .starts(notStarted: projects.lines.filter { $0.startedOn == nil }.map(\.subject))))
        }
        let tasks = taskLines(asOf: period)
        let tracker = tracker(submissions: submissions, accounts: accounts)
        return ConsolidatedReport(
            plan: plan.document, period: period, window: window, yearToDate: calendar.yearToDate(of: period),
            deadline: calendar.deadline(of: period), deadlineWorkingDays: calendar.deadlineWorkingDays,
            elapsedShare: elapsed, targets: targets, fdi: fdi, zoneCompliance: compliance?.0,
            milestone: milestone?.0, projectStarts: starts?.0, tasks: tasks,
            tracker: tracker, comparison: comparison(submissions: submissions, tasks: tasks),
            yearOnYear: yearOnYear(fdi), months: months(tracker: tracker),
            files: FileLine.lines(submissions, accounts: accounts))
    }

    /// FDI against the same months of last year, when the plan has last year's figures for them.
    func yearOnYear(_ fdi: FDISummary) -> YearOnYear? {
        guard let previous = plan.previousYear else { return nil }
        func change(_ months: ClosedRange<Int>, now: Double) -> YearOnYear.Change? {
            guard let before = previous.fdi(in: months), before > 0 else { return nil }
            return YearOnYear.Change(year: previous.year, previous: before, now: now)
        }
        return YearOnYear(
            year: previous.year, source: previous.source,
            yearToDate: change(1...period.months.upperBound, now: fdi.yearToDate),
            thisPeriod: change(period.months, now: fdi.thisPeriod), byMonth: previous.fdiByMonth)
    }

    /// January to the period's last month, each seen at its own cut-off.
    func months(tracker: Tracker) -> [MonthLine] {
        (1...period.months.upperBound).map { month in
            let monthPeriod = ReportingPeriod(year: period.year, span: .month(month))
            let leaves = Consolidator(copying: self, period: monthPeriod).taskLines(asOf: monthPeriod).filter(\.isLeaf)
            let statuses =
                TaskStatus.allCases.map { status in leaves.filter { $0.status == status }.count }
                + [leaves.filter { $0.status == nil }.count]
            let owed = tracker.lines.filter { $0.period == monthPeriod }
            return MonthLine(
                month: month, events: fdi.eventsByMonth[month], taskStatuses: statuses, owed: owed.count,
                received: owed.filter { $0.state != .missing }.count, onTime: owed.filter { $0.state == .onTime }.count)
        }
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
        return Tracker(lines: lines, unitOrder: plan.units)
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
        let changes = zip(before, tasks).filter { old, new in old.isLeaf && old.status != new.status }
            .map { old, new in Comparison.StatusChange(task: new.task.code, from: old.status, to: new.status) }
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
