import Foundation

/// The 8-bit encodings Vietnamese files arrive in, and how to tell them apart.
///
/// Windows-1258 is what Excel's "CSV (Comma delimited)" writes on Vietnamese
/// Windows: base letters plus combining tone marks. TCVN3 (ABC, `.VnTime` fonts)
/// and VNI (`VNI-Times`) are older font encodings still found in old templates;
/// they are recognised and refused with instructions, never decoded as Latin-1.
enum LegacyEncodings {
    /// Windows-1258, bytes 0x80…0xFF; 0 marks an undefined byte.
    static let windows1258: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0, 0x2039, 0x0152, 0, 0, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0, 0x203A, 0x0153, 0, 0, 0x0178,
        0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
        0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
        0xC0, 0xC1, 0xC2, 0x0102, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0x0300, 0xCD, 0xCE, 0xCF,
        0x0110, 0xD1, 0x0309, 0xD3, 0xD4, 0x01A0, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0x01AF, 0x0303, 0xDF,
        0xE0, 0xE1, 0xE2, 0x0103, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0x0301, 0xED, 0xEE, 0xEF,
        0x0111, 0xF1, 0x0323, 0xF3, 0xF4, 0x01A1, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0x01B0, 0x20AB, 0xFF,
    ]

    /// Every letter of the Vietnamese alphabet with its tones, lower and upper case.
    static let vietnameseLetters: Set<Character> = {
        let lower = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        return Set(lower + lower.uppercased())
    }()

    /// Non-letters a Vietnamese office file plausibly holds.
    static let plausibleSymbols: Set<Character> = Set("–—‘’“”…•€₫°²³±×·‰§©®™\u{A0}«»¼½¾")

    /// The share of non-ASCII characters of `text` that belong in Vietnamese text.
    static func vietnameseShare(_ text: String) -> (share: Double, count: Int) {
        var total = 0
        var plausible = 0
        for character in text.precomposedStringWithCanonicalMapping where !character.isASCII {
            total += 1
            if vietnameseLetters.contains(character) || plausibleSymbols.contains(character) { plausible += 1 }
        }
        return (total == 0 ? 1 : Double(plausible) / Double(total), total)
    }

    static func decodeWindows1258(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let value = windows1258[Int(byte) - 0x80]
                scalars.append(value == 0 ? "\u{FFFD}" : Unicode.Scalar(value)!)
            }
        }
        return String(scalars)
    }

    /// VNI writes a tone or vowel mark as a byte right after an ASCII vowel
    /// (`Haûi Phoøng`); TCVN3 writes each accented vowel as one byte, mostly after
    /// a consonant (`H¶i Phßng`). The share of high bytes that follow an ASCII
    /// vowel tells them apart.
    static func vniShare(_ bytes: [UInt8]) -> (share: Double, highBytes: Int) {
        let vowels: Set<UInt8> = Set("aeiouyAEIOUY".utf8)
        var high = 0
        var afterVowel = 0
        for index in bytes.indices where bytes[index] >= 0x80 {
            high += 1
            if index > 0 && vowels.contains(bytes[index - 1]) { afterVowel += 1 }
        }
        return (high == 0 ? 0 : Double(afterVowel) / Double(high), high)
    }

    /// Which 8-bit encoding `sample` (not valid UTF-8) is in.
    static func identify(_ sample: [UInt8]) -> FileShape.Legacy? {
        let decoded = decodeWindows1258(sample)
        let (share, count) = vietnameseShare(decoded)
        if count > 0 && share >= 0.9 && !decoded.contains("\u{FFFD}") { return nil }
        let (vni, high) = vniShare(sample)
        guard high > 0 else { return .unknown }
        if vni >= 0.55 { return .vni }
        if sample.contains(where: { (0xA1...0xFE).contains($0) }) && vni < 0.45 { return .tcvn3 }
        return .unknown
    }
}
