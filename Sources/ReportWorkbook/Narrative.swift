import Foundation
import ReportCore

/// The written report KHTH sends with the workbook, drafted from the report
/// model's own figures in the structure such reports take: I. results (the
/// targets of section III, then the tasks of section II with what each unit
/// reported), II. difficulties, III. proposals, IV. what comes next, and who
/// has not reported. Numbers and dates are written the Vietnamese way
/// (`581,4 triệu USD`, `29,07 %`, `ngày 14/03/2023`), rounded as the workbook
/// shows them. The «Báo cáo» sheet and the text file beside the workbook are
/// both this.
public struct Narrative: Sendable {
    public enum Style: Sendable, Hashable {
        case title, subtitle, heading, subheading, body, item
    }

    public struct Paragraph: Sendable, Hashable {
        public var style: Style
        public var text: String
    }

    public private(set) var paragraphs: [Paragraph] = []

    public init(report: ConsolidatedReport) {
        let period = report.period
        add(.title, "BÁO CÁO")
        add(
            .subtitle,
            "Kết quả thực hiện Kế hoạch số \(report.plan.number) \(Self.lowerFirst(report.plan.title)) — \(period.label)"
        )
        add(.subtitle, "(số liệu từ ngày \(report.window.lowerBound) đến ngày \(report.window.upperBound))")
        add(.heading, "I. KẾT QUẢ THỰC HIỆN")
        add(.subheading, "1. Các chỉ tiêu cụ thể (mục III của Kế hoạch)")
        for target in report.targets { add(.body, Self.sentence(target, report: report)) }
        add(.subheading, "2. Các nhiệm vụ (mục II của Kế hoạch)")
        for task in report.tasks { add(task.isSubItem ? .item : .body, Self.sentence(task)) }
        add(.heading, "II. KHÓ KHĂN, VƯỚNG MẮC")
        addReported(\.difficulties, in: report, none: "Các đơn vị chưa báo cáo khó khăn, vướng mắc trong kỳ.")
        add(.heading, "III. ĐỀ XUẤT, KIẾN NGHỊ")
        addReported(\.proposals, in: report, none: "Các đơn vị chưa có đề xuất, kiến nghị trong kỳ.")
        add(.heading, "IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI")
        // Overdue first, then by deadline, in the plan's order.
        let open = report.tasks.enumerated().filter { $0.element.isLeaf && $0.element.status != .done }
            .sorted { a, b in
                (a.element.timeliness == .late ? 0 : 1, a.element.due, a.offset)
                    < (b.element.timeliness == .late ? 0 : 1, b.element.due, b.offset)
            }
            .map(\.element)
        if open.isEmpty {
            add(.body, "Các nhiệm vụ của Kế hoạch đã hoàn thành.")
        } else {
            let overdue = open.filter { $0.timeliness == .late }.count
            add(
                .body,
                "Tiếp tục triển khai \(open.count) nhiệm vụ, mục chưa hoàn thành"
                    + (overdue > 0 ? ", trước hết \(overdue) nhiệm vụ, mục đã quá hạn:" : ":"))
            for task in open {
                let late = task.timeliness == .late ? "; đã quá hạn" : ""
                add(
                    .item,
                    "- \(task.task.code) \(Self.withoutFinalStop(task.task.text)) (chủ trì: \(task.task.lead); hạn \(task.due)\(late))."
                )
            }
        }
        add(.body, Self.reporting(report.tracker))
    }

    /// The paragraphs as plain text, a blank line between them, for pasting
    /// into the official document template.
    public var plainText: String {
        paragraphs.map(\.text).joined(separator: "\n\n") + "\n"
    }

    private mutating func add(_ style: Style, _ text: String) { paragraphs.append(Paragraph(style: style, text: text)) }

    /// What the units wrote under one heading (difficulties, proposals), each
    /// with its unit and task.
    private mutating func addReported(
        _ field: KeyPath<TaskLine.UnitReport, String>, in report: ConsolidatedReport, none: String
    ) {
        var seen: Set<String> = []
        var any = false
        for task in report.tasks {
            for unitReport in task.reports {
                let text = unitReport[keyPath: field].trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty, seen.insert("\(unitReport.unit)|\(text)").inserted else { continue }
                add(.item, "- \(unitReport.unit) (nhiệm vụ \(task.task.code)): \(Self.withFinalStop(text))")
                any = true
            }
        }
        if !any { add(.body, none) }
    }

