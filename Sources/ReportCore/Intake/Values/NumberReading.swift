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
    /// the UTF-8 bytes, with integer arithmetic and no allocation.
    public static func read(_ raw: some StringProtocol) -> NumberReading {
        var text = String(raw)
        return text.withUTF8 { read(bytes: $0) }
    }

    static func read(bytes: UnsafeBufferPointer<UInt8>) -> NumberReading {
        var lower = 0
        var upper = bytes.count
        trim(bytes, &lower, &upper)
        var negative = false
        if upper - lower >= 2 && bytes[lower] == 0x28 && bytes[upper - 1] == 0x29 {  // ( )
            negative = true
            lower += 1
            upper -= 1
            trim(bytes, &lower, &upper)
        }
        if lower < upper && (bytes[lower] == 0x2D || bytes[lower] == 0x2B) {  // - +
            negative = bytes[lower] == 0x2D
            lower += 1
            trim(bytes, &lower, &upper)
        } else if upper - lower >= 3 && bytes[lower] == 0xE2 && bytes[lower + 1] == 0x88 && bytes[lower + 2] == 0x92 {
            negative = true  // − minus sign
            lower += 3
            trim(bytes, &lower, &upper)
        }
        let body = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        // Spaces grouping thousands (`2 000 000`): every later group has three digits.
        if body.contains(0x20) || body.contains(0xC2) || body.contains(0xE2) {
            guard let groups = spaceSeparated(body), groups.count > 1, (1...3).contains(groups[0].count),
                groups.dropFirst().allSatisfy({ $0.count == 3 || $0.first == 0x2C || $0.first == 0x2E })
            else { return .invalid }
            return Array(groups.joined()).withUnsafeBufferPointer { unsigned($0, negative: negative) }
        }
        return unsigned(body, negative: negative)
    }

    /// Digits and separators only, the sign already taken.
    private static func unsigned(_ bytes: UnsafeBufferPointer<UInt8>, negative: Bool) -> NumberReading {
        guard !bytes.isEmpty else { return .invalid }
        var dots = 0
        var commas = 0
        var lastDot = -1
        var lastComma = -1
        for index in 0..<bytes.count {
            switch bytes[index] {
            case 0x30...0x39: continue
            case 0x2E:
                dots += 1
                lastDot = index
            case 0x2C:
                commas += 1
                lastComma = index
            default: return .invalid
            }
        }
        let sign: Double = negative ? -1 : 1
        if dots == 0 && commas == 0 {
            return Digits(bytes[...]).map { .exact(sign * $0.double, evidence: nil) } ?? .invalid
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
            guard let whole = grouped(bytes[...], by: separator) else { return .invalid }
            return .exact(sign * whole.double, evidence: groupingStyle)
        }
        let at = separator == 0x2E ? lastDot : lastComma
        let before = bytes[..<at]
        let after = bytes[(at + 1)...]
        guard !after.isEmpty else { return .invalid }
        let asDecimal =
            before.isEmpty ? decimalValue(Digits(), after) : Digits(before).flatMap { decimalValue($0, after) }
        let couldGroup = after.count == 3 && (1...3).contains(before.count) && before.first != 0x30
        if couldGroup, var asGroup = Digits(before), asGroup.append(after), let asDecimal {
            return separator == 0x2E
                ? .ambiguous(vietnamese: sign * asGroup.double, english: sign * asDecimal)
                : .ambiguous(vietnamese: sign * asDecimal, english: sign * asGroup.double)
        }
        return asDecimal.map { .exact(sign * $0, evidence: decimalStyle) } ?? .invalid
    }

    /// Moves the bounds past spaces, tabs and no-break spaces at both ends.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: inout Int, _ upper: inout Int) {
        while lower < upper {
            if bytes[lower] == 0x20 || bytes[lower] == 0x09 {
                lower += 1
            } else if upper - lower >= 2 && bytes[lower] == 0xC2 && bytes[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        while upper > lower {
            if bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 {
                upper -= 1
            } else if upper - lower >= 2 && bytes[upper - 2] == 0xC2 && bytes[upper - 1] == 0xA0 {
                upper -= 2
            } else {
                break
            }
        }
    }

    /// Splits on spaces, no-break (C2 A0) and narrow no-break (E2 80 AF) spaces.
    static func spaceSeparated(_ bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]]? {
        var groups: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x20 {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF
            {
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

    /// The digits of groups split by `separator`, if every group after the
    /// first has three digits and a grouped number does not start with 0.
    static func grouped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, by separator: UInt8) -> Digits? {
        var digits = Digits()
        var groupStart = bytes.startIndex
        var groups = 0
        var index = bytes.startIndex
        while true {
            if index == bytes.endIndex || bytes[index] == separator {
                let length = index - groupStart
                if groups == 0 {
                    guard (1...3).contains(length) else { return nil }
                } else {
                    guard length == 3, bytes[bytes.startIndex] != 0x30 else { return nil }
                }
                guard digits.append(bytes[groupStart..<index]) else { return nil }
                groups += 1
                if index == bytes.endIndex { return digits }
                groupStart = index + 1
            }
            index += 1
        }
    }

    /// `whole.fraction` computed exactly in integers, then one correctly rounded division.
    static func decimalValue(_ whole: Digits, _ fraction: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        guard !fraction.isEmpty, fraction.count <= 15 else { return nil }
        var mantissa = whole
        guard mantissa.append(fraction), mantissa.count > 0 else { return nil }
        var scale = 1.0
        for _ in 0..<fraction.count { scale *= 10 }
        return mantissa.double / scale
    }

    /// Up to 18 decimal digits read as an integer.
    struct Digits {
        private(set) var value: Int64 = 0
        private(set) var count = 0

        init() {}

        /// Nil unless the bytes are 1 to 18 digits.
        init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            guard !bytes.isEmpty, append(bytes) else { return nil }
        }

        /// Appends digits; false when a byte is not a digit or there would be more than 18.
        mutating func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard count + bytes.count <= 18 else { return false }
            for byte in bytes {
                guard byte >= 0x30 && byte <= 0x39 else { return false }
                value = value * 10 + Int64(byte - 0x30)
            }
            count += bytes.count
            return true
        }

        var double: Double { Double(value) }
    }
}

