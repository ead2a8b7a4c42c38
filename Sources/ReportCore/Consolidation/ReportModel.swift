/// The consolidated report for one period: every figure the workbook shows,
/// computed, as numbers, dates, codes and typed states — no words, no
/// formatting. A sheet reads this and nothing else.
public struct ConsolidatedReport: Sendable {
    public var plan: PlanDocument
    public var period: ReportingPeriod
    public var window: ClosedRange<Day>
    public var yearToDate: ClosedRange<Day>
    public var deadline: Day
    /// Working days after the cut-off a submission is due.
    public var deadlineWorkingDays: Int
    /// The share of the year's data window passed at the cut-off.
    public var elapsedShare: Double
    public var targets: [TargetSummary]
    public var fdi: FDISummary
    public var zoneCompliance: ZoneCompliance?
    public var milestone: MilestoneSummary?
    public var projectStarts: ProjectStarts?
    public var tasks: [TaskLine]
    public var tracker: Tracker
    public var comparison: Comparison?
    /// III.1 against the same period of last year, when the plan gives last year's figures.
    public var yearOnYear: YearOnYear?
    /// Month by month, January to the period's last month.
    public var months: [MonthLine]
    /// Every submission file read, with its account of rows and its state.
    public var files: [FileLine]

    public var cutoff: Day { window.upperBound }

    /// The files' accounts added up.
    public var fileTotals: FileAccount { FileLine.total(files) }

    /// Task items counted by consolidated status — the items units report on
    /// (tasks without sub-items, and sub-items) — in the list's order, then
    /// those no unit reported on (`status` nil).
    public var taskStatusCounts: [(status: TaskStatus?, count: Int)] {
        let leaves = tasks.filter(\.isLeaf)
        return TaskStatus.allCases.map { status in (status, leaves.filter { $0.status == status }.count) }
            + [(nil, leaves.filter { $0.status == nil }.count)]
    }

    /// Items (as counted above) whose deadline has passed unfinished, or that finished late.
    public var overdueTasks: Int { tasks.filter { $0.isLeaf && $0.timeliness == .late }.count }
}

/// One target of section III: its standing, its figures as the workbook holds
/// them, and what each kind of target adds.
public struct TargetSummary: Sendable {
    public var target: Target
    public var status: TargetStatus
    /// The planned value: triệu USD for III.1, a fraction (1 = 100 %) for a share, a count for III.4.
    public var plan: Double?
    public var thisPeriod: Double?
    public var yearToDate: Double?
    /// Year to date / plan.
    public var shareOfPlan: Double?
    public var detail: Detail

    public enum Detail: Sendable {
        /// III.1: the FDI events counted.
        case capital(events: Int)
        /// III.2: operating KCN compliant, of all; those not compliant, those not reported.
        case zoneShare(compliant: Int, total: Int, nonCompliant: [Zone], notReported: [Zone])
        /// III.3: a dossier, done on a day or not yet.
        case milestone(subject: Subject, doneOn: Day?)
        /// III.4: the named projects not started yet.
        case starts(notStarted: [Subject])
    }
}

/// III.1 in detail: FDI in triệu USD, DDI in tỷ đồng.
public struct FDISummary: Sendable {
    /// A group of counted events (an event type, a zone, a country), keyed by
    /// the text «Dự án» lists for it, which the workbook's formulas match on.
    public struct Line: Sendable, Hashable {
        public var label: String
        public var thisPeriod: Double
        public var yearToDate: Double
        public var events: Int
    }

    /// One month of the year to date: FDI attracted in it, the running total,
    /// and where the plan would stand if it were met evenly over the year's data window.
    public struct Month: Sendable, Hashable {
        public var month: Int
        public var attracted: Double
        public var cumulative: Double
        public var planLine: Double
    }

    public var plan: Double
    /// FDI attracted (new + increases + share acquisitions), triệu USD.
    public var thisPeriod: Double
    public var yearToDate: Double
    public var byZone: [Line]
    public var byCountry: [Line]
    public var byEvent: [Line]
    /// Decreases and terminations, shown apart (triệu USD).
    public var decreases: [Line]
    /// DDI attracted, tỷ đồng.
    public var ddiThisPeriod: Double
    public var ddiYearToDate: Double
    public var ddiByEvent: [Line]
    /// Month 1 to the period's last month.
    public var months: [Month]

