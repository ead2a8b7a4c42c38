/// A blank submission for one unit and one kind, as KHTH sends it out: the
/// columns intake reads, in the order it documents; a column that only helps
/// whoever fills it in (the wording of the task or target, which intake passes
/// over); the rows the plan already knows, with their codes filled in; and the
/// values each column accepts, for the workbook's drop-down lists.
public struct SubmissionTemplate: Sendable {
    public struct Field: Sendable {
        public enum Shape: Sendable { case text, date, number }
        public let header: String
        /// The column intake reads, or nil for a column it passes over.
        public let column: Column?
        public let shape: Shape
        /// The accepted values when they are a closed list.
        public let choices: [String]
        /// A short guide shown when the cell is selected.
        public let hint: String?
    }

    public let unit: ReportingUnit
    public let kind: SubmissionKind
    /// The periods the unit reports this kind for, in the plan's year.
    public let periods: [ReportingPeriod]
    public let fields: [Field]
    /// Rows known from the plan, one value per field (empty: to fill in).
    public let rows: [[String]]

    /// `QLDT_tien-do`: the unit and the kind, as submission files are named.
    public var fileStem: String { "\(unit.code)_\(kindSlug)" }
    /// `tien-do`, `du-an`, `chi-tieu`.
    public var kindSlug: String { kind.rawValue.replacingOccurrences(of: "_", with: "-") }

    /// One template per unit and kind the unit owes, in the plan's order.
    public static func all(for plan: Plan) -> [SubmissionTemplate] {
        plan.units.flatMap { unit in
            SubmissionKind.allCases.filter { unit.duties[$0]?.isEmpty == false }
                .map { SubmissionTemplate(plan: plan, unit: unit, kind: $0) }
        }
    }

    public init(plan: Plan, unit: ReportingUnit, kind: SubmissionKind) {
        self.unit = unit
        self.kind = kind
        periods = ReportingPeriod.Granularity.allCases.filter { unit.duties[kind]?.contains($0) ?? false }
            .flatMap { $0.periods(in: plan.year) }
        // Rows go item by item: a task's sub-items, not the task.
        let items = plan.tasks.flatMap { $0.subItems.isEmpty ? [$0] : $0.subItems }
        // The targets reported by rows, narrowed to those the unit leads (when it leads
        // any), so its lists offer only the codes, subjects and results it reports.
        let reported = plan.targets.filter { !IndicatorResult.choices(for: $0.measure).isEmpty }
        let led = reported.filter { $0.lead == unit.code }
        let targets = led.isEmpty ? reported : led
        var fields: [Field] = []
        for column in KindLayout.of(kind).templateOrder {
            fields.append(Self.field(column, plan: plan, unit: unit, periods: periods.map(\.label), targets: targets))
            switch column {
            case .task, .target:
                // Named as intake's passed-over columns are (see `IgnoredColumns`).
                fields.append(
                    Field(
                        header: column == .task ? "Nội dung nhiệm vụ" : "Nội dung chỉ tiêu", column: nil,
                        shape: .text, choices: [], hint: "Để đối chiếu; công cụ không đọc cột này."))
            default: break
            }
        }
        self.fields = fields
        // A row: the values of the columns intake reads, and the wording beside the code.
        func row(_ values: [Column: String], wording: String) -> [String] {
            fields.map { field in field.column.map { values[$0] ?? "" } ?? wording }
        }
        switch kind {
        case .taskProgress:
            rows = items.filter { $0.lead == unit.code }.map {
                row([.unit: unit.code, .task: $0.code], wording: $0.text)
            }
        case .indicators:
            rows = led.flatMap { target in
                Self.subjects(of: target, plan: plan).map {
                    row([.unit: unit.code, .target: target.code, .subject: $0], wording: target.text)
                }
            }
        case .investment:
            rows = []
        }
    }

    /// What a target's rows are about: the operating industrial zones for the
    /// zone share (III.2), the plan's named subjects otherwise.
    static func subjects(of target: Target, plan: Plan) -> [String] {
        target.measure == .compliantZoneShare ? plan.operatingIndustrialZones.map(\.name) : target.subjects.map(\.name)
    }

    private static func field(
        _ column: Column, plan: Plan, unit: ReportingUnit, periods: [String],
        targets: [Target]
    ) -> Field {
        let dateHint = "Ngày dạng ngày/tháng/năm, ví dụ 31/03/2023."
        let (shape, choices, hint): (Field.Shape, [String], String?) =
            switch column {
            case .unit: (.text, [unit.code], "Mã đơn vị: \(unit.code) (\(unit.name)).")
            case .period: (.text, periods, "Kỳ của báo cáo, ví dụ \(periods.first ?? "Quý I/\(plan.year)").")
            // Every code intake reads: a whole task too, though rows go item by item.
            case .task:
                (
                    .text, plan.allTaskItems.map(\.code),
                    "Mã nhiệm vụ theo Kế hoạch \(plan.document.number), ví dụ II.1.a."
                )
            case .status: (.text, TaskStatus.allCases.map(\.rawValue), "Chọn một tình trạng trong danh sách.")
            case .percent: (.number, [], "Số từ 0 đến 100.")
            case .event: (.text, EventType.allCases.map(\.rawValue), "Chọn loại biến động trong danh sách.")
            case .zone: (.text, plan.zones.map(\.name), "Khu kinh tế hoặc khu công nghiệp của dự án.")
            case .source: (.text, CapitalSource.allCases.map(\.rawValue), "FDI: vốn nước ngoài; DDI: vốn trong nước.")
            case .capital: (.number, [], "Vốn của lần cấp hoặc điều chỉnh này (phần tăng hoặc giảm).")
            case .currency:
                (
                    .text, CurrencyUnit.allCases.map(\.rawValue),
                    "FDI ghi USD hoặc triệu USD; DDI ghi đồng, triệu đồng hoặc tỷ đồng."
                )
            case .certificate: (.text, [], "Số Giấy chứng nhận đăng ký đầu tư, ghi đủ các chữ số.")
            case .target: (.text, targets.map(\.code), "Mã chỉ tiêu: \(targets.map(\.code).joined(separator: ", ")).")
            case .result:
                (
                    .text, targets.flatMap { IndicatorResult.choices(for: $0.measure) }.map(\.rawValue),
                    "Chọn kết quả trong danh sách."
                )
            case .subject:
                (.text, targets.flatMap { subjects(of: $0, plan: plan) }, "KCN, đề án hoặc dự án của chỉ tiêu.")
            case .due, .completed, .eventDate, .date, .sentDate: (.date, [], dateHint)
            case .results, .difficulties, .proposals, .project, .investor, .country, .note: (.text, [], nil)
            }
        return Field(header: column.header, column: column, shape: shape, choices: choices, hint: hint)
    }
}
