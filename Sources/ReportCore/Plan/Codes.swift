/// Task codes as units type them: `II.1`, `ii.1.a`, `II.1a`, `II-1-a`, `II.01`,
/// `NV II.1.a)` all read as `II.1` / `II.1.a`.
public enum TaskCode {
    public static func parse(_ text: String) -> String? {
        var tokens = Self.tokens(text)
        if tokens.first == "nv" || tokens.first == "nhiem" { tokens.removeFirst() }
        if tokens.first == "vu" { tokens.removeFirst() }
        guard tokens.first == "ii" else { return nil }
        tokens.removeFirst()
        // `1a` fused: split digits from a trailing letter.
        if tokens.count == 1, let digits = tokens.first?.prefix(while: \.isNumber), !digits.isEmpty,
           digits.count < tokens[0].count {
            tokens = [String(digits), String(tokens[0].dropFirst(digits.count))]
        }
        guard let first = tokens.first, let number = Int(first), number > 0 else { return nil }
        switch tokens.count {
        case 1: return "II.\(number)"
        case 2 where tokens[1].count == 1 && tokens[1].first!.isLetter: return "II.\(number).\(tokens[1])"
        default: return nil
        }
    }

    static func tokens(_ text: String) -> [String] {
        TextKey.words(text).split(separator: " ").map(String.init)
    }
}

/// Target codes: `III.2`, `iii.2`, `III-2`, `CT III.2`.
public enum TargetCode {
    public static func parse(_ text: String) -> String? {
        var tokens = TaskCode.tokens(text)
        if tokens.first == "ct" || tokens.first == "chi" { tokens.removeFirst() }
        if tokens.first == "tieu" { tokens.removeFirst() }
        guard tokens.count == 2, tokens[0] == "iii", let number = Int(tokens[1]), number > 0 else { return nil }
        return "III.\(number)"
    }
}

/// Unit codes: short ASCII codes; `QLĐT` is `QLDT`, spaces and dots do not count.
public enum UnitCode {
    public static func normalize(_ text: String) -> String {
        TextKey.compact(text).uppercased()
    }
}
