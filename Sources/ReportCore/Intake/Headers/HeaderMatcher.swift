/// How a header row maps onto one kind's columns.
public struct HeaderMatch: Sendable {
    public let layout: KindLayout
    /// Field index of each column found.
    public var index = ColumnIndex()
    /// Headers that are not part of the template, by field index.
    public var unknown: [(index: Int, header: String)] = []
    /// A second header naming a column already found.
    public var duplicates: [(index: Int, header: String, column: Column)] = []
    /// A unit written in the capital header, e.g. `Vốn đăng ký (triệu USD)`.
    public var currencyInHeader: CurrencyUnit?
    public let headers: [String]

    /// Required columns not found; the unit column is not needed when the capital
    /// header carries the unit.
    public var missingRequired: [Column] {
        layout.required.filter { index[$0] == nil && !($0 == .currency && currencyInHeader != nil) }
    }
    public var missingOptional: [Column] { layout.optional.filter { index[$0] == nil && $0 != .sentDate } }
    public var matchedCount: Int { index.count }

    /// The header written in the file closest to a missing column, if any is close.
    public func closestHeader(to column: Column) -> String? {
        let unused = unknown.map(\.header)
        return TextKey.closest(to: column.header, among: unused)
            ?? column.aliases.lazy.compactMap { TextKey.closest(to: $0, among: unused) }.first
    }
}

/// Field positions by column, in an array: read for every field of every row.
public struct ColumnIndex: Sendable {
    private var positions = [Int?](repeating: nil, count: Column.allCases.count)
    public private(set) var count = 0

    public subscript(column: Column) -> Int? {
        get { positions[column.rawValue] }
        set {
            if positions[column.rawValue] == nil && newValue != nil { count += 1 }
            if positions[column.rawValue] != nil && newValue == nil { count -= 1 }
            positions[column.rawValue] = newValue
        }
    }
}

/// Recognises the kind of a submission from its header row.
public enum HeaderMatcher {
    /// The best kind for these headers, or nil when no kind's identifying column is there.
    public static func match(_ headers: [String]) -> HeaderMatch? {
        let keys = headers.map(TextKey.compact)
        return KindLayout.all.compactMap { match(headers, keys: keys, as: $0) }
            .filter { $0.index[$0.layout.identifying] != nil }
            .max { $0.matchedCount < $1.matchedCount }
    }

    /// How many template columns of any kind the row names: which row is the
    /// header. Each header is folded once, for all kinds.
    static func score(_ headers: [String]) -> Int {
        let keys = headers.map(TextKey.compact)
        // No kind can match a row naming none of the identifying columns.
        guard keys.contains(where: identifyingKeys.contains) else { return 0 }
        return KindLayout.all.compactMap { match(headers, keys: keys, as: $0) }
            .filter { $0.index[$0.layout.identifying] != nil }
            .map(\.matchedCount).max() ?? 0
    }

    /// The keys that name each kind's identifying column.
    static let identifyingKeys: Set<String> = Set(
        KindLayout.all.flatMap { layout in layout.keys(for: layout.identifying) })

    static func match(_ headers: [String], as layout: KindLayout) -> HeaderMatch? {
        match(headers, keys: headers.map(TextKey.compact), as: layout)
    }

    static func match(_ headers: [String], keys: [String], as layout: KindLayout) -> HeaderMatch? {
        var result = HeaderMatch(layout: layout, headers: headers)
        let keyToColumn = keyTables[layout.kind] ?? [:]
        for (index, header) in headers.enumerated() {
            let key = keys[index]
            if key.isEmpty { continue }
            var column = keyToColumn[key]
            if column == nil, layout.kind == .investment, let (found, unit) = capitalWithUnit(key) {
                column = found
                result.currencyInHeader = unit
            }
            guard let column else {
                if !IgnoredColumns.keys.contains(key) { result.unknown.append((index, header)) }
                continue
            }
            if result.index[column] != nil {
                result.duplicates.append((index, header, column))
            } else {
                result.index[column] = index
            }
        }
        return result
    }

    /// Each kind's header keys and the column each names, built once.
    static let keyTables: [SubmissionKind: [String: Column]] = Dictionary(
        uniqueKeysWithValues: KindLayout.all.map { layout in
            var table: [String: Column] = [:]
            for column in layout.columns {
                for key in layout.keys(for: column) where table[key] == nil { table[key] = column }
            }
            return (layout.kind, table)
        })

    static let capitalKeys = KindLayout.of(.investment).keys(for: .capital)

    /// `Vốn đăng ký (triệu USD)` → the capital column, in triệu USD.
    static func capitalWithUnit(_ key: String) -> (Column, CurrencyUnit)? {
        for prefix in capitalKeys where key.hasPrefix(prefix) && key.count > prefix.count {
            if let unit = CurrencyUnit(reading: String(key.dropFirst(prefix.count))) { return (.capital, unit) }
        }
        return nil
    }
}
