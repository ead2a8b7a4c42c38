/// A row of a worksheet as intake reads it: its number as Excel shows it,
/// whether it is hidden, and its cells as typed values — the edge turns a
/// workbook reader's rows into these, so the core needs no zip or XML.
public struct WorksheetRow: Sendable {
    public var number: Int
    public var isHidden: Bool
    /// The UTF-8 texts the cells' ranges point into.
    public var bytes: [UInt8]
    public var cells: [Cell]

    public init(number: Int, isHidden: Bool = false, bytes: [UInt8] = [], cells: [Cell] = []) {
        self.number = number
        self.isHidden = isHidden
        self.bytes = bytes
        self.cells = cells
    }

    public struct Cell: Sendable, Equatable {
        /// Zero-based column.
        public var column: Int
        public var value: Value

        public init(column: Int, value: Value) {
            self.column = column
            self.value = value
        }
    }

    /// What a cell holds, as Excel shows it.
    public enum Value: Sendable, Equatable {
        case text(Range<Int>)
        case number(Double)
        /// A number formatted as a percentage: 0.35 shown as 35 %.
        case percent(Double)
        /// A number formatted as a date (a time of day, if any, set aside).
        case date(Day)
        case bool(Bool)
        /// An error value (`#N/A`, `#REF!`): its text.
        case error(Range<Int>)
        /// A formula whose result the file does not hold.
        case formulaWithoutValue
    }

    /// Appends a text cell.
    public mutating func append(text: String, at column: Int) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        cells.append(Cell(column: column, value: .text(start..<bytes.count)))
    }
}

/// A worksheet's rows, one at a time.
public protocol WorksheetRows {
    mutating func next() throws -> WorksheetRow?
}

/// Rows held in memory: tests, and small sheets.
public struct WorksheetRowList: WorksheetRows {
    private var rows: ArraySlice<WorksheetRow>
    public init(_ rows: [WorksheetRow]) { self.rows = rows[...] }
    public mutating func next() throws -> WorksheetRow? { rows.popFirst() }
}

/// A typed cell's value beside the text a record holds for it.
enum TypedCell: Hashable, Sendable {
    case number(Double)
    case percent(Double)
    case date(Day)
    case bool(Bool)
    case error
    case formulaWithoutValue
}
