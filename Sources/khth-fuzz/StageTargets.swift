import Foundation

// The stages of intake, each on its own: they are internal to ReportCore, so
// this file needs a build with testing enabled (the debug build, or
// `make fuzz-build`, which passes -enable-testing).
@testable import ReportCore

/// The targets for one stage of intake at a time, where a whole-file target
/// reaches the corner cases too rarely:
///
/// - `decoding`: recognising the file (encoding, not text, the delimiter, the
///   header row) and decoding it: the same shape, header and records whether
///   the bytes come whole or in chunks of any size; lines that only go forward
///   and stay inside the file.
/// - `parser`: the CSV parser over raw bytes, with a delimiter and a record
///   limit the input chooses (small, so that overlong lines are reached): the
///   same records at every chunk size, lines forward and inside the file,
///   an overlong record holding no more than the part the parser keeps.
/// - `header`: header matching and kind recognition over a row of headers:
///   every header accounted for once (a column, unknown, a duplicate, ignored
///   or blank), positions inside the row, the quick score the same as the full
///   match, and neither the order of the headers nor blank columns added at the
///   end changing the kind found.
enum StageTarget {
    static func require(_ condition: Bool, _ what: @autoclosure () -> String) {
        FuzzTarget.require(condition, what())
    }

    /// Physical lines in the bytes: ended by LF, CRLF or a lone CR.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (index, byte) in bytes.enumerated()
        where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            lines += 1
        }
        return lines
    }

    /// A record as the tests compare them: its line, its fields' bytes, its problems.
    struct Seen: Equatable {
        let line: Int
        let fields: [[UInt8]]
        let problems: [CSVProblem]

        init(_ record: CSVRecord) {
            line = record.line
            fields = (0..<record.count).map { Array(record.bytes($0)) }
            problems = record.problems
        }
    }

    // MARK: decoding

    static func decoding(_ bytes: [UInt8]) {
        // The chunk size comes from the input, so the fuzzer explores the boundaries.
        let chunk = 1 + Int(bytes.first ?? 0) % 97
        let whole = read(bytes, chunk: 1 << 20)
        let chunked = read(bytes, chunk: chunk)
        require(
            whole?.shape == chunked?.shape,
            "shape \(String(describing: whole?.shape)) whole, \(String(describing: chunked?.shape)) in chunks of \(chunk)"
        )
        require(whole?.headers == chunked?.headers, "another header in chunks of \(chunk)")
        require(whole?.records == chunked?.records, "other records in chunks of \(chunk)")
        guard let whole else { return }
        let lines = lineCount(bytes)
        var last = 0
        for record in whole.records {
            require(
                record.line >= last && record.line >= 1 && record.line <= lines,
                "line \(record.line) after \(last), of \(lines)")
            last = record.line
        }
    }

    struct Read: Equatable {
        let shape: FileShape
        let headers: [String]
        let records: [Seen]
    }

    static func read(_ bytes: [UInt8], chunk: Int) -> Read? {
        guard var reader = try? RecordReader(source: MemoryByteSource(bytes, chunkSize: chunk)) else { return nil }
        var records: [Seen] = []
        var record = CSVRecord()
        if case .text = reader.shape {
            while (try? reader.nextRecord(into: &record)) == true { records.append(Seen(record)) }
        }
        return Read(shape: reader.shape, headers: reader.headers, records: records)
    }

    // MARK: parser

    static func parser(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        let delimiter: UInt8 = [0x2C, 0x3B, 0x09, 0x7C][Int(bytes[0]) % 4]
        let limit = 16 + Int(bytes[1]) * 4
        let text = Array(bytes.dropFirst(2))
        let whole = parse(text, delimiter: delimiter, limit: limit, chunk: text.count + 1)
        let lines = lineCount(text)
        for chunk in [1, 2, 3, 7, 64, limit - 1, limit, limit + 1] where chunk > 0 {
            let chunked = parse(text, delimiter: delimiter, limit: limit, chunk: chunk)
            let first =
                zip(whole, chunked).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(whole.count, chunked.count)
            require(
                chunked == whole,
                "other records in chunks of \(chunk), limit \(limit), from record \(first): "
                    + "\(whole.dropFirst(first).first.map(String.init(describing:)) ?? "none") whole, "
                    + "\(chunked.dropFirst(first).first.map(String.init(describing:)) ?? "none") in chunks")
        }
        var last = 0
        for record in whole {
            require(
                record.line >= last && record.line >= 1 && record.line <= lines,
                "line \(record.line) after \(last), of \(lines)")
            last = record.line
            require(!record.fields.isEmpty, "a record of no fields at line \(record.line)")
            if record.problems.contains(where: { if case .recordTooLong = $0 { true } else { false } }) {
                let kept = record.fields.reduce(0) { $0 + $1.count }
                require(kept <= min(16 << 10, limit / 2), "an overlong record keeps \(kept) bytes")
            }
        }
    }

    static func parse(_ bytes: [UInt8], delimiter: UInt8, limit: Int, chunk: Int) -> [Seen] {
        var found: [Seen] = []
        CSVParser.each(in: bytes, delimiter: delimiter, recordLimit: limit, chunk: chunk) { found.append(Seen($0)) }
        return found
    }

    // MARK: header

    static func header(_ bytes: [UInt8]) {
        // Headers are the input's lines, as a header row's fields.
        let headers = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .prefix(64).map(String.init)
        let found = HeaderMatcher.match(headers)
        require(HeaderMatcher.score(headers) == (found?.matchedCount ?? 0), "the quick score differs from the match")
        require(HeaderMatcher.match(headers)?.index.count == found?.index.count, "matched twice, two ways")
        for layout in KindLayout.all {
            guard let match = HeaderMatcher.match(headers, as: layout) else { continue }
            var seen = Set<Int>()
            for column in layout.columns {
                guard let index = match.index[column] else { continue }
                require(headers.indices.contains(index), "\(column) at \(index) of \(headers.count)")
                require(seen.insert(index).inserted, "header \(index) names two columns")
            }
            for (index, _) in match.unknown {
                require(seen.insert(index).inserted, "header \(index) unknown and matched")
            }
            for (index, _, _) in match.duplicates {
                require(seen.insert(index).inserted, "header \(index) a duplicate and matched")
            }
            for (index, header) in headers.enumerated() where !seen.contains(index) {
                let key = TextKey.compact(header)
                require(key.isEmpty || IgnoredColumns.keys.contains(key), "header \(index) «\(header)» passed over")
            }
        }
        let reversed = HeaderMatcher.match(headers.reversed())
        require(reversed?.layout.kind == found?.layout.kind, "the order of the headers changed the kind")
        require(reversed?.matchedCount == found?.matchedCount, "the order of the headers changed the count")
        let padded = HeaderMatcher.match(headers + ["", "  "])
        require(padded?.layout.kind == found?.layout.kind, "blank columns at the end changed the kind")
        require(padded?.matchedCount == found?.matchedCount, "blank columns at the end changed the count")
    }
}
