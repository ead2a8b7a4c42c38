import Foundation

/// A sheet's merged ranges (`<mergeCells>`), which the sheet part lists after
/// its rows: found by a first pass over the part's bytes, so rows can carry a
/// range's value in every cell as they stream. Only `<mergeCell ref="…">`
/// elements are looked at; the rest of the part is read by libxml2.
struct MergedRanges {
    struct Range: Equatable {
        let top: Int
        let left: Int
        let bottom: Int
        let right: Int
    }

    /// Ranges of more than one cell, by top row.
    private(set) var ranges: [Range] = []

    init(part: String, in archive: ZipArchive) throws(XlsxReadError) {
        let token = Array("mergeCell".utf8)
        var carry: [UInt8] = []
        var found: [Range] = []
        try archive.read(part) { (piece) throws(XlsxReadError) in
            var bytes = carry
            bytes.append(contentsOf: piece)
            var start = 0
            var keepFrom = max(0, bytes.count - 512)
            while let index = Self.find(token, in: bytes, from: start) {
                let after = index + token.count
                guard after < bytes.count else {
                    keepFrom = min(keepFrom, index)
                    break
                }
                // `<mergeCells count="2">` is the list, `<mergeCell ref="A1:B2"/>` an entry;
                // the word in a cell's text is neither (text cannot hold a literal `<`).
                guard Self.opensElement(bytes, before: index),
                    bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0A || bytes[after] == 0x0D
                else {
                    start = after
                    continue
                }
                guard let end = bytes[after...].firstIndex(of: UInt8(ascii: ">")) else {
                    keepFrom = min(keepFrom, index)
                    break
                }
                if let range = Self.reference(in: bytes[after..<end]) { found.append(range) }
                guard found.count <= 1_000_000 else {
                    throw XlsxReadError(.limit("more than 1,000,000 merged ranges"), file: archive.file)
                }
                start = end
            }
            carry = Array(bytes[max(keepFrom, start)...])
        }
        ranges = found.filter { $0.top != $0.bottom || $0.left != $0.right }.sorted { $0.top < $1.top }
    }

    init() {}

    /// Whether a name at `index` starts an element: `<mergeCell`, or `<x:mergeCell`.
    static func opensElement(_ bytes: [UInt8], before index: Int) -> Bool {
        guard index > 0 else { return false }
        if bytes[index - 1] == UInt8(ascii: "<") { return true }
        guard bytes[index - 1] == UInt8(ascii: ":") else { return false }
        var position = index - 2
        while position >= 0 {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") { return position < index - 2 }
            let isNameByte =
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            guard isNameByte, index - position < 32 else { return false }
            position -= 1
        }
        return false
    }

    /// The first `token` in `bytes` from `start`: `memchr` for its first byte, then a comparison.
    static func find(_ token: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = token.first, start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = start
            while index + token.count <= buffer.count {
                guard let hit = memchr(base + index, Int32(first), buffer.count - index) else { return nil }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard position + token.count <= buffer.count else { return nil }
                if memcmp(base + position, token, token.count) == 0 { return position }
                index = position + 1
            }
            return nil
        }
    }

    /// `ref="A1:C3"` (either quote) among an element's attributes.
    static func reference(in attributes: ArraySlice<UInt8>) -> Range? {
        let text = String(decoding: attributes, as: UTF8.self)
        guard let ref = text.range(of: "ref=") else { return nil }
        let rest = text[ref.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        let corners = value.split(separator: ":")
        guard corners.count == 2, let first = CellAddress(corners[0]), let last = CellAddress(corners[1]) else {
            return nil
        }
        return Range(
            top: min(first.row, last.row), left: min(first.column, last.column), bottom: max(first.row, last.row),
            right: max(first.column, last.column))
    }
}

/// An A1 address: zero-based column, one-based row.
struct CellAddress: Equatable {
    let column: Int
    let row: Int

    static let maxRow = 1_048_576
    static let maxColumn = 16_383

    init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, column - 1 <= Self.maxColumn, row >= 1, row <= Self.maxRow else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// The column part alone (`r="B7"` of a cell whose row is known).
    static func column(of text: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            default:
                return letters > 0 && column - 1 <= maxColumn ? column - 1 : nil
            }
        }
        return letters > 0 && column - 1 <= maxColumn ? column - 1 : nil
    }
}
