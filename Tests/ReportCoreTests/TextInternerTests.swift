import Foundation
import Testing

@testable import ReportCore

/// The interner hands back a stored text when it finds the same bytes: a wrong
/// match would silently put one unit's, zone's or date's text in place of
/// another. These tests check that every text it returns is exactly the NFC
/// text of the bytes asked for.
@Suite struct TextInternerTests {
    static func text(_ interner: inout TextInterner, _ bytes: [UInt8], field: Int = 0) -> String {
        bytes.withUnsafeBufferPointer { interner.text($0, field: field) }
    }

    /// Keys that differ in one byte, at every position of every length up to 40
    /// (across the two packed words and the tail), are never taken for each other.
    @Test func keysDifferingInOneByteStayApart() {
        var interner = TextInterner()
        for length in 1...40 {
            for position in 0..<length {
                let a = [UInt8](repeating: 0x61, count: length)
                var b = a
                b[position] = 0x62
                for _ in 0..<2 {
                    #expect(Self.text(&interner, a) == String(decoding: a, as: UTF8.self))
                    #expect(
                        Self.text(&interner, b) == String(decoding: b, as: UTF8.self),
                        "length \(length) position \(position)")
                }
            }
        }
    }

    /// Thousands of lookups of hundreds of values — ASCII, Vietnamese, decomposed,
    /// short and long, in more than 64 columns and more than the table holds — each
    /// give the NFC text of their bytes, byte for byte.
    @Test func everyTextIsTheNFCOfItsBytes() {
        var random = SplitMix(seed: 554)
        let pieces = [
            "QLDT", "Tháng 3/2023", "KCN Đình Vũ", "Ho\u{302}\u{300}ng", "15/03/2023", "USD", "Công ty",
            "e\u{301}", " ", "Điều chỉnh tăng vốn", "₫", "1.000.000", "x", "ữ", "Nhà máy số ",
        ]
        let pool: [[UInt8]] = (0..<1500).map { _ in
            var text = ""
            for _ in 0..<Int(random.next() % 6) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            if random.next() % 3 == 0 { text += String(random.next() % 100_000) }
            return Array(text.utf8)
        }
        var interner = TextInterner()
        for round in 0..<30_000 {
            // Skewed: a few values very often, as files repeat theirs.
            let pick = round % 3 == 0 ? Int(random.next() % 8) : Int(random.next() % UInt64(pool.count))
            let bytes = pool[pick]
            let field = Int(random.next() % 70)
            let got = Self.text(&interner, bytes, field: field)
            let expected = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
            #expect(Array(got.utf8) == Array(expected.utf8))
            #expect(!interner.lastRepaired)
        }
    }

    /// Invalid bytes are repaired and said so, the first time and when found again;
    /// a valid key that differs by one byte is not.
    @Test func repairsAreRememberedWithTheirBytes() {
        var interner = TextInterner()
        let broken: [UInt8] = Array("Hải Phòng ".utf8) + [0xC3, 0x28]
        let whole = Array("Hải Phòng ".utf8) + [0xC3, 0xA0]
        for _ in 0..<3 {
            #expect(Self.text(&interner, broken) == "Hải Phòng \u{FFFD}(")
            #expect(interner.lastRepaired)
            #expect(Self.text(&interner, whole) == "Hải Phòng à")
            #expect(!interner.lastRepaired)
        }
        // A cut four-byte sequence keeps the length the same once repaired.
        let cut: [UInt8] = [0x41, 0xF0, 0x9F, 0x98, 0x42]
        #expect(Self.text(&interner, cut) == "A\u{FFFD}B")
        #expect(interner.lastRepaired)
    }
}

/// A small seeded generator, so the test is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
