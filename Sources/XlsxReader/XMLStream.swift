import CXlsxReader
import Foundation

/// One XML part read with libxml2's streaming reader (`xmlReaderForIO`),
/// pulling its bytes from a zip entry as it goes: memory does not grow with
/// the part. Safe by construction: no network (`XML_PARSE_NONET`), entities
/// never substituted and no DTD loaded (neither `NOENT` nor `DTDLOAD` is ever
/// set), and a part that declares a document type is refused — OOXML parts
/// never have one, and it is the way to external entities and expansion bombs.
final class XMLStream {
    /// Node types of `xmlTextReaderNodeType`.
    enum NodeType: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case entityReference = 5
        case documentType = 10
        case whitespace = 13
        case significantWhitespace = 14
        case endElement = 15
        case other = -1
    }

    let part: String
    private let stream: ZipEntryStream
    private let reader: xmlTextReaderPtr
    private let context: Unmanaged<Context>

    /// What the C callbacks share with Swift: the entry pulled from and the last parse error.
    final class Context {
        let stream: ZipEntryStream
        var message: String?
        var line = 0
        /// Before the root element: where a `<!DOCTYPE` would be.
        var inProlog = true
        var sawDoctype = false
        private var tail: [UInt8] = []
        init(stream: ZipEntryStream) { self.stream = stream }

        /// False when the prolog declares a document type; clears `inProlog` at the first element.
        func checkProlog(_ bytes: UnsafeRawBufferPointer) -> Bool {
            let text = tail + bytes
            let doctype = Array("<!DOCTYPE".utf8)
            var index = 0
            while index < text.count {
                guard text[index] == UInt8(ascii: "<"), index + 1 < text.count else {
                    index += 1
                    continue
                }
                let next = text[index + 1]
                if next == UInt8(ascii: "!"), index + doctype.count <= text.count,
                    Array(text[index..<(index + doctype.count)]) == doctype
                {
                    sawDoctype = true
                    return false
                }
                if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") {
                    inProlog = false
                    return true
                }
                index += 1
            }
            tail = Array(text.suffix(doctype.count))
            return true
        }
    }

    init(_ stream: ZipEntryStream, part: String) throws(XlsxReadError) {
        self.part = part
        self.stream = stream
        context = Unmanaged.passRetained(Context(stream: stream))
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let read: xmlInputReadCallback = { pointer, buffer, length in
            guard let pointer, let buffer else { return -1 }
            let context = Unmanaged<Context>.fromOpaque(pointer).takeUnretainedValue()
            do {
                let bytes = UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))
                let got = try context.stream.read(into: bytes)
                // A document type is refused before libxml2 reads a declaration of it.
                if context.inProlog, !context.checkProlog(UnsafeRawBufferPointer(rebasing: bytes[0..<got])) {
                    return -1
                }
                return Int32(got)
            } catch {
                return -1
            }
        }
        guard let reader = xmlReaderForIO(read, nil, context.toOpaque(), part, "UTF-8", options) else {
            context.release()
            throw XlsxReadError(
                .malformed(part, line: 0, message: "cannot start the XML reader"), file: stream.archive.file)
        }
        self.reader = reader
        // Errors are kept, not printed: libxml2 would write them to stderr.
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { pointer, error in
                guard let pointer, let error else { return }
                let context = Unmanaged<Context>.fromOpaque(pointer).takeUnretainedValue()
                if context.message == nil {
                    context.message = error.pointee.message.map { String(cString: $0) }?
                        .trimmingCharacters(in: [" ", "\n"])
                    context.line = Int(error.pointee.line)
                }
            }, context.toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        context.release()
    }

    var file: String { stream.archive.file }

    /// Moves to the next node (`xmlTextReaderRead`); nil at the end of the part.
    func next() throws(XlsxReadError) -> NodeType? {
        let status = xmlTextReaderRead(reader)
        if status == 1 {
            let type = NodeType(rawValue: xmlTextReaderNodeType(reader)) ?? .other
            if type == .documentType { throw XlsxReadError(.doctype(part), file: file) }
            return type
        }
        if status == 0 { return nil }
        if let failure = stream.failure { throw failure }
        let shared = context.takeUnretainedValue()
        if shared.sawDoctype { throw XlsxReadError(.doctype(part), file: file) }
        throw XlsxReadError(
            .malformed(part, line: shared.line, message: shared.message ?? "not well-formed"), file: file)
    }

    /// Reads to the end and checks the zip entry's checksum.
    func finish() throws(XlsxReadError) {
        while try next() != nil {}
        try stream.close()
    }

    /// The interned form of a name in this reader's dictionary
    /// (`xmlTextReaderConstString`): names compare by pointer.
    func intern(_ name: String) -> UnsafePointer<xmlChar>? { xmlTextReaderConstString(reader, name) }

    /// The current node's local name, interned (`xmlTextReaderConstLocalName`).
    var localName: UnsafePointer<xmlChar>? { xmlTextReaderConstLocalName(reader) }

    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    var depth: Int32 { xmlTextReaderDepth(reader) }

    /// The current text node's value (`xmlTextReaderConstValue`).
    var value: String { xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "" }

    /// The value's bytes, for numbers and indexes read without a String.
    func withValue<Result>(_ body: (UnsafePointer<xmlChar>?) -> Result) -> Result {
        body(xmlTextReaderConstValue(reader))
    }

    /// Calls `body` with each attribute's interned local name and value, then
    /// returns to the element (`xmlTextReaderMoveToNextAttribute`, `…MoveToElement`).
    func attributes(_ body: (UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?) -> Void) {
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            body(xmlTextReaderConstLocalName(reader), xmlTextReaderConstValue(reader))
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// The text inside the current element, to its end (text, CDATA and entity
    /// references as libxml2 reports them); the reader is left on its end tag.
    func text() throws(XlsxReadError) -> String {
        guard !isEmptyElement else { return "" }
        let start = depth
        var result = ""
        while let type = try next() {
            switch type {
            case .text, .cdata, .significantWhitespace, .whitespace: result += value
            case .endElement where depth == start: return result
            default: continue
            }
        }
        return result
    }

    /// Skips the rest of the current element (`xmlTextReaderNext`).
    func skip() throws(XlsxReadError) {
        guard !isEmptyElement else { return }
        let start = depth
        while let type = try next() {
            if type == .endElement && depth == start { return }
        }
    }
}

extension UnsafePointer<xmlChar> {
    /// The C string as Swift text.
    var string: String { String(cString: self) }
}
