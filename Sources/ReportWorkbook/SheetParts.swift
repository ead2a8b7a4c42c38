import XlsxWriter

/// A row sheet that may outgrow a worksheet: Excel's grid ends at row
/// 1,048,576, so past it the rows continue on «Dự án (2)», «Dự án (3)»…, each
/// part with its title and header. Parts are added as they are needed, after
/// the sheets made up front (libxlsxwriter cannot reorder sheets).
public final class SheetParts {
    struct Part {
        let writer: SheetWriter
        let headerRow: Int
        var count = 0
    }

    /// Excel's rows per sheet.
    public static let excelRows = CellReference.maxRow + 1

    let name: String
    /// Rows a part may hold, title and header included.
    let rowLimit: Int
    private let make: (String) throws -> Worksheet
    /// Writes a part's title and header; returns the header's row.
    private let start: (SheetWriter) throws -> Int
    private let writerFor: (Worksheet) -> SheetWriter
    private(set) var parts: [Part] = []

    init(
        first: Worksheet, rowLimit: Int, make: @escaping (String) throws -> Worksheet,
        writer: @escaping (Worksheet) -> SheetWriter, start: @escaping (SheetWriter) throws -> Int
    ) throws {
        name = first.name
        self.rowLimit = rowLimit
        self.make = make
        writerFor = writer
        self.start = start
        try open(first)
    }

    private func open(_ sheet: Worksheet) throws {
        let writer = writerFor(sheet)
        let headerRow = try start(writer)
        parts.append(Part(writer: writer, headerRow: headerRow))
    }

    /// All rows written, across the parts.
    var count: Int { parts.reduce(0) { $0 + $1.count } }

    /// Moves to a new data row — on a new part when this one is full — and
    /// returns the part's writer and the row's number across all parts (1-based).
    func nextRow() throws -> (writer: SheetWriter, number: Int) {
        let total = count
        if let last = parts.last, last.headerRow + last.count + 1 >= rowLimit {
            try open(try make("\(name) (\(parts.count + 1))"))
        }
        parts[parts.count - 1].count += 1
        let writer = parts[parts.count - 1].writer
        try writer.newRow()
        return (writer, total + 1)
    }

    /// Each part's rows of data (at least one row, so formulas over an empty list stay valid).
    func dataRows(of part: Part) -> ClosedRange<Int> { (part.headerRow + 1)...(part.headerRow + max(part.count, 1)) }

    /// One column of the data, part by part.
    func ranges(_ column: Int) -> [SheetRange] { parts.map { $0.writer.range(column: column, rows: dataRows(of: $0)) } }
}
