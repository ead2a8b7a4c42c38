/// The consolidated report for one period: every figure the workbook shows,
/// computed, with no formatting.
public struct ConsolidatedReport: Sendable {
    public var plan: PlanDocument
    public var period: ReportingPeriod
    public var window: ClosedRange<Day>
    public var yearToDate: ClosedRange<Day>
    public var deadline: Day
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

    public var cutoff: Day { window.upperBound }

    /// Task items counted by consolidated status: the items units report on
    /// (tasks without sub-items, and sub-items).
    public var taskStatusCounts: [(label: String, count: Int)] {
        let leaves = tasks.filter(\.isLeaf)
        return TaskStatus.allCases.map { status in (status.rawValue, leaves.filter { $0.status == status }.count) }
            + [("Chưa báo cáo", leaves.filter { $0.status == nil }.count)]
    }
}

/// One row of the summary: a target of section III.
public struct TargetSummary: Sendable {
    public var code: String
    public var text: String
    public var unitLabel: String
    public var planValue: Double?
    public var planText: String
    /// This period and year to date, in `unitLabel` (nil where it has no meaning).
    public var thisPeriod: Double?
    public var yearToDate: Double?
    public var achievedText: String
    /// Achieved / plan, 0…1+ (nil for milestones).
    public var share: Double?
    public var status: TargetStatus
    public var note: String
}

/// III.1 in detail: FDI in triệu USD, DDI in tỷ đồng.
public struct FDISummary: Sendable {
    public struct Line: Sendable, Hashable {
        public var label: String
        public var thisPeriod: Double
        public var yearToDate: Double
        public var events: Int
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

/// The submission tracker: who owes what for the period, and what came in.
public struct Tracker: Sendable {
    public enum State: String, Sendable, CaseIterable {
        case onTime = "Đúng hạn"
        case late = "Trễ hạn"
        case missing = "Chưa nộp"
        case unknownDate = "Đã nộp (không rõ ngày)"
    }
    public struct Line: Sendable {
        public var unit: ReportingUnit
        public var kind: SubmissionKind
        public var period: ReportingPeriod
        public var deadline: Day
        public var file: String?
        public var received: Day?
        public var state: State
        public var errors: Int
        public var rejectedRows: Int
    }
    public var lines: [Line]
    public var expected: Int { lines.count }
    public var received: Int { lines.filter { $0.state != .missing }.count }
    public var onTime: Int { lines.filter { $0.state == .onTime }.count }
    public var withErrors: Int { lines.filter { $0.errors > 0 }.count }
    public var reportingRate: Double { expected == 0 ? 1 : Double(received) / Double(expected) }
    public var onTimeRate: Double { expected == 0 ? 1 : Double(onTime) / Double(expected) }
}

/// What moved since the previous period of the same kind.
public struct Comparison: Sendable {
    public var previous: ReportingPeriod
    public var fdiPrevious: Double
    public var fdiNow: Double
    public var statusChanges: [(task: String, from: String, to: String)]
    public var unitsStopped: [String]
}