    /// FDI events counted towards the target, year to date.
    public var attractedEvents: Int { byEvent.reduce(0) { $0 + $1.events } }
}

/// III.2: operating KCN and their wastewater treatment.
public struct ZoneCompliance: Sendable {
    public struct Line: Sendable {
        public var zone: Zone
        public var result: IndicatorResult?
        public var date: Day?
        public var note: String
        public var source: SourceLine?
    }
    public var lines: [Line]
    public var compliant: Int { lines.filter { $0.result == .compliant }.count }
    public var total: Int { lines.count }
    public var nonCompliant: [Zone] {
        lines.filter { $0.result == .nonCompliant || $0.result == .noTreatmentPlant }.map(\.zone)
    }
    public var notReported: [Zone] { lines.filter { $0.result == nil }.map(\.zone) }
    public var share: Double { total == 0 ? 0 : Double(compliant) / Double(total) }
}

/// III.3: a dossier against its deadline.
public struct MilestoneSummary: Sendable {
    public var subject: Subject
    public var doneOn: Day?
    public var result: IndicatorResult?
    public var deadline: Day
    public var status: TargetStatus
    public var source: SourceLine?
}

/// III.4: named projects started.
public struct ProjectStarts: Sendable {
    public struct Line: Sendable {
        public var subject: Subject
        public var startedOn: Day?
        public var result: IndicatorResult?
        public var source: SourceLine?
    }
    public var lines: [Line]
    public var started: Int { lines.filter { $0.startedOn != nil }.count }
    public var total: Int { lines.count }
}

/// A task or sub-item with what every unit reported on it.
public struct TaskLine: Sendable {
    public struct UnitReport: Sendable {
        public var unit: String
        public var period: ReportingPeriod
        public var status: TaskStatus
        public var percent: Double?
        public var results: String
        public var difficulties: String
        public var proposals: String
        public var due: Day?
        public var completed: Day?
        public var sources: [SourceLine]
    }
    public var task: PlanTask
    public var isSubItem: Bool
    public var isLeaf: Bool
    public var reports: [UnitReport]
    public var status: TaskStatus?
    public var timeliness: Timeliness?
    public var percent: Double?
    public var due: Day
}

/// FDI attracted against the same months of the previous year (from the
/// plan's `cung_ky_nam_truoc`, with its source).
public struct YearOnYear: Sendable {
    public struct Change: Sendable, Hashable {
        public var year: Int
        public var previous: Double
        public var now: Double
        /// now / previous (previous is never 0 here).
        public var ratio: Double { now / previous }
    }
    public var year: Int
    public var source: String
    /// Year to date against January to the same month of last year.
    public var yearToDate: Change?
    /// The period's months against the same months of last year.
    public var thisPeriod: Change?
    /// Last year's FDI attracted each month, January on, as far as known (triệu USD).
    public var byMonth: [Double]
}

/// One month of the year to date at a glance: FDI (also in `FDISummary.months`),
/// events by type, tasks by status at the month's end, submissions received on time.
public struct MonthLine: Sendable {
    public var month: Int
    /// Counted events of the month, by `EventType.allCases`.
    public var events: [Int]
    /// Task items (those units report on) by status at the month's cut-off, by
    /// `TaskStatus.allCases`, then those not reported on.
    public var taskStatuses: [Int]
    /// Submissions owed for the month (monthly ones), received, and received on time.
    public var owed: Int
    public var received: Int
    public var onTime: Int
}

/// What moved since the previous period of the same kind.
public struct Comparison: Sendable {
    public struct StatusChange: Sendable, Hashable {
        public var task: String
        /// nil: not reported on.
        public var from: TaskStatus?
        public var to: TaskStatus?
    }
    public var previous: ReportingPeriod
    public var fdiPrevious: Double
    public var fdiNow: Double
    public var statusChanges: [StatusChange]
    public var unitsStopped: [String]

    public var fdiChange: Double { fdiNow - fdiPrevious }
}
