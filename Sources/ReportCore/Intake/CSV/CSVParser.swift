/// An incremental RFC 4180 parser over UTF-8 bytes, with exact line numbers.
///
/// Feed it decoded bytes in chunks; it yields each complete record. Quoted
/// fields may hold delimiters, doubled quotes and line breaks (CRLF, LF or CR).
/// A quote that never closes does not swallow the rest of the file: the record is
/// read again with that quote taken as text, and parsing goes on from the next line.
struct CSVParser {
    let delimiter: UInt8
    private var buffer: [UInt8] = []
    private var position = 0
    private(set) var line = 1
    private var eof = false
    /// Offset (in `buffer`) of a quote to treat as text: the recovery from an unclosed quote.
    private var literalQuote: Int?
    /// A record running on past `maxRecordBytes` without ending: its first
    /// bytes are kept and the rest only counted until its line ends, so no
    /// line, however long, is held in memory whole.
    private var overlong: Overlong?

    private struct Overlong {
        let line: Int
        let literalQuote: Int?
        /// The record's first bytes, up to `keptBytes`.
        let kept: [UInt8]
        /// Line breaks inside its quoted fields, before the part that is only counted.
        let innerNewlines: Int
        var bytes: Int
        /// The counted part ends with a CR (counted as a line break): an LF
        /// right after it is the rest of that CRLF, not the record's end.
        var endsWithCR: Bool
    }

    /// A quoted field running longer than this cannot be a spreadsheet cell
    /// (32,767 characters); past it the opening quote is taken as unclosed.
    /// A line running longer is no row of a report: it is read to its end
    /// without being held, and handed on as its first `keptBytes` with
    /// `.recordTooLong`.
    static let maxRecordBytes = 4 << 20
    /// What is kept of an overlong record: less than a cell holds, so the
    /// record's only problem is its length.
    static let keptBytes = 16 << 10

    static let quote: UInt8 = 0x22
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    /// The longest record held: `maxRecordBytes`, smaller in tests.
    let recordLimit: Int
    /// What is kept of a longer one.
    var keptLimit: Int { min(Self.keptBytes, recordLimit / 2) }

    init(delimiter: UInt8, recordLimit: Int = CSVParser.maxRecordBytes) {
        self.delimiter = delimiter
        self.recordLimit = recordLimit
    }

    mutating func feed(_ bytes: [UInt8]) {
        dropConsumed()
        buffer.append(contentsOf: bytes)
    }

    /// Decodes a chunk straight into the parser's buffer.
    mutating func feed(_ chunk: ArraySlice<UInt8>, through decoder: inout StreamDecoder, final: Bool) {
        dropConsumed()
        decoder.decode(chunk, into: &buffer, final: final)
    }

    private mutating func dropConsumed() {
        if position > 0 && (position >= buffer.count || position > 1 << 16) {
            buffer.removeSubrange(0..<position)
            if let literal = literalQuote { literalQuote = literal - position }
            position = 0
        }
    }

    mutating func finish() { eof = true }

    /// Counts lines consumed before the parser's input (Excel's `sep=` line).
    mutating func skipLines(_ count: Int) { line += count }

    enum Step { case record, needMore, end }

    /// Parses the next record into `record`.
    mutating func next(into record: inout CSVRecord) -> Step {
        if overlong != nil { return skipOverlong(into: &record) }
        if position >= buffer.count { return eof ? .end : .needMore }
        while true {
            record.reset(line: line)
            switch parse(into: &record) {
            case .done(let end, let newlines):
                position = end
                line += newlines
                record.lineCount = newlines == 0 ? 1 : newlines
                literalQuote = nil
                return .record
            case .needMore:
                return .needMore
            case .overlong:
                beginOverlong()
                return skipOverlong(into: &record)
            case .unclosed(let quoteOffset):
                literalQuote = quoteOffset  // and read the record again
            }
        }
    }

    /// The record's first `maxRecordBytes` did not end it: keeps its first
    /// bytes (ending on a character's first byte) and counts its line breaks
    /// there, all inside quoted fields; from there on the record ends at the
    /// next line break, whatever quotes it holds. What the record is depends
    /// on its bytes alone, never on where the chunks fell.
    private mutating func beginOverlong() {
        let limit = position + recordLimit
        var keep = keptLimit
        // Cut before a character, not inside one: a UTF-8 character is at most four
        // bytes, so at most three continuation bytes are given back (more are not
        // UTF-8 at all; found by the parser fuzz target, which kept nothing).
        while keep > 0 && keptLimit - keep < 3 && buffer[position + keep] & 0xC0 == 0x80 { keep -= 1 }
        var newlines = 0
        for i in position..<limit {
            if buffer[i] == Self.lf || buffer[i] == Self.cr && (i + 1 == limit || buffer[i + 1] != Self.lf) {
                newlines += 1
            }
        }
        overlong = Overlong(
            line: line, literalQuote: literalQuote.map { $0 - position },
            kept: Array(buffer[position..<position + keep]), innerNewlines: newlines, bytes: recordLimit,
            endsWithCR: buffer[limit - 1] == Self.cr)
        position = limit
        literalQuote = nil
    }

