import Foundation

/// One record of a CSV file: its fields' text (quotes removed, doubled quotes
/// undone), where it starts, and what was wrong with its quoting.
struct CSVRecord {
    /// The record's UTF-8 bytes as the file has them (quotes and delimiters
    /// included), with quoted fields rewritten in place to their text.
    private var storage: [UInt8] = []
    /// Where each field's text is in `storage`.
    private var spans: [Span] = []
    /// Whether a quoted field's text differs from its bytes (doubled quotes, CR, text after the closing quote).
    private var needsRewrite = false

    private struct Span {
        var start: Int
        var end: Int
        var rewrite: Bool
    }
    /// The physical line the record starts on (1-based).
    var line = 0
    /// How many physical lines it spans (more than 1 when a quoted field holds line breaks).
    var lineCount = 1
    var problems: [CSVProblem] = []
    /// For a worksheet's row: each field's typed value (nil for text), beside
    /// the text the record holds for it. Empty for a CSV record.
    private(set) var typed: [TypedCell?] = []
    /// A worksheet row Excel hides.
    private(set) var isHidden = false

    var count: Int { spans.count }

    /// The bytes of a line too long to hold (`CSVParser.maxRecordBytes`), of which only the first were kept.
    var tooLongBytes: Int? {
        guard case .recordTooLong(let bytes)? = problems.first else { return nil }
        return bytes
    }

    func bytes(_ index: Int) -> ArraySlice<UInt8> {
        storage[range(index)]
    }

    /// The field as text in NFC.
    func text(_ index: Int) -> String {
        storage.withUnsafeBufferPointer { TextInterner.make(UnsafeBufferPointer(rebasing: $0[range(index)])) }
    }

    /// The field as NFC text, made once per distinct value by the file's interner.
    func text(_ index: Int, interner: inout TextInterner) -> String {
        storage.withUnsafeBufferPointer { buffer in
            interner.text(UnsafeBufferPointer(rebasing: buffer[range(index)]), field: index)
        }
    }

    /// The field as NFC text without leading or trailing spaces, tabs, line
    /// breaks or no-break spaces — trimmed on the bytes, before any String exists.
    func trimmedText(_ index: Int) -> String {
        storage.withUnsafeBufferPointer { buffer in
            TextInterner.make(UnsafeBufferPointer(rebasing: buffer[Self.trimmed(range(index), in: buffer)]))
        }
    }

    func trimmedText(_ index: Int, interner: inout TextInterner) -> String {
        storage.withUnsafeBufferPointer { buffer in
            interner.text(UnsafeBufferPointer(rebasing: buffer[Self.trimmed(range(index), in: buffer)]), field: index)
        }
    }

    /// Whether the record's bytes hold this byte anywhere.
    func contains(byte: UInt8) -> Bool {
        storage.withUnsafeBufferPointer { $0.count > 0 && memchr($0.baseAddress!, Int32(byte), $0.count) != nil }
    }

