import Foundation

/// What intake reads a submission through, whether a CSV file or a worksheet:
/// what the source is, its header row, and its data records one at a time.
protocol RecordSource {
    /// What the source turned out to be. Not readable means nothing can be read.
    var shape: FileShape { get }
    /// The header row's fields, and where it was.
    var headers: [String] { get }
    var headerLine: Int { get }
    /// Non-blank rows above the header (titles), skipped.
    var preambleLines: Int { get }
    /// The fields of the first non-blank row when no header row was recognised.
    var unrecognisedHeaders: [String]? { get }
    /// The row number Excel shows for the record just read.
    var excelRow: Int { get }
    /// The next record; false at the end.
    mutating func nextRecord(into record: inout CSVRecord) throws -> Bool
}

/// Finds the header row among a source's first rows: the first that names
/// columns of a kind. Titles above it are counted; when none is found, the
/// first row is kept to say what the file has.
enum HeaderSearch {
    /// Rows searched for the header.
    static var rows: Int { 15 }

    struct Found {
        var headers: [String] = []
        var line = 0
        var preamble = 0
        var unrecognised: [String]?
        /// The row read after the header to see whether it continues it, when it does not: the first data row.
        var lookahead: CSVRecord?
    }

    /// Official forms often head a table with two rows: a group label over
    /// column names, or names merged down over sub-columns (`Vốn` over `Số vốn`,
    /// `Đơn vị tính`). The header is the matching row, completed from the row
    /// above or below where it is empty, when that names more of the kind's columns.
    static func find(_ next: (inout CSVRecord) throws -> Bool) throws -> Found {
        var record = CSVRecord()
        var firstNonBlank: [String]?
        var previous: [String]?
        var nonBlank = 0
        while nonBlank < rows, try next(&record) {
            if record.isBlank { continue }
            nonBlank += 1
            let fields = texts(record)
            if firstNonBlank == nil { firstNonBlank = fields }
            let score = HeaderMatcher.score(fields)
            guard score > 0 else {
                previous = fields
                continue
            }
            var found = Found(headers: fields, line: record.line, preamble: nonBlank - 1)
            if let previous, let combined = completed(fields, with: previous, beating: score) {
                found.headers = combined
                found.preamble -= 1
            }
            // The row right below may complete the header; if not (or blank), it is the first data row.
            var following = CSVRecord()
            if try next(&following) {
                if !following.isBlank,
                    let combined = completed(
                        found.headers, with: texts(following), beating: HeaderMatcher.score(found.headers))
                {
                    found.headers = combined
                } else {
                    found.lookahead = following
                }
            }
            return found
        }
        return Found(unrecognised: firstNonBlank ?? [])
    }

    static func texts(_ record: CSVRecord) -> [String] {
        (0..<record.count).map { record.trimmedText($0) }
    }

    /// `header` with its empty cells taken from `other`, if that names more columns.
    static func completed(_ header: [String], with other: [String], beating score: Int) -> [String]? {
        let width = max(header.count, other.count)
        var combined: [String] = []
        var filled = false
        for index in 0..<width {
            let own = index < header.count ? header[index] : ""
            let theirs = index < other.count ? other[index] : ""
            if own.isEmpty && !theirs.isEmpty { filled = true }
            // Below a group label, the column's own name is the lower one.
            combined.append(own.isEmpty ? theirs : own)
        }
        guard filled, HeaderMatcher.score(combined) > score else { return nil }
        return combined
    }
}
