import Foundation

/// Text as a workbook stores it, turned back into what the cell shows:
/// `_xHHHH_` escapes (the way OOXML writes characters XML cannot hold, such
/// as `_x000D_` for a carriage return) decoded, and `_x005F_` before an escape
/// meaning a literal underscore.
enum CellText {
    /// Appends `bytes` (UTF-8) to `output`, decoding escapes.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard bytes.contains(UInt8(ascii: "_")) else {
            output.append(contentsOf: bytes)
            return
        }
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "_"), let scalar = escape(bytes, at: index) {
                if scalar == 0x5F, let next = escape(bytes, at: index + 7) {
                    // `_x005F_x0041_` is the text `_x0041_`, kept as written.
                    _ = next
                    output.append(contentsOf: bytes[(index + 7)..<(index + 14)])
                    index += 14
                    continue
                }
                var utf8: [UInt8] = []
                if let character = Unicode.Scalar(scalar) { utf8.append(contentsOf: String(character).utf8) }
                output.append(contentsOf: utf8)
                index += 7
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
    }

    /// The code point of `_xHHHH_` starting at `index`, if one does.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] | 0x20 == UInt8(ascii: "x"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt32 = 0
        for offset in 2..<6 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The bytes of a C string (libxml2's values).
    static func bytes(_ pointer: UnsafePointer<UInt8>?) -> UnsafeBufferPointer<UInt8> {
        guard let pointer else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(
            start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }
}
