/// How a file writes its numbers: Vietnamese (`2.000.000`, `1,5`) or English
/// (`2,000,000`, `1.5`). A value like `1.500` reads either way; the file decides.
public enum NumberStyle: Hashable, Sendable {
    case vietnamese
    case english
}

/// A number as written, before the file's style is known.
public enum NumberReading: Hashable, Sendable {
    /// Reads the same in both styles (`1500`, `2.000.000`, `1,5`, `0.75`).
    case exact(Double, evidence: NumberStyle?)
    /// `1.500` or `1,500`: 1500 in one style, 1.5 in the other.
    case ambiguous(vietnamese: Double, english: Double)
    case invalid

    /// Reads digits with `.` `,` or spaces as separators, a leading sign or
    /// accounting parentheses. Groups of three are required wherever a separator
    /// groups thousands: `1.23.4` and `1,2,3` are invalid, not guessed.
    public static func read(_ raw: some StringProtocol) -> NumberReading {
        var text = Substring(raw)
        text = text.trimmingSpacesAndNBSP
        var negative = false
        if text.hasPrefix("(") && text.hasSuffix(")") {
            negative = true
            text = text.dropFirst().dropLast().trimmingSpacesAndNBSP
        }
        if let first = text.first, first == "-" || first == "−" || first == "+" {
            negative = first != "+"
            text = text.dropFirst().trimmingSpacesAndNBSP
        }
        // Spaces group thousands in some exports (`2 000 000`).
        let spaceGroups = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })
        if spaceGroups.count > 1 {
            guard spaceGroups.dropFirst().allSatisfy({ $0.count == 3 || $0.first == "," || $0.first == "." }),
                  (1...3).contains(spaceGroups[0].count)
            else { return .invalid }
            text = Substring(spaceGroups.joined())
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              text.first!.isNumber || text.first == "." || text.first == ","
        else { return .invalid }
        let sign: Double = negative ? -1 : 1
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count

        if dots == 0 && commas == 0 {
            return digitsValue(text).map { .exact(sign * $0, evidence: nil) } ?? .invalid
        }
        if dots > 0 && commas > 0 {
            // The later separator is the decimal one; the other groups thousands.
            let lastDot = text.lastIndex(of: ".")!
            let lastComma = text.lastIndex(of: ",")!
            let decimal: Character = lastDot > lastComma ? "." : ","
            let group: Character = decimal == "." ? "," : "."
            guard text.filter({ $0 == decimal }).count == 1 else { return .invalid }
            let parts = text.split(separator: decimal, omittingEmptySubsequences: false)
            guard let whole = grouped(parts[0], by: group), let value = decimalValue(whole, parts[1]) else {
                return .invalid
            }
            return .exact(sign * value, evidence: decimal == "," ? .vietnamese : .english)
        }
        let separator: Character = dots > 0 ? "." : ","
        let count = max(dots, commas)
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        let groupingStyle: NumberStyle = separator == "." ? .vietnamese : .english
        let decimalStyle: NumberStyle = separator == "." ? .english : .vietnamese
        if count > 1 {
            // Several separators can only group thousands.
            guard let whole = grouped(text, by: separator), let value = digitsValue(whole) else { return .invalid }
            return .exact(sign * value, evidence: groupingStyle)
        }
        let before = parts[0]
        let after = parts[1]
        guard !after.isEmpty else { return .invalid }
        let asDecimal = decimalValue(before.isEmpty ? "0" : before, after)
        let couldGroup = after.count == 3 && (1...3).contains(before.count) && before.first != "0"
        if couldGroup, let asGroup = digitsValue(before + after), let asDecimal {
            return separator == "."
                ? .ambiguous(vietnamese: sign * asGroup, english: sign * asDecimal)
                : .ambiguous(vietnamese: sign * asDecimal, english: sign * asGroup)
        }
        return asDecimal.map { .exact(sign * $0, evidence: decimalStyle) } ?? .invalid
    }

    /// The value once the file's style is known; nil when still ambiguous.
    public func value(in style: NumberStyle?) -> Double? {
        switch self {
        case .exact(let value, _): value
        case .ambiguous(let vietnamese, let english):
            switch style {
            case .vietnamese: vietnamese
            case .english: english
            case nil: nil
            }
        case .invalid: nil
        }
    }

    public var evidence: NumberStyle? {
        if case .exact(_, let evidence) = self { return evidence }
        return nil
    }

    /// Digits with thousands separators removed, if every group after the first has three digits.
    static func grouped(_ text: Substring, by separator: Character) -> Substring? {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.count == 1 || first.first != "0"
        else { return nil }
        return Substring(groups.joined())
    }

    static func digitsValue(_ digits: Substring) -> Double? {
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy(\.isNumber) else { return nil }
        return Double(digits)
    }

    /// `whole.fraction` computed exactly in integers, then one correctly rounded division.
    static func decimalValue(_ whole: Substring, _ fraction: Substring) -> Double? {
        guard fraction.count <= 15, whole.count + fraction.count <= 18,
              whole.allSatisfy(\.isNumber), fraction.allSatisfy(\.isNumber), !fraction.isEmpty,
              let mantissa = Int64(whole + fraction)
        else { return nil }
        var scale = 1.0
        for _ in 0..<fraction.count { scale *= 10 }
        return Double(mantissa) / scale
    }
}

/// What one file's numbers say about its style.
public struct NumberEvidence: Hashable, Sendable {
    public var vietnamese = 0
    public var english = 0
    /// The first place each style was seen, for messages.
    public var firstVietnamese: String?
    public var firstEnglish: String?

    public init() {}

    public mutating func note(_ reading: NumberReading, at place: @autoclosure () -> String) {
        switch reading.evidence {
        case .vietnamese?:
            vietnamese += 1
            if firstVietnamese == nil { firstVietnamese = place() }
        case .english?:
            english += 1
            if firstEnglish == nil { firstEnglish = place() }
        case nil: break
        }
    }

    /// The style to read ambiguous values in: only when the file shows one style and not the other.
    public var style: NumberStyle? {
        switch (vietnamese > 0, english > 0) {
        case (true, false): .vietnamese
        case (false, true): .english
        default: nil
        }
    }
}

extension Substring {
    var trimmingSpacesAndNBSP: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\u{A0}" || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\u{A0}" || last == "\t" { text.removeLast() }
        return text
    }
}
