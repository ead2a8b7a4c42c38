/// A reporting period (kỳ báo cáo): a month, quarter, half-year, nine months or year.
public struct ReportingPeriod: Hashable, Sendable, CustomStringConvertible {
    public enum Span: Hashable, Sendable, Comparable {
        case month(Int)
        case quarter(Int)
        case half(Int)
        case nineMonths
        case year

        public var granularity: Granularity {
            switch self {
            case .month: .month
            case .quarter: .quarter
            case .half: .half
            case .nineMonths: .nineMonths
            case .year: .year
            }
        }

        /// The calendar months the period covers.
        public var months: ClosedRange<Int> {
            switch self {
            case .month(let m): m...m
            case .quarter(let q): (q * 3 - 2)...(q * 3)
            case .half(let h): (h * 6 - 5)...(h * 6)
            case .nineMonths: 1...9
            case .year: 1...12
            }
        }
    }

    /// The kinds of period a unit may owe reports for.
    public enum Granularity: String, Hashable, Sendable, CaseIterable, Comparable {
        case month = "thang"
        case quarter = "quy"
        case half = "6_thang"
        case nineMonths = "9_thang"
        case year = "nam"

        var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

        /// The periods of this granularity in a year.
        public func periods(in year: Int) -> [ReportingPeriod] {
            let spans: [Span] =
                switch self {
                case .month: (1...12).map(Span.month)
                case .quarter: (1...4).map(Span.quarter)
                case .half: [.half(1)]
                case .nineMonths: [.nineMonths]
                case .year: [.year]
                }
            return spans.map { ReportingPeriod(year: year, span: $0) }
        }

        /// `tháng`, `quý`, … as written in Vietnamese.
        public var label: String {
            switch self {
            case .month: "tháng"
            case .quarter: "quý"
            case .half: "6 tháng"
            case .nineMonths: "9 tháng"
            case .year: "năm"
            }
        }
    }

    public let year: Int
    public let span: Span

    public init(year: Int, span: Span) {
        self.year = year
        self.span = span
    }

    public var granularity: Granularity { span.granularity }
    public var months: ClosedRange<Int> { span.months }

    /// `2023-03`, `2023-Q1`, `2023-H1`, `2023-9M`, `2023`: the code used in commands and file names.
    public var code: String {
        switch span {
        case .month(let m): "\(year)-\(m < 10 ? "0" : "")\(m)"
        case .quarter(let q): "\(year)-Q\(q)"
        case .half(let h): "\(year)-H\(h)"
        case .nineMonths: "\(year)-9M"
        case .year: "\(year)"
        }
    }

    /// `Tháng 3/2023`, `Quý I/2023`, `6 tháng đầu năm 2023`, `9 tháng đầu năm 2023`, `Năm 2023`.
    public var label: String {
        switch span {
        case .month(let m): "Tháng \(m)/\(year)"
        case .quarter(let q): "Quý \(["I", "II", "III", "IV"][q - 1])/\(year)"
        case .half(let h): h == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case .nineMonths: "9 tháng đầu năm \(year)"
        case .year: "Năm \(year)"
        }
    }

    public var description: String { code }

    /// Whether this period lies within `other` (a month within its quarter, …).
    public func isWithin(_ other: ReportingPeriod) -> Bool {
        year == other.year && other.months.contains(months.lowerBound) && other.months.contains(months.upperBound)
    }

    /// The period of the same granularity just before this one, in the same year
    /// (none for the first month, quarter or half, nor for nine months and year).
    public var previous: ReportingPeriod? {
        switch span {
        case .month(let m) where m > 1: ReportingPeriod(year: year, span: .month(m - 1))
        case .quarter(let q) where q > 1: ReportingPeriod(year: year, span: .quarter(q - 1))
        case .half(2): ReportingPeriod(year: year, span: .half(1))
        default: nil
        }
    }
}

