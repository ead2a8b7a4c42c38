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
    /// groups thousands: `1.23.4` and `1,2,3` are invalid, not guessed. Works on
    /// the UTF-8 bytes, with integer arithmetic.
    public static func read(_ raw: some StringProtocol) -> NumberReading {
        var bytes = Array(raw.utf8)
        trim(&bytes)
        var negative = false
        if bytes.first == 0x28 && bytes.last == 0x29 {  // ( )
            negative = true
            bytes.removeFirst()
            bytes.removeLast()
            trim(&bytes)
        }
        if bytes.first == 0x2D || bytes.first == 0x2B {  // - +
            negative = bytes.first == 0x2D
            bytes.removeFirst()
            trim(&bytes)
        } else if bytes.starts(with: [0xE2, 0x88, 0x92]) {  // − minus sign
            negative = true
            bytes.removeFirst(3)
            trim(&bytes)
        }
        // Spaces grouping thousands (`2 000 000`): every later group has three digits.
        if bytes.contains(0x20) || bytes.contains(0xC2) {
            let groups = spaceSeparated(bytes)
            guard let groups, groups.count > 1, (1...3).contains(groups[0].count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 || $0.first == 0x2C || $0.first == 0x2E })
            else { return .invalid }
            bytes = groups.flatMap { $0 }
        }
        guard !bytes.isEmpty else { return .invalid }
        var dots = 0
        var commas = 0
        var lastDot = -1
        var lastComma = -1
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x30...0x39: continue
            case 0x2E: dots += 1; lastDot = index
            case 0x2C: commas += 1; lastComma = index
            default: return .invalid
            }
        }
        let sign: Double = negative ? -1 : 1
        if dots == 0 && commas == 0 {
            return digitsValue(bytes[...]).map { .exact(sign * $0, evidence: nil) } ?? .invalid
        }
        if dots > 0 && commas > 0 {
            // The later separator is the decimal one; the other groups thousands.
            let decimalAt = max(lastDot, lastComma)
            let decimal = bytes[decimalAt]
            let group: UInt8 = decimal == 0x2E ? 0x2C : 0x2E
            guard (decimal == 0x2E ? dots : commas) == 1,
                  let whole = grouped(bytes[..<decimalAt], by: group),
                  let value = decimalValue(whole, bytes[(decimalAt + 1)...])
            else { return .invalid }
            return .exact(sign * value, evidence: decimal == 0x2C ? .vietnamese : .english)
        }
        let separator: UInt8 = dots > 0 ? 0x2E : 0x2C
        let groupingStyle: NumberStyle = separator == 0x2E ? .vietnamese : .english
        let decimalStyle: NumberStyle = separator == 0x2E ? .english : .vietnamese
        if max(dots, commas) > 1 {
            // Several separators can only group thousands.
            guard let whole = grouped(bytes[...], by: separator), let value = digitsValue(whole) else { return .invalid }
            return .exact(sign * value, evidence: groupingStyle)
        }
        let at = separator == 0x2E ? lastDot : lastComma
        let before = bytes[..<at]
        let after = bytes[(at + 1)...]
        guard !after.isEmpty else { return .invalid }
        let asDecimal = decimalValue(before.isEmpty ? [0x30][...] : before, after)
        let couldGroup = after.count == 3 && (1...3).contains(before.count) && before.first != 0x30
        if couldGroup, let asGroup = digitsValue(before + after), let asDecimal {
            return separator == 0x2E
                ? .ambiguous(vietnamese: sign * asGroup, english: sign * asDecimal)
                : .ambiguous(vietnamese: sign * asDecimal, english: sign * asGroup)
        }
        return asDecimal.map { .exact(sign * $0, evidence: decimalStyle) } ?? .invalid
    }

    /// Drops spaces, tabs and no-break spaces at both ends.
    static func trim(_ bytes: inout [UInt8]) {
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        while bytes.starts(with: [0xC2, 0xA0]) { bytes.removeFirst(2) }
        while bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, bytes.last == 0xA0 { bytes.removeLast(2) }
    }

    /// Splits on spaces, no-break (C2 A0) and narrow no-break (E2 80 AF) spaces.
    static func spaceSeparated(_ bytes: [UInt8]) -> [[UInt8]]? {
        var groups: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x20 {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF {
                index += 3
            } else {
                groups[groups.count - 1].append(bytes[index])
                index += 1
                continue
            }
            if !groups[groups.count - 1].isEmpty { groups.append([]) }
        }
        return groups.filter { !$0.isEmpty }
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
    static func grouped(_ bytes: ArraySlice<UInt8>, by separator: UInt8) -> ArraySlice<UInt8>? {
        let groups = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.count == 1 || first.first != 0x30
        else { return nil }
        return ArraySlice(groups.joined())
    }

    static func digitsValue(_ digits: ArraySlice<UInt8>) -> Double? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return Double(value)
    }

    /// `whole.fraction` computed exactly in integers, then one correctly rounded division.
    static func decimalValue(_ whole: ArraySlice<UInt8>, _ fraction: ArraySlice<UInt8>) -> Double? {
        guard !fraction.isEmpty, fraction.count <= 15, whole.count + fraction.count <= 18,
              let mantissa = digitsValue(whole + fraction)
        else { return nil }
        var scale = 1.0
        for _ in 0..<fraction.count { scale *= 10 }
        return mantissa / scale
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
