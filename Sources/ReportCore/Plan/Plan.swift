/// The yearly plan as data (kế hoạch): who reports what, the tasks of section II,
/// the targets of section III, the zones, and the reporting calendar. Plan
/// 554/KH-BQL is the embedded default; an edited plan file replaces it.
public struct Plan: Sendable {
    public var document: PlanDocument
    public var calendar: ReportingCalendar
    public var units: [ReportingUnit]
    public var zones: [Zone]
    public var tasks: [PlanTask]
    public var targets: [Target]
    /// Last year's figures for the comparison with the same period
    /// ("so với cùng kỳ"), filled in by the officer; nil when not given.
    public var previousYear: PreviousYear?

    public var year: Int { document.year }

    /// Every task and sub-item, in plan order (II.1, II.1.a, II.1.b, …, II.2, …).
    public var allTaskItems: [PlanTask] { tasks.flatMap { [$0] + $0.subItems } }

    public func unit(code: String) -> ReportingUnit? { units.first { $0.code == code } }
    public func zone(code: String) -> Zone? { zones.first { $0.code == code } }
    public func task(code: String) -> PlanTask? { allTaskItems.first { $0.code == code } }
    public func target(code: String) -> Target? { targets.first { $0.code == code } }
    public func target(measuring measure: Target.Measure) -> Target? { targets.first { $0.measure == measure } }

    /// The operating industrial zones, which target III.2 counts.
    public var operatingIndustrialZones: [Zone] {
        zones.filter { $0.kind == .industrialZone && $0.state == .operating }
    }
}

/// The previous year's FDI attracted, month by month, as published — the
/// basis of "so với cùng kỳ" — and where the figures come from.
public struct PreviousYear: Sendable, Hashable {
    public var year: Int
    public var source: String
    /// FDI attracted in each month (triệu USD), from January; as many months as are known.
    public var fdiByMonth: [Double]

    /// FDI attracted over some months of that year; nil when a month is not known.
    public func fdi(in months: ClosedRange<Int>) -> Double? {
        guard months.upperBound <= fdiByMonth.count else { return nil }
        return months.reduce(0) { $0 + fdiByMonth[$1 - 1] }
    }
}

/// The plan document's identity and the official header block of the report.
public struct PlanDocument: Sendable {
    public var number: String
    public var issued: Day
    public var year: Int
    public var title: String
    public var parentAuthority: String
    public var authority: String
    public var department: String
    public var place: String
    public var recipients: [String]
    public var preparerTitle: String
    public var approverTitle: String
}

/// What a unit sends: the three submission kinds.
public enum SubmissionKind: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Tiến độ nhiệm vụ: progress on the tasks of section II.
    case taskProgress = "tien_do"
    /// Dự án đầu tư: one row per investment certificate event.
    case investment = "du_an"
    /// Chỉ tiêu: results behind targets III.2–III.4.
    case indicators = "chi_tieu"

    public var label: String {
        switch self {
        case .taskProgress: "Tiến độ nhiệm vụ"
        case .investment: "Dự án đầu tư"
        case .indicators: "Chỉ tiêu"
        }
    }

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// A unit of the Authority that reports to KHTH (đơn vị).
public struct ReportingUnit: Hashable, Sendable {
    public var code: String
    public var name: String
    public var group: String
    public var aliases: [String]
    /// Which reports the unit owes, for which kinds of period.
    public var duties: [SubmissionKind: Set<ReportingPeriod.Granularity>]

    /// Whether the unit owes a report of this kind for this period.
    public func owes(_ kind: SubmissionKind, for period: ReportingPeriod) -> Bool {
        duties[kind]?.contains(period.granularity) ?? false
    }
}

/// An economic zone (KKT) or industrial zone (KCN).
public struct Zone: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case economicZone = "KKT"
        case industrialZone = "KCN"
    }
    public enum State: String, Hashable, Sendable {
        case operating = "dang_hoat_dong"
        case underConstruction = "dang_xay_dung"
        case new = "thanh_lap_moi"

        public var label: String {
            switch self {
            case .operating: "Đang hoạt động"
            case .underConstruction: "Đang xây dựng"
            case .new: "Thành lập mới"
            }
        }
    }
    public var code: String
    public var name: String
    public var kind: Kind
    public var state: State
    public var aliases: [String]
}

/// A task of section II or one of its sub-items (nhiệm vụ, mục).
public struct PlanTask: Hashable, Sendable {
    public var code: String
    public var text: String
    public var lead: String
    public var deadline: Day
    public var zone: String?
    public var subItems: [PlanTask]
    /// The parent task's code for a sub-item.
    public var parent: String?
}

/// A target of section III (chỉ tiêu) and how it is measured from submitted rows.
public struct Target: Hashable, Sendable {
    public enum Measure: String, Hashable, Sendable, CaseIterable {
        /// FDI registered capital year to date, from certificate events (III.1).
        case fdiCapital = "von_fdi"
        /// Compliant operating KCN / operating KCN, from indicator rows (III.2).
        case compliantZoneShare = "ty_le_kcn_dat"
        /// A dossier submitted by a deadline (III.3).
        case milestone = "moc_hoan_thanh"
        /// Named projects whose construction has started (III.4).
        case projectStarts = "khoi_cong"
    }

    public var code: String
    public var text: String
    public var measure: Measure
    /// The planned value in `unitLabel` (2000 triệu USD, 100 %), for numeric targets.
    public var planValue: Double?
    public var unitLabel: String
    public var deadline: Day
    public var lead: String
    /// What indicator rows report on: the dossier of III.3, the projects of III.4.
    public var subjects: [Subject]
}

/// A thing a target counts: a dossier or a named project.
public struct Subject: Hashable, Sendable {
    public var code: String
    public var name: String
    public var aliases: [String]
    /// Distinctive words that identify it in free text (`pegatron`, `xuân cầu`).
    public var keywords: [String]
}
