/// Reads back a workbook libxlsxwriter has just written and finds a part that
/// stops short of its end.
///
/// libxlsxwriter writes every part to a temporary file first and does not check
/// those writes: on a full disk (measured with 1.1.4 and a full tmpfs as
/// `tmpdir`) `workbook_close` returns success for a file whose parts are empty
/// or cut off. An XML part is whole when it ends with its root element's end
/// tag; the zip's checksums are checked on the way.
public enum PackageCheck {
    /// The first part that is not whole, or nil. Read through `ZipArchive`,
    /// as a unit's workbook is: each part inflated as a stream, its checksum
    /// and length checked on closing.
    public static func incompletePart(of path: String) -> String? {
        let archive: ZipArchive
        // Our own parts: no bound on how well they compress (a unit's file gets the bounds).
        let ours = ZipArchive.Limits(partBytes: .max, ratio: 1 << 20, slack: 0)
        do { archive = try ZipArchive(path: path, file: path, limits: ours) } catch { return "(zip)" }
        for entry in archive.entries.values.sorted(by: { $0.name < $1.name }) {
            var ends = XMLEnds()
            do {
                try archive.read(entry.name) { piece in ends.take(piece) }
            } catch {
                return entry.name
            }
            if entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels"), !ends.isWhole { return entry.name }
        }
        return nil
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
