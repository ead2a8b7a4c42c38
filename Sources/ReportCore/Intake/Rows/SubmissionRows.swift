/// Where an accepted row came from: every figure traces back to a file and line.
public struct SourceLine: Hashable, Sendable, Comparable {
    public let file: String
    /// The worksheet, for a workbook's row; its line is the row number Excel shows.
    public let sheet: String?
    public let line: Int

    public init(file: String, sheet: String? = nil, line: Int) {
        self.file = file
        self.sheet = sheet
        self.line = line
    }

    /// The submission: the file, or `file › sheet`.
    public var submission: String { sheet.map { "\(file) › \($0)" } ?? file }

    public static func < (a: Self, b: Self) -> Bool {
        (a.file, a.sheet ?? "", a.line) < (b.file, b.sheet ?? "", b.line)
    }
    public var description: String { "\(submission):\(line)" }
}

/// A row of a task progress submission (tiến độ nhiệm vụ).
public struct TaskProgressRow: Hashable, Sendable {
    public var source: SourceLine
    public var unit: String
    public var period: ReportingPeriod
    public var task: String
    public var status: TaskStatus
    public var percent: Double?
    public var results: String
    public var difficulties: String
    public var proposals: String
    public var due: Day?
    public var completed: Day?
}

/// One investment certificate event (sự kiện GCNĐKĐT).
public struct CertificateEventRow: Hashable, Sendable {
    public var source: SourceLine
    public var unit: String
    public var period: ReportingPeriod
    /// The certificate number as written.
    public var certificate: String
    public var event: EventType
    public var date: Day
    public var project: String
    public var investor: String
    public var country: String
    public var zone: String
    public var capitalSource: CapitalSource
    /// The amount and unit as the unit wrote them.
    public var amount: Double
    public var currency: CurrencyUnit
    /// The amount in the report's unit: triệu USD for FDI, tỷ đồng for DDI.
    public var reportAmount: Double

    /// What identifies an event: certificate number (spacing and case aside), type and date.
}

/// What identifies a certificate event, compactly — one is kept for every
/// distinct event of the year: a certificate that is one run of digits (as
/// nearly all are) is that number and its length; any other, its normalised text.
/// What makes two certificate events the same event: the certificate, the
/// kind of change and the day. 16 bytes — one is kept per distinct event of
/// the year, the only memory that grows with the input. A certificate that is
/// one run of digits (nearly all are) is that number; any other is the index
/// of its normalised text in a table the consolidator keeps.
struct EventKey: Hashable, Sendable {
    /// The digit run, or the text's index when `digits` is 0.
    let number: UInt64
    /// Digits of the number (leading zeros count); 0 for a text certificate.
    let digits: UInt8
    let event: EventType
    let day: Int32

    init(number: UInt64, digits: UInt8, event: EventType, date: Day) {
        self.number = number
        self.digits = digits
        self.event = event
        day = Int32(truncatingIfNeeded: date.ordinal)
    }

    /// The one run of eight to nineteen digits a certificate holds once spacing,
    /// dots, dashes and slashes are set aside — read on the bytes, as it runs for
    /// every event; nil when there is none, or more than one.
    static func digitRun(_ certificate: String) -> (UInt64, UInt8)? {
        var found: (UInt64, UInt8)?
        var value: UInt64 = 0
        var length = 0
        var runs = 0
        var previous: UInt8 = 0
        func close() -> Bool {
            defer {
                value = 0
                length = 0
            }
            guard length >= 8 else { return true }
            runs += 1
            guard runs == 1, length <= 19 else { return false }
            found = (value, UInt8(length))
            return true
        }
        for byte in certificate.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                length += 1
            // Spacing and the marks units put between groups join the run; a no-break space is C2 A0.
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"): break
            case 0xA0 where previous == 0xC2: break
            case 0xC2: break
            default: if !close() { return nil }
            }
            previous = byte
        }
        guard close() else { return nil }
        return found
    }

    /// The certificate as written without spacing, dots, dashes and slashes — and
    /// when that holds exactly one run of eight digits or more, the run alone:
    /// `GCN số 2110987655`, `Số: 2110987655`, `2110987655 (đc lần 2)` are one certificate.
    static func normalize(_ certificate: String) -> String {
        let compact = String(
            certificate.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" && $0 != "/" })
        let runs = compact.split { !($0.isASCII && $0.isNumber) }.filter { $0.count >= 8 }
        return runs.count == 1 ? String(runs[0]) : compact
    }
}

/// A row of an indicator submission (chỉ tiêu III.2–III.4).
public struct IndicatorRow: Hashable, Sendable {
    public var source: SourceLine
    public var unit: String
    public var period: ReportingPeriod
    public var target: String
    /// A zone code (III.2) or a subject code (III.3, III.4).
    public var subject: String
    public var result: IndicatorResult
    public var date: Day?
    public var note: String
}

/// An accepted row of any kind.
public enum SubmissionRow: Hashable, Sendable {
    case task(TaskProgressRow)
    case event(CertificateEventRow)
    case indicator(IndicatorRow)

    public var source: SourceLine {
        switch self {
        case .task(let row): row.source
        case .event(let row): row.source
        case .indicator(let row): row.source
        }
    }

    public var unit: String {
        switch self {
        case .task(let row): row.unit
        case .event(let row): row.unit
        case .indicator(let row): row.unit
        }
    }

    public var period: ReportingPeriod {
        switch self {
        case .task(let row): row.period
        case .event(let row): row.period
        case .indicator(let row): row.period
        }
    }
}
