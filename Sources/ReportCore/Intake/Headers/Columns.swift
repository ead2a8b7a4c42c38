/// The columns of the three submission kinds: the contract with the units.
/// Header names match ignoring case, diacritics, spacing, `_` and punctuation;
/// the aliases are the other names units write.
public enum Column: Int, Hashable, Sendable, CaseIterable {
    // Shared
    case unit, period, sentDate
    // Task progress
    case task, status, percent, results, difficulties, proposals, due, completed
    // Investment
    case certificate, event, eventDate, project, investor, country, zone, source, capital, currency
    // Indicators
    case target, subject, result, date, note

    /// The header as the templates write it.
    public var header: String {
        switch self {
        case .unit: "Mã đơn vị"
        case .period: "Kỳ báo cáo"
        case .sentDate: "Ngày gửi"
        case .task: "Mã nhiệm vụ"
        case .status: "Tình trạng"
        case .percent: "Tỷ lệ hoàn thành (%)"
        case .results: "Kết quả thực hiện"
        case .difficulties: "Khó khăn, vướng mắc"
        case .proposals: "Đề xuất, kiến nghị"
        case .due: "Hạn hoàn thành"
        case .completed: "Ngày hoàn thành"
        case .certificate: "Số GCNĐKĐT"
        case .event: "Loại biến động"
        case .eventDate: "Ngày cấp"
        case .project: "Tên dự án"
        case .investor: "Nhà đầu tư"
        case .country: "Quốc gia/vùng lãnh thổ"
        case .zone: "Khu"
        case .source: "Nguồn vốn"
        case .capital: "Vốn đăng ký"
        case .currency: "Đơn vị tính"
        case .target: "Mã chỉ tiêu"
        case .subject: "Đối tượng"
        case .result: "Kết quả"
        case .date: "Ngày"
        case .note: "Ghi chú"
        }
    }

    var aliases: [String] {
        switch self {
        case .unit:
            [
                "ma dv", "don vi bao cao", "ma don vi bao cao", "ma phong", "ma don vi thuc hien", "don vi",
                "ten don vi",
                "don vi thuc hien", "phong", "phong ban",
            ]
        case .period: ["ky", "ky bc", "thoi ky", "ky bao cao thang quy nam"]
        case .sentDate: ["ngay bao cao", "ngay lap", "ngay gui bao cao", "ngay lap bao cao"]
        case .task: ["ma nv", "ma so nhiem vu", "so hieu nhiem vu", "ma nhiem vu giai phap"]
        case .status: ["trang thai", "tinh trang thuc hien", "tien do", "tinh hinh thuc hien"]
        case .percent:
            ["ty le hoan thanh", "ti le hoan thanh", "ty le", "phan tram hoan thanh", "ti le", "muc do hoan thanh"]
        case .results: ["ket qua", "ket qua dat duoc", "ket qua thuc hien nhiem vu"]
        case .difficulties: ["kho khan", "vuong mac", "kho khan vuong mac", "ton tai han che", "han che kho khan"]
        case .proposals: ["de xuat", "kien nghi", "kien nghi de xuat", "de xuat kien nghi giai phap"]
        case .due: ["han", "thoi han", "thoi han hoan thanh", "han xu ly"]
        case .completed: ["ngay xong", "ngay hoan thanh thuc te", "thoi gian hoan thanh"]
        case .certificate:
            [
                "so gcn", "gcndkdt", "so giay chung nhan", "so giay chung nhan dang ky dau tu", "so gcn dkdt",
                "ma so du an", "so gcndt",
            ]
        case .event: ["bien dong", "loai", "hinh thuc", "loai su kien", "noi dung bien dong"]
        case .eventDate: ["ngay cap gcn", "ngay cap dieu chinh", "ngay dieu chinh", "ngay cap gcndkdt"]
        case .project: ["du an", "ten du an dau tu"]
        case .investor: ["chu dau tu", "ten nha dau tu"]
        case .country:
            ["quoc gia", "quoc tich", "nuoc", "vung lanh tho", "quoc gia vung lanh tho dau tu", "nuoc dau tu"]
        case .zone: ["kcn", "khu cong nghiep", "kcn kkt", "dia diem", "khu kinh te khu cong nghiep", "ten khu"]
        case .source: ["loai von", "fdi ddi", "nguon von dau tu"]
        case .capital:
            ["von", "so von", "von dau tu", "von dang ky tang giam", "von dau tu dang ky", "tong von dau tu"]
        case .currency: ["dvt", "don vi tinh von"]
        case .target: ["ma ct", "chi tieu"]
        case .subject: ["ten doi tuong", "ten kcn", "doi tuong kcn du an"]
        case .result: ["ket qua thuc hien", "ket qua dat duoc"]
        case .date: ["ngay thuc hien", "ngay su kien", "ngay dat", "thoi gian"]
        case .note: ["ghi chu them"]
        }
    }
}

/// The columns a kind uses, which it requires, and which one identifies it.
public struct KindLayout: Sendable {
    public let kind: SubmissionKind
    /// The column only this kind has.
    public let identifying: Column
    public let required: [Column]
    public let optional: [Column]

    public var columns: [Column] { required + optional }

    public static let all: [KindLayout] = [
        KindLayout(
            kind: .taskProgress, identifying: .task,
            required: [.unit, .period, .task, .status],
            optional: [.percent, .results, .difficulties, .proposals, .due, .completed, .sentDate]),
        KindLayout(
            kind: .investment, identifying: .certificate,
            required: [.unit, .period, .certificate, .event, .eventDate, .zone, .source, .capital, .currency],
            optional: [.project, .investor, .country, .sentDate]),
        KindLayout(
            kind: .indicators, identifying: .target,
            required: [.unit, .period, .target, .subject, .result],
            optional: [.date, .note, .sentDate]),
    ]

    public static func of(_ kind: SubmissionKind) -> KindLayout { all.first { $0.kind == kind }! }

    /// The columns in the order the templates write them.
    public var templateOrder: [Column] {
        switch kind {
        case .taskProgress:
            [
                .unit, .period, .task, .status, .percent, .results, .difficulties, .proposals, .due, .completed,
                .sentDate,
            ]
        case .investment:
            [
                .unit, .period, .certificate, .event, .eventDate, .project, .investor, .country, .zone, .source,
                .capital, .currency, .sentDate,
            ]
        case .indicators: [.unit, .period, .target, .subject, .result, .date, .note, .sentDate]
        }
    }

    /// Header keys that name each column for this kind.
    func keys(for column: Column) -> [String] {
        var keys = [TextKey.compact(column.header)] + column.aliases.map(TextKey.compact)
        // In the investment layout "Ngày cấp" is the event date; the generic "Ngày" too.
        if kind == .investment && column == .eventDate { keys.append("ngay") }
        return keys
    }
}

/// Columns units add that carry nothing to read: no warning for them.
enum IgnoredColumns {
    static let keys: Set<String> = Set(
        [
            "stt", "tt", "so tt", "so thu tu", "ten nhiem vu", "noi dung nhiem vu", "noi dung", "ten don vi",
            "ten chi tieu", "noi dung chi tieu", "don vi chu tri", "ten phong", "nhiem vu", "don vi phoi hop",
        ].map(TextKey.compact))
}
