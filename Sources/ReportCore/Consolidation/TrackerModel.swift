/// The submission tracker: who owes what for the period, and what came in
/// (DHIS2's completeness and timeliness).
public struct Tracker: Sendable {
    public enum State: Hashable, Sendable, CaseIterable {
        case onTime
        case late
        case missing
        /// Received, but no day is known to hold against the deadline.
        case unknownDate
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

    /// One unit's owed submissions, counted.
    public struct UnitLine: Sendable {
        public var unit: ReportingUnit
        public var owed: Int
        public var received: Int
        public var onTime: Int
        public var late: Int
        public var missing: Int
    }

    public var lines: [Line]
    /// The units that owe anything in the period, in the plan's order.
    public var units: [UnitLine]

    public init(lines: [Line], unitOrder: [ReportingUnit]) {
        self.lines = lines
        units = unitOrder.compactMap { unit in
            let owed = lines.filter { $0.unit.code == unit.code }
            guard !owed.isEmpty else { return nil }
            return UnitLine(
                unit: unit, owed: owed.count, received: owed.filter { $0.state != .missing }.count,
                onTime: owed.filter { $0.state == .onTime }.count, late: owed.filter { $0.state == .late }.count,
                missing: owed.filter { $0.state == .missing }.count)
        }
    }

    public var expected: Int { lines.count }
    public var received: Int { lines.filter { $0.state != .missing }.count }
    public var onTime: Int { lines.filter { $0.state == .onTime }.count }
    public var late: Int { lines.filter { $0.state == .late }.count }
    public var missing: Int { expected - received }
    public var withErrors: Int { lines.filter { $0.errors > 0 }.count }
    public var reportingRate: Double { expected == 0 ? 1 : Double(received) / Double(expected) }
    public var onTimeRate: Double { expected == 0 ? 1 : Double(onTime) / Double(expected) }
    /// The units with a submission owed and not received.
    public var unitsMissing: [ReportingUnit] { units.filter { $0.missing > 0 }.map(\.unit) }
}

/// One input file as the report lists it: what the first pass saw, its
/// account of rows, when it counts as received, and whether it is used.
public struct FileLine: Sendable {
    public enum State: Hashable, Sendable {
        /// Read and counted; the older files it replaces, if any.
        case used(replacing: [String])
        /// Another submission for the same unit, period and kind replaces it.
        case superseded(by: String)
        /// Not readable as a submission (encoding, header, not text): every row is rejected.
        case rejected
    }

    public var file: String
    public var survey: FileSurvey
    public var account: FileAccount
    public var received: Day?
    public var state: State

    public var isUsed: Bool { if case .used = state { true } else { false } }

    /// Every file of the submissions with its account; unusable and superseded
    /// files count their rows too, so each file's rows add up.
    public static func lines(_ submissions: SubmissionSet, accounts: [String: FileAccount]) -> [FileLine] {
        submissions.entries.map { entry in
            var account = accounts[entry.file] ?? FileAccount()
            let survey = entry.survey
            let state: State
            if let newer = entry.supersededBy {
                account.dataRows = survey.dataRows
                account.blank = survey.blankRows
                account.notUsed = survey.dataRows
                state = .superseded(by: newer)
            } else if !survey.isUsable || account.unread {
                account.dataRows = survey.dataRows
                account.blank = survey.blankRows
                account.rejected = survey.dataRows
                state = .rejected
            } else {
                state = .used(replacing: entry.supersedes)
            }
            account.errors += survey.diagnostics.filter { $0.severity == .error }.count
            account.warnings += survey.diagnostics.filter { $0.severity == .warning }.count
            return FileLine(file: entry.file, survey: survey, account: account, received: entry.received, state: state)
        }
    }

    /// The accounts of files added up.
    public static func total(_ lines: [FileLine]) -> FileAccount {
        lines.reduce(into: FileAccount()) { total, line in
            let a = line.account
            total.dataRows += a.dataRows
            total.accepted += a.accepted
            total.rejected += a.rejected
            total.notUsed += a.notUsed
            total.blank += a.blank
            total.errors += a.errors
            total.warnings += a.warnings
        }
    }
}
