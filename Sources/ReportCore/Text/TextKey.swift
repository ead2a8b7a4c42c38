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

    /// The key as bytes, most of them ASCII: one buffer, one String at the end
    /// (it runs for every header of every file, and for every name looked up).
    static func fold(_ text: some StringProtocol, keepSpaces: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace && keepSpaces && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: emit(UInt8(value))
            case 0x41...0x5A: emit(UInt8(value + 0x20))
            case 0x300...0x36F: continue  // combining marks: the diacritics of decomposed text
            default:
                if value < 0x80 {
                    pendingSpace = true
                } else if let base = Self.baseLetters[value] {
                    emit(base)
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    let lower = Array(scalar.properties.lowercaseMapping.utf8)
                    if let first = lower.first {
                        emit(first)
                        bytes.append(contentsOf: lower.dropFirst())
                    }
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Latin letters with diacritics (Vietnamese and the rest of Latin-1 to
    /// Latin Extended Additional) → their lowercase base letter; đ → d. Built
    /// once, so folding never needs Foundation's decomposition per call.
    static let baseLetters: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [0x110: 0x64, 0x111: 0x64]
        for value in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), table[value] == nil else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let first = decomposed.first, first.isASCII, first.properties.isAlphabetic else { continue }
            table[value] = UInt8(first.value | 0x20)
        }
        return table
    }()

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
        if Self.isKnownNFC(utf8) { return self }
        var text = self
        return text.withUTF8(VietnameseComposition.compose) ?? precomposedStringWithCanonicalMapping
    }

    /// A cheap check that skips normalising text that cannot change: ASCII, and
    /// text made only of scalars below U+0300 (no combining marks), precomposed
    /// Vietnamese letters (U+1E00–U+1EFF), general punctuation and ₫ — read
    /// straight from the UTF-8 bytes.
    static func isKnownNFC(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable(isKnownNFC(buffer:))
            ?? Array(bytes).withUnsafeBufferPointer(isKnownNFC(buffer:))
    }

    static func isKnownNFC(buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        let raw = UnsafeRawBufferPointer(buffer)
        while index < count {
            if index + 8 <= count {
                let high = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                index += high.trailingZeroBitCount >> 3
            }
            let byte = buffer[index]
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xC2 && byte <= 0xCB {
                index += 2  // U+0080–U+02FF
            } else if byte == 0xE1, index + 1 < count, (0xB8...0xBB).contains(buffer[index + 1]) {
                index += 3  // U+1E00–U+1EFF
            } else if byte == 0xE2, index + 2 < count, buffer[index + 1] == 0x80,
                (0x90...0xA7).contains(buffer[index + 2])
            {
                index += 3  // U+2010–U+2027
            } else if byte == 0xE2, index + 2 < count, buffer[index + 1] == 0x82, buffer[index + 2] == 0xAB {
                index += 3  // ₫
            } else {
                return false
            }
        }
        return true
    }
}

extension StringProtocol {
    /// The text before a remark in brackets that closes it — `Đạt (QCVN 40:2011)`
    /// → `Đạt ` — or nil when it does not end with one.
    var beforeClosingRemark: SubSequence? {
        guard hasSuffix(")"), let open = lastIndex(of: "(") else { return nil }
        return self[..<open]
    }
}
