/// What consolidation hands on for each accepted row, complete, so the row
/// sheets write it as it is, once: a certificate event the target counts is a
/// line of «Dự án»; every other row — tasks, indicators, events not counted,
/// with why — a line of «Dữ liệu».
public struct ConsolidatedRow: Sendable {
    public enum Line: Sendable {
        case project(ProjectLine)
        case data(DataLine)
    }
    public var line: Line
    /// What this row shows against the rows before it (a repeated event, a task reported twice).
    public var diagnostics: [Diagnostic]
}

/// An accepted row as «Dữ liệu» lists it: the row, the plan's name of the
/// zone or subject it names, and for an event why it is not counted.
public struct DataLine: Sendable {
    public var row: SubmissionRow
    /// The zone (events, III.2) or subject (III.3, III.4) as the plan names it.
    public var placeName: String?
    public var notCounted: NotCounted?

    /// Why an accepted certificate event is not among the counted ones.
    public enum NotCounted: Hashable, Sendable {
        /// The same certificate, event type and date came first there.
        case duplicate(of: SourceLine)
        /// Dated in a month after the report period (counted when that period is reported).
        case afterPeriod(month: ReportingPeriod)
        /// Dated outside the plan year.
        case otherYear(Int)
    }
}

/// A counted certificate event as «Dự án» lists it.
public struct ProjectLine: Sendable {
    public var event: CertificateEventRow
    /// The month whose data window holds the event's date.
    public var month: Int
    /// Within the report period's own window (else earlier in the year to date).
    public var inPeriod: Bool
    /// The zone as the plan names it.
    public var zoneName: String
    /// The country as first spelled among the counted events, so every figure
    /// by country adds up the same rows as the workbook's formulas.
    public var countryName: String
}
