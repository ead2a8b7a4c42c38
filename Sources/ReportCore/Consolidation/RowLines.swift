/// What consolidation hands on for each accepted row, complete, so the row
/// sheets write it as it is: the row with its names resolved, and — for a
/// certificate event the target counts — its line in the list of projects.
public struct ConsolidatedRow: Sendable {
    public var data: DataLine
    /// The event as «Dự án» lists it, when it is counted (first of its kind, in the year to date).
    public var project: ProjectLine?
    /// What this row shows against the rows before it (a repeated event, a task reported twice).
    public var diagnostics: [Diagnostic]
}

/// An accepted row as «Dữ liệu» lists it: the row and the plan's name of the
/// zone or subject it names.
public struct DataLine: Sendable {
    public var row: SubmissionRow
    /// The zone (events, III.2) or subject (III.3, III.4) as the plan names it.
    public var placeName: String?
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