    /// Counts the overlong record's bytes to its line's end, then yields its
    /// kept bytes as a record with `.recordTooLong`.
    private mutating func skipOverlong(into record: inout CSVRecord) -> Step {
        guard var long = overlong else { return .needMore }
        let end = buffer.count
        if long.endsWithCR {
            // Found by the parser fuzz target: the CRLF was counted twice.
            guard position < end || eof else { return .needMore }
            if position < end && buffer[position] == Self.lf {
                position += 1
                long.bytes += 1
            }
            long.endsWithCR = false
            overlong = long
        }
        let breaks = Scanner(Self.cr, Self.lf, Self.cr, Self.lf)
        let start = position
        let found = buffer.withUnsafeBufferPointer { buf -> Int in
            var i = breaks.skip(UnsafeRawBufferPointer(buf), from: start, to: end)
            while i < end && buf[i] != Self.cr && buf[i] != Self.lf { i += 1 }
            return i
        }
        let after: Int
        if found >= end {
            long.bytes += end - start
            position = end
            guard eof else {
                overlong = long
                return .needMore
            }
            after = end
        } else if buffer[found] == Self.cr && found + 1 >= end && !eof {
            // A CR at the chunk's end: the next byte says whether an LF belongs to it.
            long.bytes += found - start
            position = found
            overlong = long
            return .needMore
        } else {
            long.bytes += found - start
            after = found + (buffer[found] == Self.cr && found + 1 < end && buffer[found + 1] == Self.lf ? 2 : 1)
        }
        position = after
        overlong = nil
        var kept = CSVParser(delimiter: delimiter, recordLimit: recordLimit)
        kept.literalQuote = long.literalQuote
        kept.feed(long.kept)
        kept.finish()
        if kept.next(into: &record) != .record { record.reset(line: long.line) }
        record.line = long.line
        record.lineCount = long.innerNewlines + 1
        record.problems = [.recordTooLong(bytes: long.bytes)]
        line = long.line + long.innerNewlines + 1
        return .record
    }

    /// Parses `bytes` fed in chunks of `chunk`, handing on each record: how
    /// the tests and the parser fuzz target check that where chunks fall
    /// changes nothing.
    static func each(
        in bytes: [UInt8], delimiter: UInt8, recordLimit: Int = maxRecordBytes, chunk: Int,
        _ body: (CSVRecord) -> Void
    ) {
        var parser = CSVParser(delimiter: delimiter, recordLimit: recordLimit)
        var record = CSVRecord()
        var offset = 0
        while true {
            switch parser.next(into: &record) {
            case .record: body(record)
            case .end: return
            case .needMore:
                if offset >= bytes.count {
                    parser.finish()
                } else {
                    parser.feed(Array(bytes[offset..<min(offset + chunk, bytes.count)]))
                    offset += chunk
                }
            }
        }
    }

    private enum Outcome {
        case done(end: Int, newlines: Int)
        case needMore
        case unclosed(quoteOffset: Int)
        /// Its first `maxRecordBytes` have not ended the record.
        case overlong
    }

    /// Finds the next of four bytes, passing the others sixteen at a time with
    /// vector compares (eight at a time near the end).
    private struct Scanner {
        let blocks: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)
        let words: (UInt64, UInt64, UInt64, UInt64)

