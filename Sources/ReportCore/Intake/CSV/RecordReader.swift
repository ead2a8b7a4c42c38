import Foundation

/// Reads a submission's records: recognises the file (encoding, or not text at
/// all), the delimiter (`,` `;` or tab, or Excel's `sep=` first line), and the
/// header row (which may sit below a few title lines), then yields data records
/// one at a time with their line and Excel row.
struct RecordReader<Source: ByteSource>: RecordSource {
    private var source: Source
    private var decoder: StreamDecoder
    private var parser: CSVParser
    private var exhausted = false
    private var recordsSeen = 0
    private var separatorLine = false
    /// The first data row, read while looking at the header, handed out first.
    private var pending: CSVRecord?

    /// What the file turned out to be. Not `.text` means nothing can be read.
    private(set) var shape: FileShape = .empty
    private(set) var delimiter: UInt8 = 0x2C
    /// The header row's fields and where it was.
    private(set) var headers: [String] = []
    private(set) var headerLine = 0
    /// Non-blank lines above the header (titles), skipped.
    private(set) var preambleLines = 0
    /// The fields of the first non-blank line when no header row was recognised.
    private(set) var unrecognisedHeaders: [String]?

    /// Bytes decoded before the header is looked for: enough for the first rows.
    static var sampleBytes: Int { 64 << 10 }
    /// Rows searched for the header.
    static var headerSearchRows: Int { 15 }

    init(source: Source, encoding: TextEncoding? = nil) throws {
        self.source = source
        decoder = StreamDecoder(encoding: encoding)
        parser = CSVParser(delimiter: 0x2C)
        var sample: [UInt8] = []
        while sample.count < Self.sampleBytes, decoder.rejected == nil {
            guard let chunk = try self.source.nextChunk() else {
                decoder.decode([], into: &sample, final: true)
                exhausted = true
                break
            }
            decoder.decode(chunk[...], into: &sample, final: false)
        }
        if let rejected = decoder.rejected {
            shape = rejected
            return
        }
        if sample.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) && exhausted {
            shape = .empty
            return
        }
        shape = .text(decoder.encoding ?? .utf8)
        var body = sample[...]
        if let (sep, length) = Self.separatorDeclaration(body) {
            delimiter = sep
            separatorLine = true
            body = body.dropFirst(length)
        } else {
            delimiter = Self.detectDelimiter(body, final: exhausted)
        }
        parser = CSVParser(delimiter: delimiter)
        if separatorLine { parser.skipLines(1) }
        parser.feed(Array(body))
        if exhausted { parser.finish() }
        try findHeader()
    }

    /// `sep=;` (Excel's delimiter declaration), possibly quoted, on the first line.
    static func separatorDeclaration(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int)? {
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        // Nearly every file starts with its header or a title: no `s`, no declaration.
        let opening = firstLine.first { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") && $0 != 0x20 }
        guard opening == UInt8(ascii: "s") || opening == UInt8(ascii: "S") else { return nil }
        var text = String(decoding: firstLine, as: UTF8.self).lowercased()
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        guard text.hasPrefix("sep="), text.count == 5, let byte = text.utf8.last else { return nil }
        var length = firstLine.count
        let rest = bytes.dropFirst(length)
        if rest.first == 0x0D { length += 1 }
        if bytes.dropFirst(length).first == 0x0A { length += 1 }
        return (byte, length)
    }

    /// The delimiter whose reading of the first rows finds the best header row;
    /// failing that, the one splitting the first line into the most fields.
    static func detectDelimiter(_ sample: ArraySlice<UInt8>, final: Bool) -> UInt8 {
        var best: (delimiter: UInt8, score: Int, fields: Int) = (0x2C, -1, 0)
        // A delimiter the first rows never hold cannot split them: not worth a reading.
        let head = sample.prefix(8 << 10)
        let present = [UInt8(0x2C), 0x3B, 0x09].filter { head.contains($0) }
        // One candidate (nearly every file): nothing to choose between, nothing to score.
        guard present.count > 1 else { return present.first ?? 0x2C }
        for candidate: UInt8 in present {
            var parser = CSVParser(delimiter: candidate)
            parser.feed(Array(sample))
            if final { parser.finish() }
            var record = CSVRecord()
            var score = 0
            var firstFields = 0
            var rows = 0
            while rows < headerSearchRows, parser.next(into: &record) == .record {
                if record.isBlank { continue }
                rows += 1
                if firstFields == 0 { firstFields = record.count }
                score = max(score, HeaderMatcher.score((0..<record.count).map(record.text)))
            }
            if score > best.score || (score == best.score && firstFields > best.fields) {
                best = (candidate, score, firstFields)
            }
        }
        return best.delimiter
    }

    private mutating func findHeader() throws {
        var this = self
        let found = try HeaderSearch.find { record in try this.nextRecord(into: &record) }
        self = this
        (headers, headerLine, preambleLines, unrecognisedHeaders, pending) =
            (found.headers, found.line, found.preamble, found.unrecognised, found.lookahead)
    }

    /// The next record; false at the end of the file.
    mutating func nextRecord(into record: inout CSVRecord) throws -> Bool {
        if let waiting = pending {
            record = waiting
            pending = nil
            return true
        }
        while true {
            switch parser.next(into: &record) {
            case .record:
                recordsSeen += 1
                return true
            case .end:
                return false
            case .needMore:
                if exhausted {
                    parser.finish()
                    continue
                }
                if let chunk = try source.nextChunk() {
                    parser.feed(chunk[...], through: &decoder, final: false)
                } else {
                    parser.feed([], through: &decoder, final: true)
                    exhausted = true
                }
                if let rejected = decoder.rejected {
                    shape = rejected
                    return false
                }
                if let encoding = decoder.encoding { shape = .text(encoding) }
                if exhausted { parser.finish() }
            }
        }
    }

    /// The row number Excel shows for the record just read. Excel hides a `sep=`
    /// line, and the parser never sees it, so this is the count of records read.
    var excelRow: Int { recordsSeen }
}