    /// What `body` finds in a field's bytes.
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range(index)])) }
    }

    /// Whether a field's bytes are well-formed UTF-8.
    func isValidUTF8(_ index: Int) -> Bool {
        storage.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[range(index)])) }
    }

    /// Where a field's bytes are in `storage`.
    func range(_ index: Int) -> Range<Int> {
        let span = spans[index]
        return span.start..<span.end
    }

    /// The range without spaces, tabs, line breaks and no-break spaces at either end.
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                start += 1
            } else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                end -= 1
            } else if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return start..<end
    }

    /// Whether the field is empty or only spaces — or Ctrl-Z (0x1A), which old
    /// DOS-era exporters put at the end of a file to mark it.
    func isBlank(_ index: Int) -> Bool {
        bytes(index).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A || $0 == 0x1A }
            && typedValue(index) != .formulaWithoutValue
    }

    var isBlank: Bool { (0..<count).allSatisfy(isBlank) }

    /// A field found by the parser, as offsets from the record's first byte.
    mutating func addField(_ start: Int, _ end: Int, quotedRewrite: Bool) {
        if quotedRewrite { needsRewrite = true }
        spans.append(Span(start: start, end: end, rewrite: quotedRewrite))
    }

    /// Takes the record's bytes, then turns each quoted field needing it into its
    /// text: a doubled quote becomes one, the closing quote goes, CRLF and CR become LF.
    mutating func finish(copying bytes: UnsafeBufferPointer<UInt8>) {
        storage.append(contentsOf: bytes)
        guard needsRewrite else { return }
        storage.withUnsafeMutableBufferPointer { bytes in
            for field in spans.indices where spans[field].rewrite {
                var read = spans[field].start
                var write = read
                let end = spans[field].end
                var quoted = true
                while read < end {
                    let byte = bytes[read]
                    read += 1
                    if quoted && byte == CSVParser.quote {
                        if read < end && bytes[read] == CSVParser.quote {
                            read += 1
                        } else {
                            quoted = false
                            continue
                        }
                    } else if quoted && byte == CSVParser.cr {
                        if read < end && bytes[read] == CSVParser.lf { read += 1 }
                        bytes[write] = CSVParser.lf
                        write += 1
                        continue
                    }
                    bytes[write] = byte
                    write += 1
                }
                spans[field].end = write
            }
        }
    }

    mutating func reset(line: Int) {
        storage.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        needsRewrite = false
        problems.removeAll(keepingCapacity: true)
        if !typed.isEmpty { typed.removeAll(keepingCapacity: true) }
        isHidden = false
        self.line = line
        lineCount = 1
    }

    /// The typed value of a worksheet's field, if it is not text.
    func typedValue(_ index: Int) -> TypedCell? { index < typed.count ? typed[index] : nil }

    /// Fills the record from a worksheet row: one field per column up to its
    /// last cell, each holding its text (a typed cell's as Excel would show it).
    mutating func fill(from row: WorksheetRow) {
        reset(line: row.number)
        isHidden = row.isHidden
        var column = 0
        for cell in row.cells {
            while column < cell.column {
                spans.append(Span(start: storage.count, end: storage.count, rewrite: false))
                typed.append(nil)
                column += 1
            }
            let start = storage.count
            let kind: TypedCell?
            switch cell.value {
            case .text(let range):
                storage.append(contentsOf: row.bytes[range])
                kind = nil
            case .number(let value):
                storage.append(contentsOf: Self.shown(value).utf8)
                kind = .number(value)
            case .percent(let value):
                storage.append(contentsOf: (Self.shown(PercentEvidence.percentage(ofFraction: value)) + "%").utf8)
                kind = .percent(value)
            case .date(let day):
                storage.append(contentsOf: "\(day)".utf8)
                kind = .date(day)
            case .bool(let value):
                storage.append(contentsOf: (value ? "TRUE" : "FALSE").utf8)
                kind = .bool(value)
            case .error(let range):
                storage.append(contentsOf: row.bytes[range])
                kind = .error
            case .formulaWithoutValue:
                kind = .formulaWithoutValue
            }
            spans.append(Span(start: start, end: storage.count, rewrite: false))
            typed.append(kind)
            column += 1
        }
    }

    /// A number as a text cell would show it: `2110987654`, `12.5` — no
    /// exponent for the long numbers certificates are.
    static func shown(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// Quoting mistakes, each tied to a field.
enum CSVProblem: Hashable {
    /// A field opens a quote that never closes; the record was read as if the quote were text.
    case unclosedQuote(field: Int)
    /// Characters follow a field's closing quote (`"Hà Nội"x`).
    case textAfterQuote(field: Int)
    /// A quote inside a field that is not quoted (`abc"def`); kept as text.
    case strayQuote(field: Int)
    /// A line of this many bytes (past `CSVParser.maxRecordBytes`): only its first bytes were kept.
    case recordTooLong(bytes: Int)
}
