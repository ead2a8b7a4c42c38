/// Why a workbook could not be read: what it is, or which part of it is wrong.
/// Every C status of minizip and libxml2 that means a failure becomes one of these.
public struct XlsxReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// Not a zip archive, or one whose directory cannot be read.
        case notZip
        /// A zip archive without the parts every workbook has (`xl/workbook.xml`…): a .docx, an .ods, a plain zip.
        case notWorkbook(found: String)
        /// An OLE compound file: a password-protected (encrypted) OOXML workbook.
        case encrypted
        /// An OLE compound file holding an Excel 97–2003 workbook.
        case legacyExcel
        /// Another OLE compound file (an old Word document, say).
        case otherCompoundFile
        /// A part the workbook names is not in the archive.
        case missingPart(String)
        /// A part is stored with encryption or a compression method the reader does not know.
        case unsupportedEntry(String)
        /// A part inflates past the size limit, or far past its compressed size: a zip bomb.
        case partTooLarge(String, limit: Int)
        /// The archive's data does not match its checksum, or ends early.
        case corrupt(String)
        /// A part declares a document type: never in OOXML, and the way to external entities.
        case doctype(String)
        /// A part is not well-formed XML (libxml2's words and place).
        case malformed(String, line: Int, message: String)
        /// More of something than a real workbook holds (sheets, shared strings, cells in a row).
        case limit(String)
    }

    public let kind: Kind
    public let file: String

    public init(_ kind: Kind, file: String) {
        self.kind = kind
        self.file = file
    }

    public var description: String {
        switch kind {
        case .notZip: "\(file): not a zip archive"
        case .notWorkbook(let found): "\(file): a zip archive but not a workbook (\(found))"
        case .encrypted: "\(file): an encrypted (password-protected) workbook"
        case .legacyExcel: "\(file): an Excel 97-2003 workbook"
        case .otherCompoundFile: "\(file): an OLE compound file that is not a workbook"
        case .missingPart(let part): "\(file): part \(part) is missing"
        case .unsupportedEntry(let part): "\(file): part \(part) is encrypted or compressed in an unknown way"
        case .partTooLarge(let part, let limit): "\(file): part \(part) inflates past \(limit) bytes"
        case .corrupt(let part): "\(file): part \(part) is damaged (checksum or length)"
        case .doctype(let part): "\(file): part \(part) declares a document type"
        case .malformed(let part, let line, let message): "\(file): part \(part), line \(line): \(message)"
        case .limit(let what): "\(file): \(what)"
        }
    }
}
