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

    /// An entry: the first sixteen bytes packed in two words (zero past the
    /// end), the length, and where the rest of a longer key is in `tails`.
    private struct Slot {
        var head0: UInt64 = 0
        var head1: UInt64 = 0
        var tailStart: Int32 = 0
        /// The length (0: empty slot), with the top bit set when the bytes were repaired.
        var info: UInt32 = 0
    }

    /// Whether the last text's bytes were not valid UTF-8 (and were repaired with U+FFFD).
    private(set) var lastRepaired = false
    /// Whether the last text had hidden characters (controls, zero-width) removed.
    private(set) var lastCleaned = false

    private var slots: [Slot]
    private var texts: [String]
    /// The bytes past the sixteenth of every longer entry, one after another.
    private var tails: [UInt8] = []
    private var entries = 0
    /// Per field position (the first 64): whether it has been judged, and whether it is made directly.
    private var judged: UInt64 = 0
    private var direct: UInt64 = 0
    private var tries: [UInt32]
    private var hits: [UInt32]

    private static let repairedFlag: UInt32 = 1 << 31
    private static let cleanedFlag: UInt32 = 1 << 30
    private static let flags = repairedFlag | cleanedFlag

    init() {
        slots = [Slot](repeating: Slot(), count: Self.slotCount)
        texts = [String](repeating: "", count: Self.slotCount)
        tries = [UInt32](repeating: 0, count: 64)
        hits = [UInt32](repeating: 0, count: 64)
        tails.reserveCapacity(Self.maxEntries * 16)
    }

    /// The NFC text of these UTF-8 bytes, the value of the record's `field`.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, field: Int) -> String {
        let count = bytes.count
        lastRepaired = false
        lastCleaned = false
        if count == 0 { return "" }
        let bit: UInt64 = field < 64 ? 1 << UInt64(field) : 0
        if count > Self.maxInternedLength || direct & bit != 0 || bit == 0 {
            return Self.make(bytes, repaired: &lastRepaired, cleaned: &lastCleaned)
        }
        let (head0, head1) = Self.heads(bytes)
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: Self.hash(head0, head1, bytes)) & mask
        while true {
            let found = slots[slot]
            if found.info == 0 { break }
            if found.head0 == head0, found.head1 == head1, Int(found.info & ~Self.flags) == count,
                count <= 16 || tailEqual(Int(found.tailStart), bytes)
            {
                if judged & bit == 0 { judge(field, bit: bit, hit: true) }
                lastRepaired = found.info & Self.repairedFlag != 0
                lastCleaned = found.info & Self.cleanedFlag != 0
                return texts[slot]
            }
            slot = (slot + 1) & mask
        }
        if judged & bit == 0 { judge(field, bit: bit, hit: false) }
        let text = Self.make(bytes, repaired: &lastRepaired, cleaned: &lastCleaned)
        if entries >= Self.maxEntries {
            startAgain()
            slot = Int(truncatingIfNeeded: Self.hash(head0, head1, bytes)) & mask
        }
        slots[slot] = Slot(
            head0: head0, head1: head1, tailStart: Int32(tails.count),
            info: UInt32(count) | (lastRepaired ? Self.repairedFlag : 0) | (lastCleaned ? Self.cleanedFlag : 0))
        texts[slot] = text
        if count > 16 { tails.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[16...])) }
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
    /// `make(_:repaired:)`, with the hidden characters removed first (`cleaned`
    /// is set then) and the spaces they leave at either end trimmed.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool, cleaned: inout Bool) -> String {
        guard HiddenCharacters.occur(in: bytes) else { return make(bytes, repaired: &repaired) }
        cleaned = true
        var kept = HiddenCharacters.removed(from: bytes)
        while kept.last == 0x20 || kept.last == 0x09 { kept.removeLast() }
        let start = kept.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? kept.endIndex
        kept.removeFirst(start)
        return kept.withUnsafeBufferPointer { make($0, repaired: &repaired) }
    }

    static func make(_ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool) -> String {
        if String.isKnownNFC(buffer: bytes) {
            let text = String(decoding: bytes, as: UTF8.self)
            // Each repair puts three bytes (U+FFFD) for one to three, so the text
            // grows — except for a cut four-byte sequence, whose F0–F4 lead the
            // NFC check never passes, and cannot skip over without the lead before
            // it being a repair too. So with the check passed, same length, same bytes.
            repaired = text.utf8.count != bytes.count
            return repaired ? text.precomposedStringWithCanonicalMapping : text
        }
        repaired = !UTF8Validation.isValid(bytes)
        if !repaired, let composed = VietnameseComposition.compose(bytes) { return composed }
        return String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
    }

    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var repaired = false
        var cleaned = false
        return make(bytes, repaired: &repaired, cleaned: &cleaned)
    }

    private func tailEqual(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        tails.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start, bytes.baseAddress! + 16, bytes.count - 16) == 0
        }
    }

    private mutating func startAgain() {
        for slot in 0..<Self.slotCount {
            slots[slot].info = 0
            texts[slot] = ""
        }
        tails.removeAll(keepingCapacity: true)
        entries = 0
    }

    /// The first sixteen bytes (1 to 16 of them) as two little-endian words,
    /// zero past the end — read with whole-word loads that stay inside the bytes.
    @inline(__always)
    static func heads(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        if count >= 16 {
            return (
                raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            )
        }
        if count > 8 {
            // The last eight bytes, shifted to drop those the first word holds.
            let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            return (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), last >> UInt64((16 - count) * 8))
        }
        if count == 8 { return (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), 0) }
        if count >= 4 {
            // Two four-byte loads that overlap: the shared bytes are the same.
            let low = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return (low | high << UInt64((count - 4) * 8), 0)
        }
        let middle = count / 2
        return (
            UInt64(raw[0]) | UInt64(raw[middle]) << UInt64(middle * 8) | UInt64(raw[count - 1])
                << UInt64((count - 1) * 8), 0
        )
    }

    /// A fast non-cryptographic hash: the two head words multiplied side by side,
    /// then the words past sixteen bytes one multiply each, then a final mix.
    @inline(__always)
    static func hash(_ head0: UInt64, _ head1: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = (head0 &* 0x9E37_79B9_7F4A_7C15) ^ (head1 &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(bytes.count)
        let count = bytes.count
        if count > 16 {
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 16
            while offset + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                offset += 8
            }
            if offset < count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
            }
        }
        hash ^= hash >> 29
        hash = hash &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 32)
    }

    /// A hash of any bytes (empty included), for memos keyed by text.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !bytes.isEmpty else { return 0x9E37_79B9_7F4A_7C15 }
        let (head0, head1) = heads(bytes)
        return hash(head0, head1, bytes)
    }
}
