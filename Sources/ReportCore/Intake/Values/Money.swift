/// Đơn vị tính of registered capital, and how to read an amount with its unit.
public enum CurrencyUnit: String, Hashable, Sendable, CaseIterable {
    case usd = "USD"
    case millionUSD = "triệu USD"
    case vnd = "đồng"
    case millionVND = "triệu đồng"
    case billionVND = "tỷ đồng"

    public var isUSD: Bool { self == .usd || self == .millionUSD }

    /// Multiplier to USD or to đồng.
    public var factor: Double {
        switch self {
        case .usd, .vnd: 1
        case .millionUSD, .millionVND: 1_000_000
        case .billionVND: 1_000_000_000
        }
    }

    static let aliases: [String: CurrencyUnit] = [
        "usd": .usd, "us": .usd, "dola": .usd, "dollar": .usd, "dolamy": .usd, "usdollar": .usd, "do": .usd,
        "trieuusd": .millionUSD, "trusd": .millionUSD, "tusd": .millionUSD, "musd": .millionUSD,
        "millionusd": .millionUSD, "trieudola": .millionUSD, "trieudo": .millionUSD, "trieudolamy": .millionUSD,
        "usdtrieu": .millionUSD,
        "dong": .vnd, "vnd": .vnd, "d": .vnd, "vnđ": .vnd,
        "trieudong": .millionVND, "trdong": .millionVND, "trieuvnd": .millionVND,
        "trvnd": .millionVND, "trd": .millionVND,
        "tydong": .billionVND, "ty": .billionVND, "tyvnd": .billionVND, "tidong": .billionVND, "ti": .billionVND,
        "tyd": .billionVND, "tivnd": .billionVND,
    ]

    public init?(reading text: String) {
        let key = TextKey.compact(
            text.replacingOccurrences(of: "₫", with: "đ").replacingOccurrences(of: "$", with: "usd"))
        guard let unit = Self.aliases[key] else { return nil }
        self = unit
    }

    /// Splits `1,5 triệu USD`, `$1,500,000`, `120 tỷ đồng`, `2.000.000 ₫` into the
    /// number text and the unit written with it (nil when only a number).
    /// Returns nil when the text has words that are not a currency unit.
    public static func split(_ text: String) -> (number: Substring, unit: CurrencyUnit?)? {
        // Most cells are a bare number: nothing to split.
        if let last = text.utf8.last, (0x30...0x39).contains(last), let first = text.utf8.first, first != 0x24,
            first != 0x55
        {
            return (Substring(text), nil)
        }
        var value = Substring(text).trimmingSpacesAndNBSP
        var unit: CurrencyUnit?
        for prefix in ["US$", "$"] where value.hasPrefix(prefix) {
            value = value.dropFirst(prefix.count).trimmingSpacesAndNBSP
            unit = .usd
        }
        guard let lastDigit = value.lastIndex(where: { $0.isNumber }) else { return nil }
        let tail = value[value.index(after: lastDigit)...].trimmingSpacesAndNBSP
        let number = value[...lastDigit]
        if tail.isEmpty || tail == ")" { return (tail.isEmpty ? number : value, unit) }
        guard let written = CurrencyUnit(reading: String(tail)) else { return nil }
        if let unit, unit != written { return nil }
        return (number, written)
    }
}
