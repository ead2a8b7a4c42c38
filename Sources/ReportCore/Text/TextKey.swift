import Foundation

/// Keys for matching what people type against what the plan and the templates
/// say: case, Vietnamese diacritics (đ included), spacing, `_` and punctuation
/// do not matter. `Mã đơn vị` = `ma_don_vi` = `MA DON VI`.
public enum TextKey {
    /// Letters and digits only, lowercased, without diacritics:
    /// `Tỷ lệ hoàn thành (%)` → `tylehoanthanh`.
    public static func compact(_ text: some StringProtocol) -> String {
        fold(text, keepSpaces: false)
    }

    /// Like `compact` but words stay apart by one space:
    /// `KCN Nam Đình Vũ (khu 1)` → `kcn nam dinh vu khu 1`.
    public static func words(_ text: some StringProtocol) -> String {
        fold(text, keepSpaces: true)
    }

    static func fold(_ text: some StringProtocol, keepSpaces: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace && keepSpaces && !scalars.isEmpty { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        let source = ascii ? String(text) : String(text).decomposedStringWithCanonicalMapping
        for scalar in source.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: emit(scalar)
            case 0x41...0x5A: emit(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x300...0x36F: continue  // combining marks: the diacritics
            case 0x110, 0x111: emit("d")  // Đ đ
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { emit(lower) }
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(scalars)
    }

    /// Edit distance between two keys, for "did you mean" suggestions.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `text` by `compact` key, if it is close enough to be
    /// a plausible typo (at most a third of the longer key).
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let key = compact(text)
        guard !key.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let candidateKey = compact(candidate)
            let d = distance(key, candidateKey)
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(1, max(key.count, compact(candidate).count) / 3)
        return d <= limit ? candidate : nil
    }
}

extension String {
    /// This text in Unicode NFC, as every text in the tool is kept.
    public var nfc: String {
        Self.isKnownNFC(utf8) ? self : precomposedStringWithCanonicalMapping
    }

    /// A cheap check that skips normalising text that cannot change: ASCII, and
    /// text made only of scalars below U+0300 or precomposed Vietnamese letters.
    static func isKnownNFC(_ bytes: some Collection<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let v = scalar.value
                if v < 0x300 || (0x1E00...0x1EFF).contains(v) || v == 0x20AB || (0x2010...0x2027).contains(v) {
                    continue
                }
                return false
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
