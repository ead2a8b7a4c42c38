/// What the first pass over a file learns: what it is, which kind, unit and
/// period it reports, when it was sent, how it writes numbers and dates, and
/// the problems that concern the whole file.
public struct FileSurvey: Sendable {
    /// The file's path from the inputs folder.
    public let file: String
    /// The worksheet, when the submission is one sheet of a workbook.
    public var sheet: String?
    public var shape: FileShape = .empty
    public var delimiter: UInt8?
    public var kind: SubmissionKind?
    public var unit: String?
    public var period: ReportingPeriod?
    /// The `Ngày gửi` the file states, if it has the column.
    public var sentDate: Day?
    /// Whether the header has `Ngày gửi`, for saying why no sent date was read.
    public var hasSentDateColumn = false
    public var dataRows = 0
    public var blankRows = 0
    public var numberEvidence = NumberEvidence()
    public var dateEvidence = DateEvidence()
    public var percentEvidence = PercentEvidence()
    /// Where the file really is, when the inputs folder holds a link to it (the edge that found it says).
    public var linkTarget: String?
    /// Problems of the whole file (encoding, header).
    public var diagnostics: [Diagnostic] = []

    public init(file: String, sheet: String? = nil) {
        self.file = file
        self.sheet = sheet
    }

    /// The submission as people name it: the file, or `file › sheet`; unique
    /// among the inputs, so the report's lists and accounts are keyed by it.
    public var name: String { sheet.map { "\(file) › \($0)" } ?? file }

    /// Whether rows can be read: text, a known kind, every required column present.
    public var isUsable: Bool {
        shape.isReadable && kind != nil && !diagnostics.contains { $0.severity == .error }
    }

    public var encoding: TextEncoding? { if case .text(let e) = shape { e } else { nil } }

    /// `,` `;` or `tab`, for the per-file summary.
    public var delimiterName: String? {
        switch delimiter {
        case 0x2C?: ","
        case 0x3B?: ";"
        case 0x09?: "tab"
        default: nil
        }
    }
}

/// The account of one file after its rows are read: data rows = accepted +
/// rejected + not used (a superseded file); blank rows are counted apart.
public struct FileAccount: Hashable, Sendable {
    public var dataRows = 0
    public var accepted = 0
    public var rejected = 0
    public var blank = 0
    /// Rows of a file another submission replaced: read, never counted.
    public var notUsed = 0
    public var errors = 0
    public var warnings = 0
    /// Changed or gone before its rows were read: they count as rejected, as the first pass found them.
    public var unread = false

    public init() {}

    public var balances: Bool { dataRows == accepted + rejected + notUsed }
}
