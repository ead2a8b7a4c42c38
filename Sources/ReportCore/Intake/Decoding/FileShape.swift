/// What a submitted file turns out to be, from its bytes.
public enum FileShape: Hashable, Sendable {
    case text(TextEncoding)
    /// No bytes, or only a byte-order mark and blank space.
    case empty
    /// A zip container: an Excel workbook (.xlsx) or LibreOffice sheet saved under a .csv name.
    case zipArchive
    /// An Excel 97–2003 (.xls) or old Office file.
    case oldOffice
    case pdf
    /// Control bytes and NULs: not text.
    case binary
    /// An 8-bit Vietnamese font encoding this tool does not convert.
    case legacy(Legacy, sample: String)

    public enum Legacy: Hashable, Sendable {
        case tcvn3
        case vni
        case unknown
    }

    /// A worksheet of a workbook: typed cells, no encoding to find.
    case worksheet

    public var isReadable: Bool {
        switch self {
        case .text, .worksheet: true
        default: false
        }
    }
}

/// The text encodings read.
public enum TextEncoding: String, Hashable, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
    case windows1258 = "Windows-1258"
}

/// Recognises a file from its first bytes, and — for text that is ASCII so far —
/// from the first chunk that is not.
enum FileSniffer {
    static func leadingShape(_ bytes: ArraySlice<UInt8>) -> FileShape? {
        let b = Array(bytes.prefix(8))
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zipArchive }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldOffice }
        if b.starts(with: Array("%PDF".utf8)) { return .pdf }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return .text(.utf8BOM) }
        if b.starts(with: [0xFF, 0xFE]) { return .text(.utf16LE) }
        if b.starts(with: [0xFE, 0xFF]) { return .text(.utf16BE) }
        // UTF-16 without a byte-order mark: ASCII text with every other byte zero.
        let sample = bytes.prefix(4096)
        if sample.count >= 4 {
            var evenZeros = 0
            var oddZeros = 0
            for (offset, byte) in sample.enumerated() where byte == 0 {
                if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
            }
            let half = sample.count / 2
            if oddZeros > half * 6 / 10 && evenZeros == 0 { return .text(.utf16LE) }
            if evenZeros > half * 6 / 10 && oddZeros == 0 { return .text(.utf16BE) }
        }
        if isBinary(sample) { return .binary }
        return nil
    }

    /// NULs or many control characters other than tab, line breaks and form feed.
    static func isBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        guard !sample.isEmpty else { return false }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    /// The encoding of the bytes from the file's first non-ASCII byte on. Text
    /// that is mostly valid UTF-8 is UTF-8 with a few damaged bytes (reported
    /// where they are), not an 8-bit encoding: legacy bytes almost never form
    /// valid multi-byte sequences by chance. `before`: the ASCII just before,
    /// for the excerpt a legacy file is shown by.
    static func classifyNonASCII(_ window: ArraySlice<UInt8>, before: [UInt8] = []) -> FileShape {
        if isBinary(window.prefix(65_536)) { return .binary }
        let (valid, invalid) = UTF8Validation.census(window.prefix(262_144))
        if invalid == 0 || valid > invalid * 2 { return .text(.utf8) }
        let sample = Array(window.prefix(262_144))
        guard let legacy = LegacyEncodings.identify(sample) else { return .text(.windows1258) }
        return .legacy(legacy, sample: excerpt(before + sample.prefix(64)))
    }

    /// A short piece of the first line with high bytes, shown as Latin-1 would show
    /// it — what the user sees when the file is opened with the wrong encoding.
    static func excerpt(_ sample: [UInt8]) -> String {
        guard let index = sample.firstIndex(where: { $0 >= 0x80 }) else { return "" }
        var start = index
        while start > 0 && sample[start - 1] != 0x0A && index - start < 30 { start -= 1 }
        var end = index
        while end < sample.count && sample[end] != 0x0A && sample[end] != 0x0D && end - index < 30 { end += 1 }
        return String(sample[start..<end].map { Character(Unicode.Scalar($0)) })
    }
}

enum UTF8Validation {
    /// Whether the bytes are well-formed UTF-8 throughout.
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < buffer.count {
            if buffer[index] < 0x80 {
                index += 1
            } else if case .valid(let length) = sequenceLength(buffer, at: index) {
                index += length
            } else {
                return false
            }
        }
        return true
    }

    /// Valid multi-byte sequences and invalid bytes in a sample (a sequence cut
    /// at the end counts as neither).
    static func census(_ bytes: ArraySlice<UInt8>) -> (valid: Int, invalid: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var valid = 0
            var invalid = 0
            var index = 0
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                switch sequenceLength(buffer, at: index) {
                case .valid(let n):
                    valid += 1
                    index += n
                case .truncated: return (valid, invalid)
                case .invalid:
                    invalid += 1
                    index += 1
                }
            }
            return (valid, invalid)
        }
    }

    enum Sequence {
        case valid(Int)
        case truncated
        case invalid
    }

    /// The length of the UTF-8 sequence starting at `index`, checked per RFC 3629.
    @inline(__always)
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Sequence {
        let lead = buffer[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return .invalid
        }
        let count = buffer.count
        if index + 1 >= count { return .truncated }
        let second = buffer[index + 1]
        guard second >= low && second <= high else { return .invalid }
        for offset in 2..<length {
            guard index + offset < count else { return .truncated }
            let byte = buffer[index + offset]
            guard byte >= 0x80 && byte <= 0xBF else { return .invalid }
        }
        return .valid(length)
    }

}
