/// The characters a cell must not carry into the report: C0 controls other
/// than tab, line feed and carriage return, DEL, the C1 controls (U+0080–U+009F),
/// and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF). They come from
/// pasting out of other programs and web pages; invisible in a cell, they
/// break matching (`Hoàn thành` with a zero-width space is no list entry), and a
/// control character would reach the workbook as an `_x0001_` escape.
enum HiddenCharacters {
    /// Whether any occurs, looking at each byte once: only bytes below 0x20,
    /// DEL and the leads 0xC2, 0xE2 and 0xEF can begin one.
    static func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF {
                if length(at: index, in: bytes) > 0 { return true }
            }
            index += 1
        }
        return false
    }

    /// The bytes without them.
    static func removed(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let skip = length(at: index, in: bytes)
            if skip > 0 {
                index += skip
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept
    }

    /// The ones that occur, in order, for the diagnostic.
    static func found(in bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var index = 0
        while index < bytes.count {
            let skip = length(at: index, in: bytes)
            if skip > 0 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + skip)]), as: UTF8.self)
                if let scalar = text.unicodeScalars.first, !scalars.contains(scalar) { scalars.append(scalar) }
                index += skip
            } else {
                index += 1
            }
        }
        return scalars
    }

    /// The byte length of a hidden character starting at `index`, or 0.
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1 }
        if byte == 0x7F { return 1 }
        let rest = bytes.count - index
        switch byte {
        case 0xC2 where rest >= 2 && (0x80...0x9F).contains(bytes[index + 1]):
            return 2
        case 0xE2 where rest >= 3:
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            return second == 0x80 && (0x8B...0x8D).contains(third) || second == 0x81 && third == 0xA0 ? 3 : 0
        case 0xEF where rest >= 3:
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }
}