    // MARK: Sentences

    static func sentence(_ summary: TargetSummary, report: ConsolidatedReport) -> String {
        let target = summary.target
        let status = Words.status(summary.status).lowercased()
        let elapsed = percent(report.elapsedShare, digits: 1)
        switch summary.detail {
        case .capital:
            return "\(target.code). \(withoutFinalStop(target.text)): "
                + fdiSentence(report.fdi, summary, report: report)
                + " Thời gian đã qua \(elapsed) năm kế hoạch; đánh giá: \(status)."
        case .zoneShare(let compliant, let total, let nonCompliant, let notReported):
            var text =
                "\(target.code). \(withoutFinalStop(target.text)): \(compliant)/\(total) KCN đạt, tỷ lệ \(percent(summary.yearToDate ?? 0)) (kế hoạch \(percent(summary.plan ?? 0)))"
            if !nonCompliant.isEmpty { text += "; chưa đạt: " + nonCompliant.map(\.name).joined(separator: ", ") }
            if !notReported.isEmpty { text += "; chưa báo cáo: " + notReported.map(\.name).joined(separator: ", ") }
            return text + ". Đánh giá: \(status)."
        case .milestone(let subject, let doneOn):
            let state = doneOn.map { "đã trình ngày \($0)" } ?? "chưa trình"
            return
                "\(target.code). \(withoutFinalStop(target.text)): \(subject.name) \(state) (hạn trước ngày \(target.deadline)). Đánh giá: \(status)."
        case .starts(let notStarted):
            let started = Int(summary.yearToDate ?? 0)
            var text =
                "\(target.code). \(withoutFinalStop(target.text)): đã khởi công \(started)/\(Int(summary.plan ?? 0)) dự án"
            if !notStarted.isEmpty { text += "; chưa khởi công: " + notStarted.map(\.name).joined(separator: ", ") }
            return text + ". Đánh giá: \(status)."
        }
    }

    /// "Lũy kế từ đầu năm đến ngày 14/03/2023, thu hút FDI đạt 581,4 triệu USD,
    /// bằng 29,07 % kế hoạch năm (2.000 triệu USD). Trong đó: cấp mới 5 dự án…"
    static func fdiSentence(_ fdi: FDISummary, _ summary: TargetSummary, report: ConsolidatedReport) -> String {
        var text =
            "lũy kế từ đầu năm đến ngày \(report.cutoff), thu hút FDI đạt \(million(fdi.yearToDate)) triệu USD, bằng \(percent(summary.shareOfPlan ?? 0)) kế hoạch năm (\(million(fdi.plan, digits: 0)) triệu USD)"
        if let change = report.yearOnYear?.yearToDate { text += ", " + Self.change(change) }
        text += "."
        if report.period.months.lowerBound > 1 {
            text += " Riêng \(report.period.label.lowercased()) đạt \(million(fdi.thisPeriod)) triệu USD"
            if let change = report.yearOnYear?.thisPeriod { text += ", " + Self.change(change) }
            text += "."
        }
        let parts = fdi.byEvent.filter { $0.events > 0 }.compactMap(eventPhrase)
        if !parts.isEmpty { text += " Trong đó: " + parts.joined(separator: "; ") + "." }
        let decreases = fdi.decreases.filter { $0.events > 0 }.compactMap(eventPhrase)
        if !decreases.isEmpty {
            text += " Ngoài ra " + decreases.joined(separator: "; ") + " (không tính vào vốn thu hút)."
        }
        if fdi.ddiYearToDate != 0 {
            text += " Vốn đầu tư trong nước đăng ký lũy kế đạt \(million(fdi.ddiYearToDate)) tỷ đồng."
        }
        return text
    }

