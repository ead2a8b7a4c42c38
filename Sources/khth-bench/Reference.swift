import Foundation

/// The yardstick: the reader NOTES-csv describes and measured at 2.2 M rows/s on
/// a machine of the project's kind, written here as plainly — a byte-at-a-time
/// RFC 4180 loop over 1 MiB `read(2)` chunks, fields as byte ranges, a `String`
/// made from each field's bytes. No normalisation, no positions, no recovery
/// from broken quoting.
///
/// The intake aim (1.5 M rows/s) was set on that machine; this machine's speed
/// changes from run to run by half as much again. Measured in the same run, the
/// ratio of our parse to this loop says whether the aim holds here: 1.5 / 2.2 = 0.68.
enum ReferenceReader {
    static let chunkSize = 1 << 20
    /// NOTES-csv's figure for this loop, and the aim.
    static let notesRowsPerSecond = 2.2e6
    static let aimRowsPerSecond = 1.5e6

    /// Calls `body` with every field of every record (the header's too).
    static func forEachField(path: String, _ body: (String) -> Void) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 2 * chunkSize)
        var filled = 0
        var atEnd = false
        while !atEnd {
            if buffer.count - filled < chunkSize { buffer += [UInt8](repeating: 0, count: chunkSize) }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, chunkSize) }
            guard count >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
            atEnd = count == 0
            filled += count
            let consumed = buffer.withUnsafeBufferPointer { fields($0, filled: filled, final: atEnd, body) }
            // The unfinished field moves to the front; the next chunk follows it.
            buffer.withUnsafeMutableBytes { raw in
                if consumed > 0 && consumed < filled {
                    memmove(raw.baseAddress!, raw.baseAddress! + consumed, filled - consumed)
                }
            }
            filled -= consumed
        }
    }

    /// Reads the complete fields in `bytes[0..<filled]` (all of them when
    /// `final`); returns how many bytes they took.
    private static func fields(
        _ bytes: UnsafeBufferPointer<UInt8>, filled: Int, final: Bool,
        _ body: (String) -> Void
    ) -> Int {
        let quote: UInt8 = 0x22
        let comma: UInt8 = 0x2C
        let cr: UInt8 = 0x0D
        let lf: UInt8 = 0x0A
        var i = 0
        while i < filled {
            let fieldStart = i
            var text: Range<Int>
            var doubled = false
            if bytes[i] == quote {
                // A quoted field: to the quote not followed by another.
                i += 1
                while i < filled {
                    if bytes[i] == quote {
                        if i + 1 < filled && bytes[i + 1] == quote {
                            doubled = true
                            i += 2
                            continue
                        }
                        break
                    }
                    i += 1
                }
                text = (fieldStart + 1)..<min(i, filled)
                i += 1
            } else {
                while i < filled {
                    let byte = bytes[i]
                    if byte == comma || byte == cr || byte == lf { break }
                    i += 1
                }
                text = fieldStart..<i
            }
            // Past the delimiter or line end; a field not known to be complete waits for the next chunk.
            if i >= filled {
                if !final { return fieldStart }
            } else if bytes[i] == cr {
                if i + 1 >= filled && !final { return fieldStart }
                i += i + 1 < filled && bytes[i + 1] == lf ? 2 : 1
            } else {
                i += 1
            }
            let field = String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self)
            body(doubled ? field.replacingOccurrences(of: "\"\"", with: "\"") : field)
        }
        return filled
    }
}