extension ReportingPeriod {
    /// Reads a period as units write it: `2023-03`, `03/2023`, `Tháng 3/2023`,
    /// `T3/2023`; `2023-Q1`, `Q1/2023`, `Quý I/2023`, `Quý 1/2023`; `2023-H1`,
    /// `6 tháng/2023`, `6 tháng đầu năm 2023`; `2023-9M`, `9 tháng/2023`;
    /// `2023`, `Năm 2023`. Case, diacritics and spacing do not matter.
    public init?(parsing text: String) {
        let words = TextKey.words(text)
        let tokens = words.split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        // The year is the one four-digit token that can be a year (`0007` is none:
        // the fuzzer read one as year 7, whose period could not be written back).
        let years = tokens.filter { $0.count == 4 && Self.isYear($0) }
        guard years.count == 1, let yearToken = years.first, let year = Int(yearToken) else {
            // `2023q1`, `2023h1`, `2023 9m` fused forms.
            if let fused = Self.parseFused(tokens) {
                self = fused
                return
            }
            return nil
        }
        var rest = tokens.filter { $0 != yearToken }
        if rest.count > 1 { rest.removeAll { ["nam", "ky", "bao", "cao"].contains($0) } }
        let joined = rest.joined(separator: " ")
        let span: Span?
        switch joined {
        case "": span = .year
        case "nam": span = .year
        case "h1", "6 thang", "6 thang dau", "6t", "6 thang dau nam", "sau thang", "sau thang dau nam":
            span = .half(1)
        case "h2", "6 thang cuoi", "6 thang cuoi nam": span = .half(2)
        case "9m", "9 thang", "9 thang dau", "9t", "9 thang dau nam", "chin thang": span = .nineMonths
        default: span = Self.parseMonthOrQuarter(rest)
        }
        guard let span else { return nil }
        self.init(year: year, span: span)
    }

    private static func parseMonthOrQuarter(_ rest: [String]) -> Span? {
        func month(_ s: String) -> Span? {
            guard let m = Int(s), (1...12).contains(m) else { return nil }
            return .month(m)
        }
        func quarter(_ s: String) -> Span? {
            let roman = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
            if let q = roman[s] ?? Int(s), (1...4).contains(q) { return .quarter(q) }
            return nil
        }
        switch rest.count {
        case 1:
            let token = rest[0]
            if let m = month(token) { return m }  // 03/2023, 2023-03
            if token.hasPrefix("thang") { return month(String(token.dropFirst(5))) }
            if token.hasPrefix("quy") { return quarter(String(token.dropFirst(3))) }
            if token.hasPrefix("t") { return month(String(token.dropFirst())) }  // T3
            if token.hasPrefix("q") { return quarter(String(token.dropFirst())) }  // Q1
            return nil
        case 2:
            switch rest[0] {
            case "thang", "t": return month(rest[1])
            case "quy", "q": return quarter(rest[1])
            default: return nil
            }
        default: return nil
        }
    }

    /// Four ASCII digits from 1900 to 2999.
    static func isYear(_ token: some StringProtocol) -> Bool {
        token.utf8.count == 4 && token.utf8.allSatisfy { (0x30...0x39).contains($0) }
            && (1900...2999).contains(Int(token) ?? 0)
    }

    private static func parseFused(_ tokens: [String]) -> ReportingPeriod? {
        guard tokens.count == 1, tokens[0].count > 4, Self.isYear(tokens[0].prefix(4)),
            let year = Int(tokens[0].prefix(4))
        else { return nil }
        switch tokens[0].dropFirst(4) {
        case "q1": return ReportingPeriod(year: year, span: .quarter(1))
        case "q2": return ReportingPeriod(year: year, span: .quarter(2))
        case "q3": return ReportingPeriod(year: year, span: .quarter(3))
        case "q4": return ReportingPeriod(year: year, span: .quarter(4))
        case "h1": return ReportingPeriod(year: year, span: .half(1))
        case "h2": return ReportingPeriod(year: year, span: .half(2))
        case "9m": return ReportingPeriod(year: year, span: .nineMonths)
        default: return nil
        }
    }
}
