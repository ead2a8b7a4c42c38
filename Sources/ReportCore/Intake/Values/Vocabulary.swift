/// The closed lists units choose from, read ignoring case, diacritics and spacing.

/// Tình trạng of a task.
public enum TaskStatus: String, Hashable, Sendable, CaseIterable, Comparable, ClosedList {
    case notStarted = "Chưa triển khai"
    case inProgress = "Đang triển khai"
    case done = "Hoàn thành"
    case paused = "Tạm dừng"

    public static let aliases: [String: TaskStatus] = Vocabulary.index([
        .notStarted: ["chua trien khai", "chua thuc hien", "chua bat dau"],
        .inProgress: ["dang trien khai", "dang thuc hien", "dang lam", "dang tien hanh", "dang trien khai thuc hien"],
        .done: ["hoan thanh", "da hoan thanh", "xong", "da xong", "hoan thanh 100%", "da hoan thanh 100%"],
        .paused: ["tam dung", "tam ngung", "dung", "ngung", "dung thuc hien", "ngung thuc hien"],
    ])

    /// The status a unit wrote, also when words of timing, manner or extent
    /// follow it — `Hoàn thành đúng hạn`, `Tạm dừng thực hiện`, `Đang triển khai
    /// (đạt 50%)`: they do not change which status it is (timeliness comes from
    /// the dates). The status itself must be two words or more, so `Đúng hạn`
    /// is never read as `dừng`.
    public init?(reading text: String) {
        guard let value = Self.key(for: text).flatMap({ Self.aliases[$0] }) else { return nil }
        self = value
    }

    /// The alias `text` is read by: the whole text, else its head before qualifiers.
    public static func key(for text: String) -> String? {
        let whole = TextKey.compact(text)
        if aliases[whole] != nil { return whole }
        let words = TextKey.words(text).split(separator: " ").map(String.init)
        for length in stride(from: words.count - 1, through: 2, by: -1) where Self.areQualifiers(words[length...]) {
            let head = words[..<length].joined()
            if aliases[head] != nil { return head }
        }
        return nil
    }

