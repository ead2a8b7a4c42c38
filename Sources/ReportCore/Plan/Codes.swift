/// Task codes as units type them: `II.1`, `ii.1.a`, `II.1a`, `II-1-a`, `II.01`,
/// `NV II.1.a)`, `Mục II.1.a` all read as `II.1` / `II.1.a` — and a code followed by
/// the task's wording, as units copy it from the plan (`II.1.a - Thu hút đầu tư…`).
public enum TaskCode {
    public static func parse(_ text: String) -> String? {
        var tokens = Self.tokens(text)
        if tokens.first == "nv" || tokens.first == "nhiem" || tokens.first == "muc" { tokens.removeFirst() }
        if tokens.first == "vu" { tokens.removeFirst() }
        guard tokens.first == "ii" else { return nil }
        tokens.removeFirst()
        // `1a` fused: split the digits from one trailing letter.
        if let digits = tokens.first?.prefix(while: \.isNumber), !digits.isEmpty, tokens[0].count == digits.count + 1 {
            tokens.replaceSubrange(0..<1, with: [String(digits), String(tokens[0].dropFirst(digits.count))])
        }
        guard let first = tokens.first, let number = Int(first), number > 0 else { return nil }
        var code = "II.\(number)"
        var rest = tokens.dropFirst()
        if let letter = rest.first, letter.count == 1, letter.first!.isLetter {
            code += ".\(letter)"
            rest = rest.dropFirst()
        }
        // Whatever follows must be the wording: words, and no second code (`II.1 và II.2`).
        if let next = rest.first, next.count < 2 || !next.allSatisfy(\.isLetter) || rest.contains("ii") { return nil }
        return code
    }

    /// A task code written without its section, where only section II can be
    /// meant: `2.1` and `2.1.a` (section two, item one), `Nhiệm vụ 1`, `NV 1.a`.
    /// A bare `1` or `1.a` is not read this way: it may be a row number.
    public static func sectionless(_ text: String) -> String? {
        var tokens = Self.tokens(text)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if tokens.first == "nv" {
            tokens.removeFirst()
        } else if tokens.starts(with: ["nhiem", "vu"]) {
            tokens.removeFirst(2)
        } else if tokens.first == "2", trimmed.hasPrefix("2.") || trimmed.hasPrefix("2-"), tokens.count >= 2 {
            tokens.removeFirst()
        } else {
            return nil
        }
        guard let number = tokens.first.flatMap({ Int($0) }), number > 0, tokens.count <= 2 else { return nil }
        if tokens.count == 2 {
            guard tokens[1].count == 1, tokens[1].first!.isLetter else { return nil }
            return "II.\(number).\(tokens[1])"
        }
        return "II.\(number)"
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
