import Foundation

/// Sheet names as Excel accepts them: NFC, at most 31 characters, none of
/// `[ ] : * ? / \`, no apostrophe at either end, unique ignoring case —
/// for Vietnamese letters too, which libxlsxwriter's own check misses.
public enum SheetName {
    public static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why `name` is not a valid sheet name, or nil when it is.
    public static func problem(with name: String) -> String? {
        let nfc = name.precomposedStringWithCanonicalMapping
        if nfc.isEmpty { return "is empty" }
        if nfc.unicodeScalars.count > maxLength {
            return "is longer than \(maxLength) characters"
        }
        if let bad = nfc.first(where: { forbidden.contains($0) }) {
            return "contains the character \(bad)"
        }
        if nfc.hasPrefix("'") || nfc.hasSuffix("'") {
            return "starts or ends with an apostrophe"
        }
        if nfc.caseInsensitiveKey == "history" { return "is reserved by Excel" }
        return nil
    }

    /// A valid sheet name made from `proposal`: normalised, forbidden characters
    /// replaced by `-`, shortened, and numbered ` (2)`, ` (3)` … when it would
    /// clash (ignoring case) with one of `taken`.
    public static func safe(_ proposal: String, avoiding taken: some Sequence<String>) -> String {
        var base = String(
            proposal.precomposedStringWithCanonicalMapping.map { forbidden.contains($0) ? "-" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        base = base.trimmingCharacters(in: .whitespaces)
        if base.isEmpty || base.caseInsensitiveKey == "history" { base = "Sheet" + base }
        let takenKeys = Set(taken.map(\.caseInsensitiveKey))
        var candidate = truncated(base, to: maxLength)
        var number = 2
        while takenKeys.contains(candidate.caseInsensitiveKey) {
            let suffix = " (\(number))"
            candidate = truncated(base, to: maxLength - suffix.unicodeScalars.count) + suffix
            number += 1
        }
        return candidate
    }

    static func truncated(_ text: String, to limit: Int) -> String {
        var result = ""
        var count = 0
        for character in text {
            let scalars = character.unicodeScalars.count
            if count + scalars > limit { break }
            result.append(character)
            count += scalars
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}

extension String {
    /// The key under which Excel considers two sheet names the same.
    var caseInsensitiveKey: String {
        precomposedStringWithCanonicalMapping.lowercased()
    }
}
