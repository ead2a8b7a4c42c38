/// One row of a sheet as Excel shows it: its number (1-based, as the row
/// header shows), whether it is hidden, and its cells, left to right. Texts
/// are UTF-8 slices of the row's own buffer, decoded from the workbook's
/// escapes; a row lives while it is read and the next one reuses the buffer.
public struct SheetRow: Sendable {
    public internal(set) var number = 0
    public internal(set) var isHidden = false
    public internal(set) var cells: [Cell] = []
    /// The texts of the row's cells.
    public internal(set) var bytes: [UInt8] = []

    public struct Cell: Sendable, Equatable {
        /// Zero-based column (A = 0).
        public let column: Int
        public let value: Value
    }

    public enum Value: Sendable, Equatable {
        /// Text: a shared string, an inline string, or a formula's text result.
        case text(Range<Int>)
        /// A number and how its format shows it; dates and times are serial numbers.
        case number(Double, NumberStyle)
        case bool(Bool)
        /// An error value such as `#N/A` or `#REF!` (its text).
        case error(Range<Int>)
        /// A date stored as ISO 8601 text (`t="d"`).
        case isoDate(Range<Int>)
        /// A formula the file holds no result for (the spreadsheet never calculated it).
        case formulaWithoutValue
    }

    /// The UTF-8 of a text range of this row.
    public func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    mutating func reset(number: Int) {
        self.number = number
        isHidden = false
        cells.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Sets the value at `column`, replacing one there (a merged range's value over an empty cell).
    mutating func set(_ value: Value, at column: Int) {
        if let index = cells.firstIndex(where: { $0.column >= column }) {
            if cells[index].column == column {
                cells[index] = Cell(column: column, value: value)
            } else {
                cells.insert(Cell(column: column, value: value), at: index)
            }
        } else {
            cells.append(Cell(column: column, value: value))
        }
    }

    func value(at column: Int) -> Value? { cells.first { $0.column == column }?.value }
}
