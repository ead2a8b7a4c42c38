/// The workbook's shared strings (`sharedStrings.xml`), held as one UTF-8
/// buffer with offsets: a cell's text is a slice of it, never a String made
/// per cell. Rich text runs are joined; phonetic guides (`rPh`) left out.
/// Memory grows with the distinct strings, not with the rows.
struct SharedStrings {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    static let limit = 4_000_000

    init() {}

    init(part: String, in archive: ZipArchive) throws(XlsxReadError) {
        let xml = try XMLStream(try archive.open(part), part: part)
        let si = xml.intern("si")
        let t = xml.intern("t")
        let rPh = xml.intern("rPh")
        var inString = false
        var inText = false
        while let type = try xml.next() {
            switch type {
            case .element:
                let name = xml.localName
                if name == si {
                    inString = true
                    if xml.isEmptyElement { close() }
                } else if name == rPh {
                    try xml.skip()
                } else if name == t && inString {
                    inText = !xml.isEmptyElement
                }
            case .text, .cdata, .significantWhitespace, .whitespace:
                if inText { xml.withValue { CellText.append(CellText.bytes($0), to: &bytes) } }
            case .endElement:
                let name = xml.localName
                if name == t {
                    inText = false
                } else if name == si {
                    inString = false
                    close()
                    guard ends.count <= Self.limit else {
                        throw XlsxReadError(.limit("more than \(Self.limit) shared strings"), file: archive.file)
                    }
                }
            default: continue
            }
        }
        try xml.finish()
    }

    private mutating func close() { ends.append(bytes.count) }

    var count: Int { ends.count }

    /// The bytes of string `index`, or nil when there is no such string.
    func range(_ index: Int) -> Range<Int>? {
        guard index >= 0, index < ends.count else { return nil }
        return (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
