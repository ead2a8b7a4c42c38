/// An `.xlsx` (or `.xlsm`) workbook opened for reading: its sheets in tab
/// order with their visibility, its date system, and each sheet's rows as a
/// stream (`rows(of:)`). Shared strings and number formats are read when the
/// workbook is opened; a sheet is read row by row, never held whole.
public final class XlsxWorkbook {
    public enum Visibility: Hashable, Sendable {
        case visible
        case hidden
        /// Hidden so that only a macro or the file's XML can show it.
        case veryHidden
    }

    public struct Sheet: Hashable, Sendable {
        public let name: String
        public let visibility: Visibility
        /// The archive entry of the sheet; nil for a chart sheet or a sheet whose part is missing.
        let part: String?
        /// A worksheet (not a chart or dialog sheet).
        public var isWorksheet: Bool { part != nil }
    }

    public struct Limits: Sendable {
        /// How far a part may inflate.
        public var partBytes: UInt64 = 4 << 30
        /// How many times its compressed size a part may inflate to.
        public var ratio: UInt64 = 250
        public init() {}
    }

    public let file: String
    public private(set) var sheets: [Sheet] = []
    /// The 1904 date system (old Mac workbooks): serial 0 is 1 January 1904, not 30 December 1899.
    public private(set) var uses1904 = false
    let archive: ZipArchive
    let strings: SharedStrings
    let formats: NumberFormats

    /// Opens the workbook at `path`; `file` names it in errors. A compound
    /// (OLE) file is told apart first: an encrypted workbook or an Excel 97–2003 one.
    public init(path: String, file: String, limits: Limits = Limits()) throws(XlsxReadError) {
        self.file = file
        if let kind = CompoundFile.kind(path: path) {
            switch kind {
            case .encryptedPackage: throw XlsxReadError(.encrypted, file: file)
            case .legacyWorkbook: throw XlsxReadError(.legacyExcel, file: file)
            case .other: throw XlsxReadError(.otherCompoundFile, file: file)
            }
        }
        let archive = try ZipArchive(
            path: path, file: file, limits: .init(partBytes: limits.partBytes, ratio: limits.ratio))
        self.archive = archive
        let package = try Relationships(of: "", in: archive)
        guard let workbookPart = package.first("officeDocument")?.part ?? archive.entry("xl/workbook.xml")?.name,
            archive.entry(workbookPart) != nil
        else {
            let found =
                archive.entry("content.xml") != nil
                ? "OpenDocument" : archive.entry("word/document.xml") != nil ? "Word" : "zip"
            throw XlsxReadError(.notWorkbook(found: found), file: file)
        }
        let relationships = try Relationships(of: workbookPart, in: archive)
        strings =
            try relationships.first("sharedStrings")?.part.map { (part) throws(XlsxReadError) in
                try SharedStrings(part: part, in: archive)
            } ?? SharedStrings()
        formats =
            try relationships.first("styles")?.part.map { (part) throws(XlsxReadError) in
                try NumberFormats(part: part, in: archive)
            } ?? NumberFormats()
        try readSheetList(workbookPart, relationships: relationships)
    }

    /// `<workbookPr date1904>` and `<sheets><sheet name state r:id>`.
    private func readSheetList(_ part: String, relationships: Relationships) throws(XlsxReadError) {
        let xml = try XMLStream(try archive.open(part), part: part)
        let sheet = xml.intern("sheet")
        let workbookPr = xml.intern("workbookPr")
        while let type = try xml.next() {
            guard type == .element else { continue }
            let name = xml.localName
            if name == workbookPr {
                xml.attributes { attribute, value in
                    guard let attribute, let value, attribute.string == "date1904" else { return }
                    uses1904 = value.string == "1" || value.string.lowercased() == "true"
                }
            } else if name == sheet {
                var sheetName = ""
                var state = Visibility.visible
                var id = ""
                xml.attributes { attribute, value in
                    guard let attribute, let value else { return }
                    switch attribute.string {
                    case "name": sheetName = value.string
                    case "state":
                        state =
                            value.string == "hidden" ? .hidden : value.string == "veryHidden" ? .veryHidden : .visible
                    case "id": id = value.string
                    default: break
                    }
                }
                let target = relationships.with(id: id)
                let part = target?.type == "worksheet" ? target?.part.flatMap { archive.entry($0)?.name } : nil
                sheets.append(Sheet(name: sheetName, visibility: state, part: part))
                guard sheets.count <= 10_000 else { throw XlsxReadError(.limit("more than 10,000 sheets"), file: file) }
            }
        }
        try xml.finish()
    }

    /// Calls `body` with each row of `sheet` that has a cell, top to bottom,
    /// as Excel shows it: a merged range's value in every cell of the range.
    public func rows(of sheet: Sheet, _ body: (SheetRow) throws -> Void) throws {
        guard let rows = try rows(of: sheet) else { return }
        while let row = try rows.next() { try body(row) }
    }

    /// The rows of `sheet` one at a time; nil for a sheet that is not a worksheet.
    public func rows(of sheet: Sheet) throws(XlsxReadError) -> SheetRows? {
        guard let part = sheet.part else { return nil }
        return try SheetRows(workbook: self, part: part, merges: try MergedRanges(part: part, in: archive))
    }
}