    static func eventPhrase(_ line: FDISummary.Line) -> String? {
        guard let event = EventType(rawValue: line.label) else { return nil }
        let amount = million(abs(line.yearToDate))
        switch event {
        case .newCertificate: return "cấp mới \(line.events) dự án với tổng vốn đăng ký \(amount) triệu USD"
        case .capitalIncrease: return "điều chỉnh tăng vốn \(line.events) lượt dự án, tăng thêm \(amount) triệu USD"
        case .shareAcquisition: return "góp vốn, mua cổ phần \(line.events) lượt, \(amount) triệu USD"
        case .capitalDecrease: return "điều chỉnh giảm vốn \(line.events) lượt dự án, giảm \(amount) triệu USD"
        case .termination:
            return "chấm dứt hoạt động \(line.events) dự án" + (line.yearToDate == 0 ? "" : ", \(amount) triệu USD")
        }
    }

    /// The change from the same period of the previous year, as such reports
    /// say it: "tăng 12,3 %", "gấp 2,1 lần", "bằng 85 %" (of it).
    static func change(_ change: YearOnYear.Change) -> String {
        let ratio = change.ratio
        let against = "cùng kỳ năm \(change.year)"
        if ratio >= 2 {
            return "gấp \(VietnameseNumber.format(rounded(ratio, 1), maxFractionDigits: 1)) lần \(against)"
        }
        if ratio >= 1 { return "tăng \(percent(ratio - 1, digits: 1)) so với \(against)" }
        return "bằng \(percent(ratio, digits: 1)) so với \(against)"
    }

    static func sentence(_ task: TaskLine) -> String {
        let status = task.status.map { $0.rawValue.lowercased() } ?? "chưa có đơn vị báo cáo"
        let timeliness = task.timeliness.map { "; " + Words.timeliness($0).lowercased() } ?? ""
        var text =
            "\(task.isSubItem ? "- " : "")\(task.task.code). \(withoutFinalStop(task.task.text)) (chủ trì: \(task.task.lead); hạn \(task.due)): \(status)\(timeliness)."
        let results = task.reports.map { ($0.unit, $0.results.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.1.isEmpty }
        var seen: Set<String> = []
        for (unit, result) in results where seen.insert("\(unit)|\(result)").inserted {
            text += " \(unit): \(withFinalStop(result))"
        }
        return text
    }

    static func reporting(_ tracker: Tracker) -> String {
        let missing = tracker.units.filter { $0.missing > 0 }
        guard !missing.isEmpty else { return "Các đơn vị đã gửi đủ báo cáo phải nộp trong kỳ." }
        let named = missing.map { "\($0.unit.code) (\($0.missing) báo cáo)" }.joined(separator: ", ")
        return
            "Đã nhận \(tracker.received)/\(tracker.expected) báo cáo phải nộp (\(tracker.onTime) đúng hạn, \(tracker.late) trễ hạn); các đơn vị chưa gửi đủ báo cáo: \(named)."
    }

    // MARK: Numbers as the text writes them

    /// triệu USD with one decimal, as the workbook shows them: `581,4`, `2.000`.
    static func million(_ value: Double, digits: Int = 1) -> String { fixed(value, digits: digits) }

    /// A share as a percentage with two decimals: `29,07 %`.
    static func percent(_ share: Double, digits: Int = 2) -> String { fixed(share * 100, digits: digits) + " %" }

    static func rounded(_ value: Double, _ digits: Int) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }

    /// `value` with exactly `digits` decimals, Vietnamese style.
    static func fixed(_ value: Double, digits: Int) -> String {
        let text = VietnameseNumber.format(rounded(value, digits), maxFractionDigits: digits)
        guard digits > 0 else { return text }
        let decimals = text.split(separator: ",", maxSplits: 1).dropFirst().first?.count ?? 0
        return text + (decimals == 0 ? "," : "") + String(repeating: "0", count: digits - decimals)
    }

    static func lowerFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

    static func withoutFinalStop(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") || text.hasSuffix(";") { text.removeLast() }
        return text
    }

    static func withFinalStop(_ text: String) -> String {
        let text = withoutFinalStop(text)
        return text.hasSuffix("!") || text.hasSuffix("?") ? text : text + "."
    }
}
