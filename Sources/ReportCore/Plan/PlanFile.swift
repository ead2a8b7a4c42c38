import Foundation
import Yams

/// A plan file that cannot be used, with the place and the fix, in Vietnamese.
public struct PlanFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }

    /// The problem as the run's other problems are told: rule `plan-invalid`, at its line and column.
    public var diagnostic: Diagnostic { Diagnostic(.planInvalid(message), file: file, line: line, column: column - 1) }
}

/// Reads a plan file (YAML, keys in unaccented Vietnamese) into a `Plan`.
///
/// YAML is the format because an officer can read and edit it in Notepad, it
/// carries comments explaining each part, and its parser gives the line and
/// column of every value, so every mistake is reported where it is. Unknown keys
/// are refused (a misspelt key must not be silently ignored), and every
/// reference — a lead unit, a zone — is checked.
public enum PlanFile {
    public static func parse(_ text: String, file: String = "kế hoạch") throws(PlanFileError) -> Plan {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlProblem(error, file: file)
        } catch {
            throw PlanFileError(file: file, line: 1, column: 1, message: "Không đọc được tệp kế hoạch: \(error)")
        }
        guard let root = composed else {
            throw PlanFileError(file: file, line: 1, column: 1, message: "Tệp kế hoạch trống.")
        }
        return try PlanNodeReader(file: file).plan(root)
    }

    static func yamlProblem(_ error: YamlError, file: String) -> PlanFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            let hint =
                problem.contains("tab")
                ? " Dùng dấu cách để thụt lề, không dùng phím Tab."
                : problem.contains("mapping values")
                    ? " Giá trị có dấu \":\" phải đặt trong ngoặc kép."
                    : " Kiểm tra thụt lề và dấu \":\" ở dòng này và dòng trên."
            return PlanFileError(
                file: file, line: mark.line, column: mark.column,
                message: "Tệp kế hoạch sai cú pháp YAML (\(problem)).\(hint)")
        default:
            return PlanFileError(file: file, line: 1, column: 1, message: "Tệp kế hoạch sai cú pháp YAML: \(error)")
        }
    }
}

extension PlanNodeReader {
    func plan(_ root: Node) throws(PlanFileError) -> Plan {
        let top = try mapping(
            root, "tệp kế hoạch",
            allowed: ["van_ban", "lich_bao_cao", "don_vi", "khu", "nhiem_vu", "chi_tieu", "cung_ky_nam_truoc"])
        let document = try self.document(try required(top, "van_ban", in: root, "Tệp kế hoạch"))
        let calendar = try self.calendar(top["lich_bao_cao"])
        var units: [ReportingUnit] = []
        var unitNodes: [String: Node] = [:]
        for node in try sequence(top["don_vi"], "don_vi", in: root) {
            let unit = try self.unit(node)
            guard unitNodes[unit.code] == nil else { throw fail(node, "Mã đơn vị \"\(unit.code)\" bị trùng.") }
            unitNodes[unit.code] = node
            units.append(unit)
        }
        var zones: [Zone] = []
        for node in try sequence(top["khu"], "khu", in: root) {
            let zone = try self.zone(node)
            guard !zones.contains(where: { $0.code == zone.code }) else {
                throw fail(node, "Mã khu \"\(zone.code)\" bị trùng.")
            }
            zones.append(zone)
        }
        let context = Context(units: Set(units.map(\.code)), zones: Set(zones.map(\.code)), year: document.year)
        var tasks: [PlanTask] = []
        for node in try sequence(top["nhiem_vu"], "nhiem_vu", in: root) {
            tasks.append(try task(node, parent: nil, context: context))
        }
        let codes = tasks.flatMap { [$0] + $0.subItems }.map(\.code)
        if let duplicate = Dictionary(grouping: codes, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw fail(top["nhiem_vu"], "Mã nhiệm vụ \"\(duplicate)\" bị trùng.")
        }
        var targets: [Target] = []
        for node in try sequence(top["chi_tieu"], "chi_tieu", in: root) {
            let target = try self.target(node, context: context)
            guard !targets.contains(where: { $0.code == target.code }) else {
                throw fail(node, "Mã chỉ tiêu \"\(target.code)\" bị trùng.")
            }
            targets.append(target)
        }
        if targets.contains(where: { $0.measure == .compliantZoneShare }),
            !zones.contains(where: { $0.kind == .industrialZone && $0.state == .operating })
        {
            throw fail(top["khu"], "Chỉ tiêu đo bằng ty_le_kcn_dat cần ít nhất một KCN có trang_thai: dang_hoat_dong.")
        }
        let previousYear = try top["cung_ky_nam_truoc"].map { node throws(PlanFileError) in
            try self.previousYear(node, planYear: document.year)
        }
        return Plan(
            document: document, calendar: calendar, units: units, zones: zones, tasks: tasks, targets: targets,
            previousYear: previousYear)
    }