/// What one file's numbers say about its style.
public struct NumberEvidence: Hashable, Sendable {
    public var vietnamese = 0
    public var english = 0
    /// The first place each style was seen, for messages.
    public var firstVietnamese: Sighting?
    public var firstEnglish: Sighting?

    public init() {}

    public mutating func note(_ reading: NumberReading, at place: @autoclosure () -> Sighting) {
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

/// How one file writes completion rates: as percentages (60, 60%) or as parts
/// of one (0,6 — what a spreadsheet holds behind a cell shown as 60%). A file
/// whose rates are all at most 1, some strictly between 0 and 1, writes parts
/// of one; a rate below 1 among percentages is flagged, never silently read.
public struct PercentEvidence: Hashable, Sendable {
    /// Rates written without `%` strictly between 0 and 1, and the first, for messages.
    public var fractions = 0
    public var firstFraction: Sighting?
    /// Rates only a percentage can be: above 1, or written with `%`.
    public var percentages = 0

    public init() {}

    public mutating func note(_ value: Double, percentSign: Bool, at place: @autoclosure () -> Sighting) {
        if percentSign || value > 1 {
            percentages += 1
        } else if Self.isFraction(value, percentSign: percentSign) {
            fractions += 1
            if firstFraction == nil { firstFraction = place() }
        }
    }

    /// A rate only a part of one can be: written without `%`, strictly between 0 and 1.
    public static func isFraction(_ value: Double, percentSign: Bool) -> Bool { !percentSign && value > 0 && value < 1 }

    /// Whether the file's rates are parts of one, to be read as percentages times 100.
    public var writesFractions: Bool { fractions > 0 && percentages == 0 }

    /// A part of one as a percentage, without the binary remainder of `0.35 * 100`.
    public static func percentage(ofFraction value: Double) -> Double { (value * 1e11).rounded() / 1e9 }

    /// The number of a rate cell and whether it carries `%`, with the words units
    /// put around it set aside: `Đạt 50%`, `100% KH`, `đạt 80% kế hoạch`.
    public static func number(in text: String) -> (number: Substring, percentSign: Bool) {
        var value = Substring(text)
        // Looked at only when the first byte is that of `đ`/`Đ`, or the last an `h`/`H`: most cells are bare numbers.
        if value.utf8.first == 0xC4 {
            for lead in ["đạt được", "đạt", "Đạt được", "Đạt", "ĐẠT"] where value.hasPrefix(lead + " ") {
                value = value.dropFirst(lead.count).trimmingSpacesAndNBSP
                break
            }
        }
        if let last = value.utf8.last, last | 0x20 == 0x68 {
            for tail in ["kế hoạch", "Kế hoạch", "KH", "kh"]
            where value.hasSuffix(" " + tail) || value.hasSuffix("%" + tail) {
                value = value.dropLast(tail.count).trimmingSpacesAndNBSP
                break
            }
        }
        let percentSign = value.hasSuffix("%")
        return (percentSign ? value.dropLast() : value, percentSign)
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
