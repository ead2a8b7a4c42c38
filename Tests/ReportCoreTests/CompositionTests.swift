import Foundation
import Testing

@testable import ReportCore

/// The fast NFC for Vietnamese with combining marks gives Foundation's answer,
/// or none at all.
@Suite struct CompositionTests {
    static let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    static let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

    /// Every Vietnamese vowel with every tone, both cases, in NFC.
    static let letters: [String] =
        vowels.flatMap { vowel in
            tones.flatMap { tone in
                [vowel + tone, (vowel + tone).uppercased()].map(\.precomposedStringWithCanonicalMapping)
            }
        } + ["đ", "Đ"]

    func compose(_ text: String) -> String? {
        Array(text.utf8).withUnsafeBufferPointer(VietnameseComposition.compose)
    }

    /// The ways a letter reaches us: composed, fully decomposed, as "tổ hợp"
    /// typing writes it (the vowel's own mark composed, the tone combining),
    /// and with its two marks in the other order.
    static func forms(of letter: String) -> [String] {
        let decomposed = letter.decomposedStringWithCanonicalMapping
        var forms = [letter, decomposed]
        let scalars = Array(decomposed.unicodeScalars)
        if scalars.count == 3 {
            forms.append(
                String(String.UnicodeScalarView(scalars.prefix(2))).precomposedStringWithCanonicalMapping
                    + String(scalars[2]))
            forms.append(String(String.UnicodeScalarView([scalars[0], scalars[2], scalars[1]])))
        }
        return forms
    }

    @Test func everyVietnameseLetterInEveryFormComposesAsFoundationDoes() {
        for letter in Self.letters {
            for (index, form) in Self.forms(of: letter).enumerated() {
                let expected = "Nh" + form.precomposedStringWithCanonicalMapping + "m 1,5%"
                let fast = compose("Nh" + form + "m 1,5%")
                let scalars = form.unicodeScalars.map { String($0.value, radix: 16) }
                if index < 3 {
                    // Composed, decomposed, "tổ hợp": always on the fast path.
                    #expect(fast == expected, "\(letter): \(scalars)")
                    #expect(fast.map { Array($0.utf8) } == Array(expected.utf8))
                } else {
                    // Marks in the other order: NFC composes them only when their classes differ.
                    #expect(fast == nil || fast == expected, "\(letter): \(scalars)")
                }
            }
        }
    }

    @Test func mixedTextAgreesWithFoundation() {
        // A fixed generator: the same strings every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = [" ", ", ", "-", "2023", "(", ")", "KCN", "\"", "₫", "–", "ç", "\u{304}", "x\u{301}", "\u{301}"]
        var fastPath = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(1 + next(12)) {
                if next(4) == 0 {
                    text += pieces[next(pieces.count)]
                } else {
                    let forms = Self.forms(of: Self.letters[next(Self.letters.count)])
                    text += forms[next(forms.count)] + ["", "n", "ng", "t"][next(4)]
                }
            }
            let expected = text.precomposedStringWithCanonicalMapping
            if let fast = compose(text) {
                fastPath += 1
                #expect(
                    fast == expected && Array(fast.utf8) == Array(expected.utf8),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            // What every caller gets, fast path or not.
            #expect(Array(text.nfc.utf8) == Array(expected.utf8))
        }
        #expect(fastPath > 1000)
    }

    @Test func outsideItsShapeItStepsAside() {
        #expect(compose("\u{301}a") == nil)  // a mark with no letter
        #expect(compose("a\u{304}") == nil)  // a mark Vietnamese does not use
        #expect(compose("x\u{301}") == nil)  // no letter composes: Foundation keeps both
        #expect(compose("e\u{302}\u{301}\u{323}") == nil)  // three marks
        #expect(compose("Привет\u{301}") == nil)
        #expect(compose("Hải Phòng".decomposedStringWithCanonicalMapping) == "Hải Phòng")
    }
}
