import CXlsxWriter

/// Reads back a workbook libxlsxwriter has just written and finds a part that
/// stops short of its end.
///
/// libxlsxwriter writes every part to a temporary file first and does not check
/// those writes: on a full disk (measured with 1.1.4 and a full tmpfs as
/// `tmpdir`) `workbook_close` returns success for a file whose parts are empty
/// or cut off. An XML part is whole when it ends with its root element's end
/// tag; the zip's checksums are checked on the way.
enum PackageCheck {
    /// The first part that is not whole, or nil.
    static func incompletePart(of path: String) -> String? {
        guard let zip = unzOpen64(path) else { return "(zip)" }
        defer { unzClose(zip) }
        var status = unzGoToFirstFile(zip)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        while status == UNZ_OK {
            var name = [CChar](repeating: 0, count: 1024)
            guard unzGetCurrentFileInfo64(zip, nil, &name, UInt(name.count - 1), nil, 0, nil, 0) == UNZ_OK else {
                return "(zip)"
            }
            let part = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard unzOpenCurrentFile(zip) == UNZ_OK else { return part }
            var ends = XMLEnds()
            var got: Int32
            repeat {
                got = unzReadCurrentFile(zip, buffer.baseAddress, UInt32(buffer.count))
                if got > 0 { ends.take(UnsafeRawBufferPointer(rebasing: buffer[0..<Int(got)])) }
            } while got > 0
            // Closing checks the CRC of what was inflated.
            guard got == 0, unzCloseCurrentFile(zip) == UNZ_OK else { return part }
            if part.hasSuffix(".xml") || part.hasSuffix(".rels"), !ends.isWhole { return part }
            status = unzGoToNextFile(zip)
        }
        return status == UNZ_END_OF_LIST_OF_FILE ? nil : "(zip)"
    }

    /// The root element's name, from the start of a part, and the part's last bytes.
    struct XMLEnds {
        private var head: [UInt8] = []
        private var tail: [UInt8] = []
        private var total = 0
        private static let kept = 512

        mutating func take(_ bytes: UnsafeRawBufferPointer) {
            total += bytes.count
            if head.count < Self.kept { head += bytes.prefix(Self.kept - head.count) }
            tail += bytes.suffix(Self.kept)
            if tail.count > 2 * Self.kept { tail.removeFirst(tail.count - Self.kept) }
        }

        /// Ends with `</root>`, or is one empty root element `<root …/>` and nothing after it.
        var isWhole: Bool {
            guard let (start, root) = root else { return false }
            var end = tail[...]
            while let last = end.last, [0x20, 0x0A, 0x0D, 0x09].contains(last) { end = end.dropLast() }
            let close = Array("</".utf8) + root + [UInt8(ascii: ">")]
            if end.count >= close.count && Array(end.suffix(close.count)) == close { return true }
            // A part shorter than `kept` is all in `head`: its root's first `>` must be its end.
            guard total < Self.kept, let first = head[start...].firstIndex(of: UInt8(ascii: ">")) else { return false }
            return head[first - 1] == UInt8(ascii: "/")
                && head[(first + 1)...].allSatisfy { [0x20, 0x0A, 0x0D, 0x09].contains($0) }
        }

        /// Where the first element starts (after `<`, not `<?` or `<!`), and its name.
        private var root: (start: Int, name: [UInt8])? {
            var index = head.startIndex
            while index < head.count {
                guard head[index] == UInt8(ascii: "<"), index + 1 < head.count else {
                    index += 1
                    continue
                }
                let next = head[index + 1]
                if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                    index += 1
                    continue
                }
                let name = head[(index + 1)...].prefix { ![0x20, 0x0A, 0x0D, 0x09, 0x3E, 0x2F].contains($0) }
                return name.isEmpty || index + 1 + name.count >= head.count ? nil : (index, Array(name))
            }
            return nil
        }
    }
}
