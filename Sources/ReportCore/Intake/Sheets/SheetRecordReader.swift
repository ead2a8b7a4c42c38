/// A worksheet read as intake reads a CSV file: its header row found among
/// the first rows (titles above it skipped), then each row as a record whose
/// fields hold the cells' texts and, beside them, their typed values.
struct SheetRecordReader<Rows: WorksheetRows>: RecordSource {
    private var rows: Rows
    private(set) var headers: [String] = []
    private(set) var headerLine = 0
    private(set) var preambleLines = 0
    private(set) var unrecognisedHeaders: [String]?
    private(set) var excelRow = 0
    /// The first data row, read while looking at the header, handed out first.
    private var pending: CSVRecord?

    var shape: FileShape { .worksheet }

    init(rows: Rows) throws {
        self.rows = rows
        var this = self
        let found = try HeaderSearch.find { record in try this.nextRecord(into: &record) }
        self = this
        (headers, headerLine, preambleLines, unrecognisedHeaders, pending) =
            (found.headers, found.line, found.preamble, found.unrecognised, found.lookahead)
    }

    mutating func nextRecord(into record: inout CSVRecord) throws -> Bool {
        if let waiting = pending {
            record = waiting
            pending = nil
            return true
        }
        guard let row = try rows.next() else { return false }
        record.fill(from: row)
        excelRow = row.number
        return true
    }
}
