import Foundation

/// Makes the NFC `String` of a field's bytes, once per distinct value.
///
/// A submission repeats the same few dozen values on every row — its unit, its
/// period, the zones, the event types, the dates. Each distinct byte sequence is
/// decoded, checked and normalised once; later rows with the same bytes get the
/// same `String` back, sharing its storage, so equal texts also compare at once.
/// The table is bounded: when full it starts again, so memory stays flat however
/// many distinct values a file holds.
struct TextInterner {
    /// Slots of the open-addressing table; a power of two.
    private static let slotCount = 1024
    /// Entries kept before the table starts again (half the slots keeps probes short).
    private static let maxEntries = 512
    /// Longer fields (project names, notes) are rarely repeated: made directly.
    static let maxInternedLength = 96
    /// Occurrences of a field after which it is judged: a column whose values
    /// mostly differ (certificate numbers, amounts) is then made directly.
    private static let trial: UInt32 = 512

    private struct Slot {
        var hash: UInt64 = 0  // 0: empty
        var start: Int32 = 0
        var length: Int32 = 0
        var repaired = false
    }

    /// Whether the last text's bytes were not valid UTF-8 (and were repaired with U+FFFD).
    private(set) var lastRepaired = false

    private var slots: [Slot]
    private var texts: [String]
    /// The bytes of every entry, one after another.
    private var keys: [UInt8] = []
    private var entries = 0
    /// Per field position (the first 64): whether it has been judged, and whether it is made directly.
    private var judged: UInt64 = 0
    private var direct: UInt64 = 0
    private var tries: [UInt32]
    private var hits: [UInt32]

    init() {
        slots = [Slot](repeating: Slot(), count: Self.slotCount)
        texts = [String](repeating: "", count: Self.slotCount)
        tries = [UInt32](repeating: 0, count: 64)
        hits = [UInt32](repeating: 0, count: 64)
        keys.reserveCapacity(Self.maxEntries * 24)
    }

    /// The NFC text of these UTF-8 bytes, the value of the record's `field`.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, field: Int) -> String {
        let count = bytes.count
        lastRepaired = false
        if count == 0 { return "" }
        let bit: UInt64 = field < 64 ? 1 << UInt64(field) : 0
        if count > Self.maxInternedLength || direct & bit != 0 || bit == 0 { return Self.make(bytes, repaired: &lastRepaired) }
        let hash = Self.hash(bytes) | 1
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found.hash == 0 { break }
            if found.hash == hash, Int(found.length) == count, keysEqual(Int(found.start), bytes) {
                if judged & bit == 0 { judge(field, bit: bit, hit: true) }
                lastRepaired = found.repaired
                return texts[slot]
            }
            slot = (slot + 1) & mask
        }
        if judged & bit == 0 { judge(field, bit: bit, hit: false) }
        let text = Self.make(bytes, repaired: &lastRepaired)
        if entries >= Self.maxEntries {
            startAgain()
            slot = Int(truncatingIfNeeded: hash) & mask
        }
        slots[slot] = Slot(hash: hash, start: Int32(keys.count), length: Int32(count), repaired: lastRepaired)
        texts[slot] = text
        keys.append(contentsOf: bytes)
        entries += 1
        return text
    }

    private mutating func judge(_ field: Int, bit: UInt64, hit: Bool) {
        tries[field] += 1
        if hit { hits[field] += 1 }
        guard tries[field] >= Self.trial else { return }
        judged |= bit
        if hits[field] * 2 < tries[field] { direct |= bit }
    }

    /// A field's text made afresh: decoded as UTF-8 (invalid bytes become
    /// U+FFFD and `repaired` is set) and normalised to NFC unless the bytes
    /// show it already is.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if String.isKnownNFC(buffer: bytes) {
            // Each repair puts three bytes (U+FFFD) for one to three, so the text
            // grows — except for a cut four-byte sequence, whose F0–F4 lead the
            // NFC check never passes, and cannot skip over without the lead before
            // it being a repair too. So with the check passed, same length, same bytes.
            repaired = text.utf8.count != bytes.count
            return repaired ? text.precomposedStringWithCanonicalMapping : text
        }
        repaired = !UTF8Validation.isValid(bytes)
        return text.precomposedStringWithCanonicalMapping
    }

    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var repaired = false
        return make(bytes, repaired: &repaired)
    }

    private func keysEqual(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func startAgain() {
        for slot in 0..<Self.slotCount {
            slots[slot].hash = 0
            texts[slot] = ""
        }
        keys.removeAll(keepingCapacity: true)
        entries = 0
    }

    /// A fast non-cryptographic hash of the bytes, eight at a time; the last
    /// word overlaps the one before rather than going byte by byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        if count == 0 { return hash }
        // One multiply per word keeps the chain short; the end mixes high bits down.
        @inline(__always) func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        }
        if count >= 8 {
            var offset = 0
            while offset + 8 <= count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < count { mix(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
        } else if count >= 4 {
            let low = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            mix(low | high << 32)
        } else {
            mix(UInt64(raw[0]) | UInt64(raw[count / 2]) << 8 | UInt64(raw[count - 1]) << 16)
        }
        hash ^= hash >> 29
        hash = hash &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 32)
    }
}