        init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
            blocks = (SIMD16(repeating: a), SIMD16(repeating: b), SIMD16(repeating: c), SIMD16(repeating: d))
            words = (Self.pattern(a), Self.pattern(b), Self.pattern(c), Self.pattern(d))
        }

        /// The first position from `index` holding one of the bytes, or the
        /// first from which fewer than eight bytes are left (possibly `end`).
        @inline(__always)
        func skip(_ raw: UnsafeRawBufferPointer, from index: Int, to end: Int) -> Int {
            var i = index
            while i + 16 <= end {
                let block = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let found = (block .== blocks.0) .| (block .== blocks.1) .| (block .== blocks.2) .| (block .== blocks.3)
                if any(found) { return i + Self.firstLane(found) }
                i += 16
            }
            if i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let found =
                    Self.matches(word, words.0) | Self.matches(word, words.1) | Self.matches(word, words.2)
                    | Self.matches(word, words.3)
                if found != 0 { return i + found.trailingZeroBitCount >> 3 }
                i += 8
            }
            return i
        }

        /// Bytes a word holds where it equals the pattern's byte: the lowest set
        /// high bit marks the first match (higher ones may be false, never lower).
        @inline(__always)
        private static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
            let x = word ^ pattern
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        }

        private static func pattern(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

        /// The first lane set in a mask of sixteen bytes.
        @inline(__always)
        private static func firstLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
            let lanes = unsafeBitCast(
                SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: mask), to: SIMD2<UInt64>.self)
            // Without a branch, which would be mispredicted half the time: a zero
            // low half counts 64 bits, then the high half's zeros are added.
            let highZeros = lanes.y.trailingZeroBitCount & -(lanes.x == 0 ? 1 : 0)
            return (lanes.x.trailingZeroBitCount + highZeros) >> 3
        }
    }

    /// Finds the record's fields as ranges of the buffer, passing the bytes that
    /// do not matter sixteen at a time (eight near the end), then copies the
    /// record once; only quoted fields holding doubled quotes, a CR or text after
    /// the closing quote are rewritten afterwards.
    private func parse(into record: inout CSVRecord) -> Outcome {
        let start = position
        let limit = start + recordLimit
        // Never a byte past the one after the limit, even when the buffer holds
        // more: what the record is must not depend on how much has been read
        // (the parser fuzz target found spaces after a closing quote read past
        // the limit when the file came whole, and not in chunks).
        let end = min(buffer.count, limit + 1)
        let eof = self.eof && buffer.count <= limit + 1
        let delimiter = self.delimiter
        let literalQuote = self.literalQuote ?? -1
        // Inside quotes only the quote and line breaks matter (the quote twice: four to a scanner).
        let quoted = Scanner(Self.quote, Self.cr, Self.lf, Self.quote)
        let unquoted = Scanner(delimiter, Self.cr, Self.lf, Self.quote)
        return buffer.withUnsafeBufferPointer { buf -> Outcome in
            let raw = UnsafeRawBufferPointer(buf)
            // More bytes are wanted at `i`: unless the record has run past its limit.
            // (The byte at the limit itself may still be looked at, as `end` allows.)
            func more(_ i: Int) -> Outcome { i > limit ? .overlong : .needMore }
            var i = start
            var newlines = 0
            var field = 0
            while true {
                // At the start of a field.
                if i < end && buf[i] == Self.quote && i != literalQuote {
                    let open = i
                    let newlinesBefore = newlines
                    var rewrite = false
                    var contentEnd = 0
                    i += 1
                    while true {
                        i = quoted.skip(raw, from: i, to: end)
                        if i >= end {
                            if i >= limit { return .overlong }
                            return eof ? .unclosed(quoteOffset: open) : .needMore
                        }
                        if i >= limit { return .overlong }
                        let c = buf[i]
                        if c == Self.quote {
                            if i + 1 < end && buf[i + 1] == Self.quote {
                                rewrite = true
                                i += 2
                                continue
                            }
                            if i + 1 >= end && !eof { return more(i) }
                            contentEnd = i
                            i += 1
                            // After the closing quote: spaces are tolerated before the delimiter.
                            var j = i
                            while j < end && buf[j] == 0x20 { j += 1 }
                            if j >= end && !eof { return more(j) }
                            if j >= end || buf[j] == delimiter || buf[j] == Self.cr || buf[j] == Self.lf {
                                i = j
                            } else if newlines > newlinesBefore {
                                // A "quoted" field that ran over a line break and then goes on
                                // with text was never quoted: a stray opening quote. Spreadsheets
                                // always close multi-line cells before a delimiter.
                                return .unclosed(quoteOffset: open)
                            } else {
                                record.problems.append(.textAfterQuote(field: field))
                                var k = i
                                while k < end && buf[k] != delimiter && buf[k] != Self.cr && buf[k] != Self.lf {
                                    k += 1
                                }
                                if k >= end && !eof { return more(k) }
                                rewrite = true
                                contentEnd = k
                                i = k
                            }
                            break
                        } else if c == Self.cr || c == Self.lf {
                            if c == Self.cr {
                                if i + 1 >= end && !eof { return more(i) }
                                if i + 1 < end && buf[i + 1] == Self.lf { i += 1 }
                                rewrite = true
                            }
                            newlines += 1
                            i += 1
                        } else {
                            i += 1
                        }
                    }
                    record.addField(open + 1 - start, contentEnd - start, quotedRewrite: rewrite)
                } else {
                    let fieldStart = i
                    var stray = false
                    while true {
                        i = unquoted.skip(raw, from: i, to: end)
                        if i >= end { break }
                        let c = buf[i]
                        if c == delimiter || c == Self.cr || c == Self.lf { break }
                        if c == Self.quote {
                            if i == literalQuote {
                                record.problems.append(.unclosedQuote(field: field))
                            } else {
                                stray = true
                            }
                        }
                        i += 1
                    }
                    if i >= limit { return .overlong }
                    if i >= end && !eof { return .needMore }
                    record.addField(fieldStart - start, i - start, quotedRewrite: false)
                    if stray { record.problems.append(.strayQuote(field: field)) }
                }
                field += 1
                // At a delimiter, a line break, or the end of the file.
                if i >= limit { return .overlong }
                if i >= end {
                    record.finish(copying: UnsafeBufferPointer(rebasing: buf[start..<i]))
                    return .done(end: i, newlines: newlines + 1)
                }
                let c = buf[i]
                if c == delimiter {
                    i += 1
                    if i >= end && !eof { return more(i) }
                    continue
                }
                if c == Self.cr {
                    if i + 1 >= end && !eof { return more(i) }
                    i += (i + 1 < end && buf[i + 1] == Self.lf) ? 2 : 1
                } else {
                    i += 1
                }
                record.finish(copying: UnsafeBufferPointer(rebasing: buf[start..<i]))
                return .done(end: i, newlines: newlines + 1)
            }
        }
    }
}
