import Foundation

/// NFC for Vietnamese written with combining marks — what Unikey's and
/// VietKey's "Unicode tổ hợp" type, and what some Mac and PDF copies give —
/// without Foundation, whose normalisation costs tens of thousands of
/// instructions a field: a file typed that way read four times slower.
///
/// The fast path knows one shape: letters each followed by at most two of the
/// marks Vietnamese uses. Each letter-and-marks is looked up in a table made
/// from Foundation's own decompositions of every precomposed letter of the
/// Latin blocks, so the answer is Foundation's answer; anything else (another
/// mark, a mark with no letter before it, a pair no letter composes) returns
/// nil, and the caller normalises with Foundation as before.
enum VietnameseComposition {
    /// Tone marks (grave, acute, tilde, hook above, dot below) and letter marks
    /// (circumflex, breve, horn).
    static let marks: [UInt32] = [0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31B]

    /// NFC of valid UTF-8 `bytes`, or nil when it is not of the shape handled here.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Composing only ever shortens: the text is written straight into the
        // String's own storage, at most as long as the bytes.
        var handled = true
        let text = String(unsafeUninitializedCapacity: max(bytes.count, 1)) { output in
            var written = 0
            var base: UInt32 = 0
            var hasBase = false
            var first: UInt32 = 0
            var second: UInt32 = 0
            var index = 0
            let count = bytes.count

            func flush() -> Bool {
                guard hasBase else { return true }
                var scalar = base
                if first != 0 {
                    guard let composed = composed(base, first, second) else { return false }
                    scalar = composed
                }
                if scalar < 0x80 {
                    output[written] = UInt8(scalar)
                    written += 1
                } else if scalar < 0x800 {
                    output[written] = 0xC0 | UInt8(scalar >> 6)
                    output[written + 1] = 0x80 | UInt8(scalar & 0x3F)
                    written += 2
                } else {
                    output[written] = 0xE0 | UInt8(scalar >> 12)
                    output[written + 1] = 0x80 | UInt8((scalar >> 6) & 0x3F)
                    output[written + 2] = 0x80 | UInt8(scalar & 0x3F)
                    written += 3
                }
                return true
            }

            while index < count {
                let lead = bytes[index]
                var scalar: UInt32
                if lead < 0x80 {
                    scalar = UInt32(lead)
                    index += 1
                } else if lead < 0xE0, index + 1 < count {
                    scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0, index + 2 < count {
                    scalar =
                        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    handled = false
                    return 0
                }
                if scalar >= 0x300 && scalar < 0x370 {
                    // A mark: Vietnamese ones after a letter, at most two.
                    guard hasBase, second == 0, marks.contains(scalar) else {
                        handled = false
                        return 0
                    }
                    if first == 0 { first = scalar } else { second = scalar }
                    continue
                }
                guard isStableStarter(scalar), flush() else {
                    handled = false
                    return 0
                }
                base = scalar
                hasBase = true
                first = 0
                second = 0
            }
            guard flush() else {
                handled = false
                return 0
            }
            return written
        }
        return handled ? text : nil
    }

    /// Scalars NFC leaves alone and that start a cluster: what `isKnownNFC`
    /// passes (ASCII, U+0080–U+02FF, U+1E00–U+1EFF, U+2010–U+2027, ₫).
    private static func isStableStarter(_ scalar: UInt32) -> Bool {
        scalar < 0x300 || (scalar >= 0x1E00 && scalar <= 0x1EFF) || (scalar >= 0x2010 && scalar <= 0x2027)
            || scalar == 0x20AB
    }

    private static func key(_ base: UInt32, _ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(base) << 32 | UInt64(first) << 16 | UInt64(second)
    }

    /// The letter `base` with its marks composes to, from `slots`.
    private static func composed(_ base: UInt32, _ first: UInt32, _ second: UInt32) -> UInt32? {
        let wanted = key(base, first, second)
        var slot = slotIndex(wanted)
        while true {
            let entry = slots[slot]
            if entry.key == wanted { return entry.value }
            if entry.key == 0 { return nil }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    private static func slotIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 53)
    }

    /// `table` in open addressing (2,048 slots, a quarter full): found without hashing a Hasher.
    private static let slots: [(key: UInt64, value: UInt32)] = {
        var slots = [(key: UInt64, value: UInt32)](repeating: (0, 0), count: 1 << 11)
        precondition(table.count * 2 < slots.count)
        for (key, value) in table {
            var slot = slotIndex(key)
            while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (key, value)
        }
        return slots
    }()

    /// Letter and marks → the precomposed letter, for every letter of Latin-1,
    /// Latin Extended-A and -B and Latin Extended Additional that decomposes
    /// into a letter and one or two of `marks`. Keyed by its decomposition, the
    /// marks in the other order, and the letter with either mark already on it
    /// (`ô` + hook above, as "tổ hợp" typing writes `ổ`) — each key kept only
    /// if Foundation's NFC of it is that letter.
    static let table: [UInt64: UInt32] = {
        func nfc(_ values: [UInt32]) -> [UInt32] {
            String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
                .precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        }
        var table: [UInt64: UInt32] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) as [UInt32] {
            guard let scalar = Unicode.Scalar(value), nfc([value]) == [value] else { continue }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            guard parts.count == 2 || parts.count == 3, parts.dropFirst().allSatisfy(marks.contains) else { continue }
            var candidates = [parts]
            if parts.count == 3 {
                let (letter, one, two) = (parts[0], parts[1], parts[2])
                candidates.append([letter, two, one])
                for (mark, other) in [(one, two), (two, one)] {
                    let partial = nfc([letter, mark])
                    if partial.count == 1 { candidates.append([partial[0], other]) }
                }
            }
            for candidate in candidates where nfc(candidate) == [value] {
                table[key(candidate[0], candidate[1], candidate.count == 3 ? candidate[2] : 0)] = value
            }
        }
        return table
    }()
}