    /// Phrases (diacritics folded) that say when, how or how far, never which
    /// status; the longest first, so `chậm tiến độ` is one phrase, not `chậm` and more.
    static let qualifiers: [[String]] = [
        "dung han", "truoc han", "qua han", "tre han", "cham", "cham tien do", "dung tien do", "theo ke hoach",
        "thuc hien", "trien khai", "dat",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Whether the words are qualifier phrases and numbers, one after another.
    static func areQualifiers(_ words: ArraySlice<String>) -> Bool {
        var rest = words
        while let first = rest.first {
            if first.allSatisfy(\.isNumber) {
                rest = rest.dropFirst()
            } else if let phrase = qualifiers.first(where: { rest.starts(with: $0) }) {
                rest = rest.dropFirst(phrase.count)
            } else {
                return false
            }
        }
        return true
    }

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// Loại biến động of an investment certificate.
public enum EventType: String, Hashable, Sendable, CaseIterable, ClosedList {
    case newCertificate = "Cấp mới"
    case capitalIncrease = "Điều chỉnh tăng vốn"
    case shareAcquisition = "Góp vốn, mua cổ phần"
    case capitalDecrease = "Điều chỉnh giảm vốn"
    case termination = "Chấm dứt"

    /// Counts towards FDI attracted (the national definition).
    public var countsAsAttracted: Bool { [.newCertificate, .capitalIncrease, .shareAcquisition].contains(self) }

    public static let aliases: [String: EventType] = Vocabulary.index([
        .newCertificate: [
            "cap moi", "cap moi gcndkdt", "cap gcndkdt", "moi", "du an moi", "cap moi du an", "cap lan dau",
            "cap moi giay chung nhan dang ky dau tu",
        ],
        .capitalIncrease: [
            "dieu chinh tang von", "tang von", "dieu chinh tang", "dc tang von", "bo sung von",
            "cap dieu chinh tang von",
            "dieu chinh tang von dau tu", "tang von dau tu", "dc tang von dau tu",
        ],
        .shareAcquisition: [
            "gop von mua co phan", "gop von", "mua co phan", "gvmcp", "gop von mua co phan phan von gop",
            "gop von mua co phan mua phan von gop",
        ],
        .capitalDecrease: [
            "dieu chinh giam von", "giam von", "dieu chinh giam", "dc giam von", "dieu chinh giam von dau tu",
            "giam von dau tu", "dc giam von dau tu", "cap dieu chinh giam von",
        ],
        .termination: ["cham dut", "cham dut hoat dong", "thu hoi", "cham dut du an", "thu hoi gcndkdt"],
    ])

    /// The event a unit wrote, also when it names the certificate, the project or
    /// the investment along with it (`Cấp GCNĐKĐT lần đầu`, `Điều chỉnh GCNĐKĐT -
    /// tăng vốn`, `Chấm dứt hoạt động dự án`): those words do not change the event.
    public init?(reading text: String) {
        guard let value = Self.key(for: text).flatMap({ Self.aliases[$0] }) else { return nil }
        self = value
    }

    /// The alias `text` is read by: the whole text, else the text without the fillers.
    public static func key(for text: String) -> String? {
        let whole = TextKey.compact(text)
        if aliases[whole] != nil { return whole }
        var words = TextKey.words(text).split(separator: " ").map(String.init)
        for filler in Self.fillers {
            while let start = words.firstRange(of: filler) { words.removeSubrange(start) }
        }
        let rest = words.joined()
        return aliases[rest] != nil ? rest : nil
    }

    /// Words (diacritics folded) naming what the event is about, the longest first.
    static let fillers: [[String]] = [
        "giay chung nhan dang ky dau tu", "gcndkdt", "gcn dkdt", "gcn", "du an", "dau tu", "hoat dong",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
}

/// Nguồn vốn: foreign or domestic investment.
public enum CapitalSource: String, Hashable, Sendable, CaseIterable, ClosedList {
    case fdi = "FDI"
    case ddi = "DDI"

    public static let aliases: [String: CapitalSource] = Vocabulary.index([
        .fdi: ["fdi", "dtnn", "dau tu nuoc ngoai", "nuoc ngoai", "von nuoc ngoai", "von fdi"],
        .ddi: ["ddi", "dttn", "dau tu trong nuoc", "trong nuoc", "von trong nuoc", "von ddi"],
    ])
}

/// Kết quả of an indicator row, per target measure.
public enum IndicatorResult: String, Hashable, Sendable, CaseIterable {
    // III.2
    case compliant = "Đạt"
    case nonCompliant = "Không đạt"
    case noTreatmentPlant = "Chưa có HTXLNT"
    // III.3
    case submitted = "Đã trình"
    case notSubmitted = "Chưa trình"
    // III.4
    case started = "Đã khởi công"
    case notStarted = "Chưa khởi công"

    /// The results a target of this measure takes.
    public static func choices(for measure: Target.Measure) -> [IndicatorResult] {
        switch measure {
        case .compliantZoneShare: [.compliant, .nonCompliant, .noTreatmentPlant]
        case .milestone: [.submitted, .notSubmitted]
        case .projectStarts: [.started, .notStarted]
        case .fdiCapital: []
        }
    }

    /// Whether the result says the thing happened (and so needs its date).
    public var isAchieved: Bool { [.compliant, .submitted, .started].contains(self) }

    static let aliases: [String: IndicatorResult] = Vocabulary.index([
        .compliant: ["dat", "dat chuan", "dat tieu chuan", "dat qcvn"],
        .nonCompliant: ["khong dat", "chua dat", "khong dat chuan"],
        .noTreatmentPlant: [
            "chua co htxlnt", "chua co he thong xlnt", "chua co he thong xu ly nuoc thai",
            "chua co xlnt", "chua co", "chua co htxlnt tap trung", "chua co he thong xlnt tap trung",
            "chua co he thong xu ly nuoc thai tap trung", "chua co htxlntt", "chua co htxlnttt",
        ],
        .submitted: [
            "da trinh", "trinh", "da trinh hdnd", "da trinh hdnd thanh pho", "da trinh hdnd tp",
            "da trinh hoi dong nhan dan thanh pho",
        ],
        .notSubmitted: ["chua trinh"],
        .started: ["da khoi cong", "khoi cong", "da khoi cong xay dung"],
        .notStarted: ["chua khoi cong", "dang chuan bi khoi cong", "chuan bi khoi cong"],
    ])

    /// The result a unit wrote; a closing remark in brackets — the standard met,
    /// the date (`Đạt (QCVN 40:2011/BTNMT)`, `Đã khởi công (10/03/2023)`) — is set aside.
    public init?(reading text: String, measure: Target.Measure) {
        guard let value = Self.key(for: text).flatMap({ Self.aliases[$0] }), Self.choices(for: measure).contains(value)
        else { return nil }
        self = value
    }

    /// The alias `text` is read by: the whole text, else the text before its closing remark.
    public static func key(for text: String) -> String? {
        var key = TextKey.compact(text)
        if aliases[key] == nil, let before = text.beforeClosingRemark { key = TextKey.compact(before) }
        return aliases[key] != nil ? key : nil
    }
}

/// A list read by its names and aliases, ignoring case, diacritics and spacing.
public protocol ClosedList: RawRepresentable where RawValue == String {
    static var aliases: [String: Self] { get }
}

extension ClosedList {
    public init?(reading text: String) {
        guard let value = Self.key(for: text).flatMap({ Self.aliases[$0] }) else { return nil }
        self = value
    }

    /// The alias `text` is read by (case, diacritics and spacing aside).
    public static func key(for text: String) -> String? {
        let key = TextKey.compact(text)
        return aliases[key] != nil ? key : nil
    }
}

/// A value read from a closed list, and whether the unit wrote it as the list
/// does: a value written another way (`Xong` for «Hoàn thành») is accepted and
/// the unit told, once a file, what it was read as.
public struct ListReading<Value: Sendable & RawRepresentable>: Sendable where Value.RawValue == String {
    public let value: Value
    public let asListed: Bool

    /// Read through the alias `key` matched: as listed when that alias is the entry's own name.
    init?(key: String?, aliases: [String: Value]) {
        guard let key, let value = aliases[key] else { return nil }
        self.value = value
        asListed = key == TextKey.compact(value.rawValue)
    }
}

enum Vocabulary {
    static func index<T>(_ table: [T: [String]]) -> [String: T] where T: RawRepresentable, T.RawValue == String {
        var result: [String: T] = [:]
        for (value, names) in table {
            result[TextKey.compact(value.rawValue)] = value
            for name in names { result[TextKey.compact(name)] = value }
        }
        return result
    }
}
