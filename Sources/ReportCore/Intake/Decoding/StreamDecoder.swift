/// Turns a file's byte chunks into UTF-8, whatever it was written in.
///
/// UTF-16 and Windows-1258 bytes that cannot be decoded become U+FFFD; UTF-8
/// passes through as it is, and each field is validated when its text is made
/// (`TextInterner.make`), once per distinct value. Either way the reader reports
/// the field with line and column; nothing falls back silently to Latin-1. Until the first
/// non-ASCII byte, the encoding may still be undecided: the bytes from it on decide it.
///
/// What decides never depends on where chunks end (the decoding fuzz target
/// checks it): the signature is looked for in the first `leadingBytes`, and the
/// encoding in the `decidingBytes` from the first non-ASCII byte, held back
/// until that many have come or the file ends.
struct StreamDecoder {
    private(set) var encoding: TextEncoding?
    /// Set when the file turns out not to be text we read.
    private(set) var rejected: FileShape?
    private var carry: [UInt8] = []
    private var started = false
    /// The last ASCII bytes passed through while undecided: the start of the
    /// line a legacy file's excerpt shows.
    private var recentASCII: [UInt8] = []

    init(encoding: TextEncoding? = nil) { self.encoding = encoding }

    static let leadingBytes = 4096
    static let decidingBytes = 262_144

    /// The U+FFFD replacement character in UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes a chunk, appending UTF-8 to `output`. `final` flushes what is left.
    mutating func decode(_ chunk: ArraySlice<UInt8>, into output: inout [UInt8], final: Bool) {
        var input = carry.isEmpty ? chunk : (carry + chunk)[...]
        carry = Array(decodeReturningLeftover(&input, into: &output, final: final))
    }

    private mutating func decodeReturningLeftover(
        _ input: inout ArraySlice<UInt8>, into output: inout [UInt8], final: Bool
    ) -> ArraySlice<UInt8> {
        if !started {
            // Wait for enough bytes to recognise a byte-order mark or a signature.
            if input.count < Self.leadingBytes && !final { return input }
            started = true
            if encoding == nil, let shape = FileSniffer.leadingShape(input) {
                guard case .text(let found) = shape else {
                    rejected = shape
                    return []
                }
                encoding = found
            }
            input = input.dropFirst(byteOrderMarkLength(input))
        }
        guard rejected == nil else { return [] }
        if encoding == nil {
            // Still ASCII so far: pass ASCII through; the first other byte decides.
            guard let firstHigh = input.firstIndex(where: { $0 >= 0x80 || $0 == 0 }) else {
                output.append(contentsOf: input)
                remember(input)
                return []
            }
            output.append(contentsOf: input[..<firstHigh])
            remember(input[..<firstHigh])
            input = input[firstHigh...]
            if input.count < Self.decidingBytes && !final { return input }
            let shape = FileSniffer.classifyNonASCII(input.prefix(Self.decidingBytes), before: recentASCII)
            guard case .text(let found) = shape else {
                rejected = shape
                return []
            }
            encoding = found
        }
        switch encoding! {
        case .utf8, .utf8BOM:
            output.append(contentsOf: input)
            return []
        case .utf16LE: return decodeUTF16(input, bigEndian: false, into: &output, final: final)
        case .utf16BE: return decodeUTF16(input, bigEndian: true, into: &output, final: final)
        case .windows1258:
            decodeWindows1258(input, into: &output)
            return []
        }
    }

    private mutating func remember(_ ascii: ArraySlice<UInt8>) {
        recentASCII = Array((recentASCII + ascii.suffix(32)).suffix(32))
    }

    private func byteOrderMarkLength(_ input: ArraySlice<UInt8>) -> Int {
        switch encoding {
        case .utf8BOM?, .utf8?: input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LE?: input.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BE?: input.starts(with: [0xFE, 0xFF]) ? 2 : 0
        default: 0
        }
    }

    private func decodeUTF16(_ input: ArraySlice<UInt8>, bigEndian: Bool, into output: inout [UInt8], final: Bool)
        -> ArraySlice<UInt8>
    {
        var index = input.startIndex
        @inline(__always) func unit(at i: Int) -> UInt16 {
            bigEndian ? UInt16(input[i]) << 8 | UInt16(input[i + 1]) : UInt16(input[i + 1]) << 8 | UInt16(input[i])
        }
        while index + 1 < input.endIndex {
            let first = unit(at: index)
            var scalar: Unicode.Scalar?
            var consumed = 2
            if (0xD800...0xDBFF).contains(first) {
                guard index + 3 < input.endIndex else {
                    if final { break }
                    return input[index...]
                }
                let second = unit(at: index + 2)
                if (0xDC00...0xDFFF).contains(second) {
                    scalar = Unicode.Scalar(0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00))
                    consumed = 4
                }
            } else if !(0xDC00...0xDFFF).contains(first) {
                scalar = Unicode.Scalar(first)
            }
            if let scalar {
                output.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                output.append(contentsOf: Self.replacement)
            }
            index += consumed
        }
        if index < input.endIndex {
            if !final { return input[index...] }
            output.append(contentsOf: Self.replacement)
        }
        return []
    }

    private func decodeWindows1258(_ input: ArraySlice<UInt8>, into output: inout [UInt8]) {
        for byte in input {
            if byte < 0x80 {
                output.append(byte)
            } else {
                let value = LegacyEncodings.windows1258[Int(byte) - 0x80]
                if value == 0 {
                    output.append(contentsOf: Self.replacement)
                } else {
                    output.append(contentsOf: UTF8.encode(Unicode.Scalar(value)!)!)
                }
            }
        }
    }
}