    /// `cung_ky_nam_truoc`: last year's FDI month by month, in USD as published, and its source.
    func previousYear(_ node: Node, planYear: Int) throws(PlanFileError) -> PreviousYear {
        let f = try mapping(node, "cung_ky_nam_truoc", allowed: ["nam", "nguon", "fdi_theo_thang_usd"])
        let year = try integer(try required(f, "nam", in: node, "Mục cung_ky_nam_truoc"), "Năm", range: 2000...2100)
        guard year == planYear - 1 else {
            throw fail(f["nam"], "Năm của số liệu cùng kỳ phải là \(planYear - 1), năm trước năm kế hoạch.")
        }
        let source = try text(try required(f, "nguon", in: node, "Mục cung_ky_nam_truoc"), "Nguồn số liệu")
        let monthsNode = try required(f, "fdi_theo_thang_usd", in: node, "Mục cung_ky_nam_truoc")
        let months = try sequence(monthsNode, "fdi_theo_thang_usd", in: node)
        guard (1...12).contains(months.count) else {
            throw fail(
                monthsNode, "fdi_theo_thang_usd ghi vốn FDI thu hút từng tháng (USD), từ tháng 1, tối đa 12 tháng.")
        }
        var values: [Double] = []
        for item in months {
            let usd = try number(item, "Vốn FDI một tháng (USD)")
            guard usd >= 0 else { throw fail(item, "Vốn FDI một tháng không thể âm.") }
            values.append(usd / 1_000_000)
        }
        return PreviousYear(year: year, source: source, fdiByMonth: values)
    }

    struct Context {
        let units: Set<String>
        let zones: Set<String>
        let year: Int
    }

    func document(_ node: Node) throws(PlanFileError) -> PlanDocument {
        let f = try mapping(
            node, "van_ban",
            allowed: [
                "so", "ngay", "nam", "trich_yeu", "co_quan_cap_tren", "co_quan", "don_vi_tong_hop", "dia_danh",
                "noi_nhan", "nguoi_lap", "nguoi_duyet",
            ])
        func req(_ key: String) throws(PlanFileError) -> Node { try required(f, key, in: node, "Mục van_ban") }
        return PlanDocument(
            number: try text(req("so"), "Số văn bản"),
            issued: try day(req("ngay"), "Ngày ban hành"),
            year: try integer(req("nam"), "Năm kế hoạch", range: 2000...2100),
            title: try text(req("trich_yeu"), "Trích yếu"),
            parentAuthority: try text(req("co_quan_cap_tren"), "Cơ quan cấp trên"),
            authority: try text(req("co_quan"), "Cơ quan"),
            department: try text(req("don_vi_tong_hop"), "Đơn vị tổng hợp"),
            place: try text(req("dia_danh"), "Địa danh"),
            recipients: try texts(f["noi_nhan"], "Nơi nhận"),
            preparerTitle: try f["nguoi_lap"].map { node throws(PlanFileError) in try text(node, "Người lập") }
                ?? "NGƯỜI LẬP BIỂU",
            approverTitle: try f["nguoi_duyet"].map { node throws(PlanFileError) in try text(node, "Người duyệt") }
                ?? "THỦ TRƯỞNG ĐƠN VỊ")
    }

    func calendar(_ node: Node?) throws(PlanFileError) -> ReportingCalendar {
        guard let node else { return ReportingCalendar() }
        let f = try mapping(node, "lich_bao_cao", allowed: ["khung_so_lieu", "han_nop_ngay_lam_viec", "ngay_nghi"])
        var calendar = ReportingCalendar()
        if let windows = f["khung_so_lieu"] {
            calendar.windows = try choice(
                windows, "Khung số liệu", as: ReportingCalendar.Windows.self,
                options: [.decree09, .calendarMonths])
        }
        if let days = f["han_nop_ngay_lam_viec"] {
            calendar.deadlineWorkingDays = try integer(days, "Hạn nộp (ngày làm việc)", range: 1...60)
        }
        if let holidays = f["ngay_nghi"] {
            let h = try mapping(holidays, "ngay_nghi", allowed: ["nguon", "ngay", "lam_bu"])
            calendar.holidaySource = try h["nguon"].map { node throws(PlanFileError) in try text(node, "Nguồn") }
            calendar.holidays = try days(h["ngay"], "Ngày nghỉ")
            calendar.workingWeekendDays = try days(h["lam_bu"], "Ngày làm bù")
            for day in calendar.workingWeekendDays where !day.isWeekend {
                throw fail(h["lam_bu"], "Ngày làm bù \(day) không phải thứ Bảy hay Chủ nhật.")
            }
        }
        return calendar
    }

