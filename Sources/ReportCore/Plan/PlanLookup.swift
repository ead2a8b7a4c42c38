import Foundation

/// Finding plan entries from what units type: codes, official names, the short
/// names in use — ignoring case, diacritics, spacing and punctuation.
/// A class: one shared lookup, read by every row of every file without copying its tables.
public final class PlanLookup: Sendable {
    public let plan: Plan
    private let unitsByKey: [String: ReportingUnit]
    private let zonesByKey: [String: Zone]
    private let tasksByCode: [String: PlanTask]
    private let targetsByCode: [String: Target]

    public init(plan: Plan) {
        self.plan = plan
        var units: [String: ReportingUnit] = [:]
        for unit in plan.units {
            for key in [unit.code, unit.name] + unit.aliases { units[UnitCode.normalize(key)] = unit }
        }
        unitsByKey = units
        var zones: [String: Zone] = [:]
        for zone in plan.zones {
            for name in [zone.code, zone.name] + zone.aliases { zones[Self.zoneKey(name)] = zone }
        }
        zonesByKey = zones
        tasksByCode = Dictionary(plan.allTaskItems.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        targetsByCode = Dictionary(plan.targets.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A unit by its code, name or other name — also with "Phòng" or "P." before
    /// the code (`P. QLDT`), as units often write their own.
    public func unit(_ text: String) -> ReportingUnit? {
        let key = UnitCode.normalize(text)
        if let unit = unitsByKey[key] { return unit }
        for prefix in ["PHONG", "P"] where key.hasPrefix(prefix) {
            let code = String(key.dropFirst(prefix.count))
            if let unit = unitsByKey[code], unit.code == code { return unit }
        }
        return nil
    }
    public func task(_ text: String) -> PlanTask? { TaskCode.parse(text).flatMap { tasksByCode[$0] } }
    public func target(_ text: String) -> Target? { TargetCode.parse(text).flatMap { targetsByCode[$0] } }
    /// The zone a unit names; a remark in brackets closing the name that is not
    /// part of any zone's name (`KCN Đình Vũ (Deep C I)`) is set aside.
    public func zone(_ text: String) -> Zone? {
        if let zone = zonesByKey[Self.zoneKey(text)] { return zone }
        return text.beforeClosingRemark.flatMap { zonesByKey[Self.zoneKey($0)] }
    }

    /// The subject of a target a unit names: by name or short name, else by the
    /// one subject whose keyword the text contains. A target with a single
    /// subject takes an empty name as that subject.
    public func subject(_ text: String, of target: Target) -> Subject? {
        let key = TextKey.compact(text)
        if key.isEmpty { return target.subjects.count == 1 ? target.subjects[0] : nil }
        if let exact = target.subjects.first(where: { s in
            ([s.code, s.name] + s.aliases).contains { TextKey.compact($0) == key }
        }) {
            return exact
        }
        let words = " " + TextKey.words(text) + " "
        let matches = target.subjects.filter { subject in
            subject.keywords.contains { words.contains(" " + TextKey.words($0) + " ") }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Zone names compared without their kind word and the city: `KCN VSIP`,
    /// `Khu công nghiệp VSIP Hải Phòng` and `vsip` are one key; `(khu 1)` = `khu 1`.
    static func zoneKey(_ text: some StringProtocol) -> String {
        var words = " " + TextKey.words(text) + " "
        for (long, short) in [(" khu cong nghiep ", " kcn "), (" khu kinh te ", " kkt ")] {
            words = words.replacingOccurrences(of: long, with: short)
        }
        var tokens = words.split(separator: " ").map(String.init)
        if let first = tokens.first, ["kcn", "kkt"].contains(first), tokens.count > 1 { tokens.removeFirst() }
        if tokens.count > 2, tokens.suffix(2) == ["hai", "phong"] { tokens.removeLast(2) }
        return tokens.joined()
    }

    public var unitCodes: [String] { plan.units.map(\.code) }
    public var zoneNames: [String] { plan.zones.map(\.name) }
}