    /// Days written one by one or as ranges: `20/01/2023` or `20/01/2023 - 26/01/2023`.
    func days(_ node: Node?, _ what: String) throws(PlanFileError) -> Set<Day> {
        guard let node else { return [] }
        guard let items = node.sequence else {
            throw fail(node, "\(what) phải là danh sách các ngày, mỗi dòng bắt đầu bằng \"- \" (hoặc [] nếu không có).")
        }
        var result: Set<Day> = []
        for item in items {
            let value = try text(item, what)
            let parts = value.components(separatedBy: CharacterSet(charactersIn: "-–")).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count <= 2, let first = DateReading.parseDay(parts[0]),
                let last = parts.count == 2 ? DateReading.parseDay(parts[1]) : first, first <= last,
                last.ordinal - first.ordinal < 60
            else {
                throw fail(
                    item,
                    "\(what) \"\(value)\" không đọc được. Viết một ngày dd/mm/yyyy hoặc một khoảng, ví dụ 20/01/2023 - 26/01/2023."
                )
            }
            for ordinal in first.ordinal...last.ordinal { result.insert(Day(ordinal: ordinal)) }
        }
        return result
    }

    func unit(_ node: Node) throws(PlanFileError) -> ReportingUnit {
        let f = try mapping(node, "đơn vị", allowed: ["ma", "ten", "nhom", "ten_khac", "bao_cao"])
        let code = try text(try required(f, "ma", in: node, "Đơn vị"), "Mã đơn vị")
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw fail(f["ma"], "Mã đơn vị \"\(code)\" chỉ gồm chữ không dấu và số, ví dụ QLDT.")
        }
        var duties: [SubmissionKind: Set<ReportingPeriod.Granularity>] = [:]
        if let reports = f["bao_cao"] {
            guard let mapping = reports.mapping else {
                throw fail(
                    reports, "\"bao_cao\" phải là nhóm dạng  tien_do: [thang, quy] (hoặc {} nếu không phải báo cáo).")
            }
            for (kindNode, periodsNode) in mapping {
                let kind = try choice(
                    kindNode, "Loại báo cáo", as: SubmissionKind.self, options: SubmissionKind.allCases)
                var set = Set<ReportingPeriod.Granularity>()
                guard let items = periodsNode.sequence else {
                    throw fail(periodsNode, "Các kỳ của \(kind.rawValue) phải là danh sách, ví dụ [thang, quy, nam].")
                }
                for item in items {
                    set.insert(
                        try choice(
                            item, "Kỳ báo cáo", as: ReportingPeriod.Granularity.self,
                            options: ReportingPeriod.Granularity.allCases))
                }
                duties[kind] = set
            }
        }
        return ReportingUnit(
            code: code.uppercased(), name: try text(try required(f, "ten", in: node, "Đơn vị \(code)"), "Tên đơn vị"),
            group: try f["nhom"].map { n throws(PlanFileError) in try text(n, "Nhóm") } ?? "",
            aliases: try texts(f["ten_khac"], "Tên khác"), duties: duties)
    }

    func zone(_ node: Node) throws(PlanFileError) -> Zone {
        let f = try mapping(node, "khu", allowed: ["ma", "ten", "loai", "trang_thai", "ten_khac"])
        let code = try text(try required(f, "ma", in: node, "Khu"), "Mã khu")
        return Zone(
            code: code, name: try text(try required(f, "ten", in: node, "Khu \(code)"), "Tên khu"),
            kind: try choice(
                try required(f, "loai", in: node, "Khu \(code)"), "Loại khu", as: Zone.Kind.self,
                options: [.economicZone, .industrialZone]),
            state: try choice(
                try required(f, "trang_thai", in: node, "Khu \(code)"), "Trạng thái khu",
                as: Zone.State.self, options: [.operating, .underConstruction, .new]),
            aliases: try texts(f["ten_khac"], "Tên khác"))
    }

    func task(_ node: Node, parent: PlanTask?, context: Context) throws(PlanFileError) -> PlanTask {
        let f = try mapping(node, "nhiệm vụ", allowed: ["ma", "noi_dung", "chu_tri", "han", "khu", "muc"])
        let code = try text(try required(f, "ma", in: node, "Nhiệm vụ"), "Mã nhiệm vụ")
        guard let parsed = TaskCode.parse(code), parsed == code else {
            throw fail(f["ma"], "Mã nhiệm vụ \"\(code)\" phải có dạng II.1 hoặc II.1.a.")
        }
        if let parent, !code.hasPrefix(parent.code + ".") {
            throw fail(f["ma"], "Mục \"\(code)\" phải bắt đầu bằng mã nhiệm vụ cha \(parent.code).")
        }
        let leadNode = f["chu_tri"]
        let lead: String
        if let leadNode {
            lead = try text(leadNode, "Đơn vị chủ trì").uppercased()
            guard context.units.contains(lead) else {
                throw fail(leadNode, "Đơn vị chủ trì \"\(lead)\" không có trong danh sách don_vi.")
            }
        } else if let parent {
            lead = parent.lead
        } else {
            throw fail(node, "Nhiệm vụ \(code) thiếu mục \"chu_tri\" (đơn vị chủ trì).")
        }
        let deadline =
            try f["han"].map { n throws(PlanFileError) in try day(n, "Hạn") }
            ?? parent?.deadline ?? Day(year: context.year, month: 12, day: 31)!
        var zone: String?
        if let zoneNode = f["khu"] {
            let value = try text(zoneNode, "Khu")
            guard context.zones.contains(value) else {
                throw fail(zoneNode, "Mã khu \"\(value)\" không có trong danh sách khu.")
            }
            zone = value
        }
        var task = PlanTask(
            code: code, text: try text(try required(f, "noi_dung", in: node, "Nhiệm vụ \(code)"), "Nội dung"),
            lead: lead, deadline: deadline, zone: zone, subItems: [], parent: parent?.code)
        if let items = f["muc"] {
            guard parent == nil else { throw fail(items, "Mục con \(code) không được có mục con nữa.") }
            for item in try sequence(items, "muc", in: node) {
                task.subItems.append(try self.task(item, parent: task, context: context))
            }
        }
        return task
    }

    func target(_ node: Node, context: Context) throws(PlanFileError) -> Target {
        let f = try mapping(
            node, "chỉ tiêu",
            allowed: [
                "ma", "noi_dung", "cach_do", "ke_hoach", "don_vi_tinh", "han", "chu_tri", "doi_tuong",
            ])
        let code = try text(try required(f, "ma", in: node, "Chỉ tiêu"), "Mã chỉ tiêu")
        guard TargetCode.parse(code) == code else { throw fail(f["ma"], "Mã chỉ tiêu \"\(code)\" phải có dạng III.1.") }
        let measure = try choice(
            try required(f, "cach_do", in: node, "Chỉ tiêu \(code)"), "Cách đo",
            as: Target.Measure.self, options: Target.Measure.allCases)
        let leadNode = try required(f, "chu_tri", in: node, "Chỉ tiêu \(code)")
        let lead = try text(leadNode, "Đơn vị chủ trì").uppercased()
        guard context.units.contains(lead) else {
            throw fail(leadNode, "Đơn vị chủ trì \"\(lead)\" không có trong danh sách don_vi.")
        }
        var planValue: Double?
        if let value = f["ke_hoach"] { planValue = try number(value, "Kế hoạch") }
        if [.fdiCapital, .compliantZoneShare].contains(measure), planValue == nil || planValue! <= 0 {
            throw fail(
                f["ke_hoach"] ?? node, "Chỉ tiêu \(code) (\(measure.rawValue)) cần mục \"ke_hoach\" là số dương.")
        }
        var subjects: [Subject] = []
        if let list = f["doi_tuong"] {
            for item in try sequence(list, "doi_tuong", in: node) {
                let s = try mapping(item, "đối tượng", allowed: ["ma", "ten", "ten_khac", "tu_khoa"])
                subjects.append(
                    Subject(
                        code: try text(try required(s, "ma", in: item, "Đối tượng"), "Mã đối tượng"),
                        name: try text(try required(s, "ten", in: item, "Đối tượng"), "Tên đối tượng"),
                        aliases: try texts(s["ten_khac"], "Tên khác"), keywords: try texts(s["tu_khoa"], "Từ khóa")))
            }
        }
        if [.milestone, .projectStarts].contains(measure) && subjects.isEmpty {
            throw fail(node, "Chỉ tiêu \(code) (\(measure.rawValue)) cần danh sách \"doi_tuong\".")
        }
        return Target(
            code: code, text: try text(try required(f, "noi_dung", in: node, "Chỉ tiêu \(code)"), "Nội dung"),
            measure: measure, planValue: planValue,
            unitLabel: try f["don_vi_tinh"].map { n throws(PlanFileError) in try text(n, "Đơn vị tính") } ?? "",
            deadline: try day(try required(f, "han", in: node, "Chỉ tiêu \(code)"), "Hạn"), lead: lead,
            subjects: subjects)
    }
}
