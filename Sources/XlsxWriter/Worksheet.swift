import CXlsxWriter

/// One sheet of a workbook (`lxw_worksheet`). Rows and columns are zero-based.
///
/// In a constant-memory workbook rows must be written in increasing order;
/// writing to an earlier row throws instead of silently dropping the cell.
public final class Worksheet {
    public let name: String
    let handle: UnsafeMutablePointer<lxw_worksheet>
    unowned let workbook: Workbook
    private let state: WorkbookState
    private var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    /// The highest row written so far, for constant-memory order checks.
    private(set) var currentRow = -1

    /// Excel's limit on the characters of one cell.
    public static let maxStringLength = 32_767

    init(_ handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
        state = workbook.state
    }

    func place(_ row: Int, _ column: Int) -> String { "\(name)!\(CellReference.cell(row: row, column: column))" }

    /// `worksheet_write_number(Sheet!B3)`: what an error names. Built only when
    /// one is thrown — it would cost more than the write itself.
    func operation(_ function: String, _ row: Int, _ column: Int) -> String { "\(function)(\(place(row, column)))" }

    /// Checks the workbook is open, the cell is on the grid and, in constant-memory
    /// mode, that the row is not behind the rows already written.
    private func prepare(_ function: StaticString, _ row: Int, _ column: Int) throws {
        guard state.isOpen else { throw XlsxError(.closed, operation: operation("\(function)", row, column)) }
        guard (0...CellReference.maxRow).contains(row), (0...CellReference.maxColumn).contains(column) else {
            throw XlsxError(.outOfGrid(row: row, column: column), operation: operation("\(function)", row, column))
        }
        if state.constantMemory && row < currentRow {
            throw XlsxError(
                .notSupported("row \(row + 1) comes after row \(currentRow + 1) in constant-memory mode"),
                operation: operation("\(function)", row, column))
        }
        currentRow = max(currentRow, row)
    }

    /// `prepare`, and that the format is this workbook's.
    private func prepare(_ function: StaticString, _ row: Int, _ column: Int, _ format: ResolvedFormat) throws {
        try prepare(function, row, column)
        guard format.owner == ObjectIdentifier(state) else {
            throw XlsxError(
                .notSupported("a format resolved by another workbook"), operation: operation("\(function)", row, column)
            )
        }
    }

    /// Writes text as text — never as a formula, whatever it starts with
    /// (`worksheet_write_string`). Empty text writes a blank cell with the format.
    public func write(_ text: String, row: Int, column: Int, format: CellFormat? = nil) throws {
        try prepare("worksheet_write_string", row, column)
        try write(text, row: row, column: column, format: try resolve(format))
    }

    /// `write(_:row:column:format:)` with a format resolved in advance.
    public func write(_ text: String, row: Int, column: Int, format: ResolvedFormat) throws {
        try prepare("worksheet_write_string", row, column, format)
        if text.isEmpty { return try writeBlank(row: row, column: column, format: format) }
        // UTF-8 bytes bound the scalars: count scalars only for long text.
        let length = text.utf8.count <= Self.maxStringLength ? 0 : text.unicodeScalars.count
        guard length <= Self.maxStringLength else {
            throw XlsxError(
                .stringTooLong(length: length, limit: Self.maxStringLength),
                operation: operation("worksheet_write_string", row, column))
        }
        try check(
            worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), text, format.pointer),
            operation("worksheet_write_string", row, column))
    }

    /// The workbook's format for a look, to write many cells with (`ResolvedFormat`).
    public func resolve(_ look: CellFormat?) throws -> ResolvedFormat {
        guard state.isOpen else { throw XlsxError(.closed, operation: "workbook_add_format") }
        return try workbook.resolve(look)
    }

    public func write(_ number: Double, row: Int, column: Int, format: CellFormat? = nil) throws {
        try prepare("worksheet_write_number", row, column)
        try write(number, row: row, column: column, format: try resolve(format))
    }

    /// `write(_:row:column:format:)` with a format resolved in advance.
    public func write(_ number: Double, row: Int, column: Int, format: ResolvedFormat) throws {
        try prepare("worksheet_write_number", row, column, format)
        guard number.isFinite else {
            throw XlsxError(.nonFiniteNumber(number), operation: operation("worksheet_write_number", row, column))
        }
        try check(
            worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, format.pointer),
            operation("worksheet_write_number", row, column))
    }

    /// Writes a calendar date (`worksheet_write_datetime`); give a date number format.
    public func write(_ date: CellDate, row: Int, column: Int, format: CellFormat? = nil) throws {
        try prepare("worksheet_write_datetime", row, column)
        try write(date, row: row, column: column, format: try resolve(format))
    }

    /// `write(_:row:column:format:)` with a format resolved in advance.
    public func write(_ date: CellDate, row: Int, column: Int, format: ResolvedFormat) throws {
        try prepare("worksheet_write_datetime", row, column, format)
        var value = lxw_datetime(
            year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
            hour: 0, min: 0, sec: 0)
        try check(
            worksheet_write_datetime(handle, lxw_row_t(row), lxw_col_t(column), &value, format.pointer),
            operation("worksheet_write_datetime", row, column))
    }

    /// A formatted empty cell (`worksheet_write_blank`).
    public func writeBlank(row: Int, column: Int, format: CellFormat? = nil) throws {
        try prepare("worksheet_write_blank", row, column)
        try writeBlank(row: row, column: column, format: try resolve(format))
    }

    /// `writeBlank(row:column:format:)` with a format resolved in advance.
    public func writeBlank(row: Int, column: Int, format: ResolvedFormat) throws {
        try prepare("worksheet_write_blank", row, column, format)
        try check(
            worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), format.pointer),
            operation("worksheet_write_blank", row, column))
    }

    /// The value a formula is stored with, shown by readers that do not recalculate.
    public enum CachedResult: Equatable, Sendable {
        case number(Double)
        case text(String)
    }

    /// Writes a formula with its computed result (`worksheet_write_formula_num` /
    /// `worksheet_write_formula_str`). A leading `=` is optional.
    public func writeFormula(
        _ formula: String, result: CachedResult, row: Int, column: Int, format: CellFormat? = nil
    ) throws {
        try prepare("worksheet_write_formula", row, column)
        let operation = { self.operation("worksheet_write_formula", row, column) }
        try FormulaCheck.validate(formula, operation: operation())
        let cFormat = try workbook.format(format)
        switch result {
        case .number(let value):
            guard value.isFinite else { throw XlsxError(.nonFiniteNumber(value), operation: operation()) }
            try check(
                worksheet_write_formula_num(handle, lxw_row_t(row), lxw_col_t(column), formula, cFormat, value),
                operation())
        case .text(let value):
            try check(
                worksheet_write_formula_str(handle, lxw_row_t(row), lxw_col_t(column), formula, cFormat, value),
                operation())
        }
    }

    /// Merges a range and writes text in it (`worksheet_merge_range`).
    /// Overlapping merges are refused: Excel would call the file damaged.
    public func merge(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, text: String, format: CellFormat? = nil
    ) throws {
        let range = CellReference.range(
            firstRow: firstRow, firstColumn: firstColumn,
            lastRow: lastRow, lastColumn: lastColumn)
        try prepare("worksheet_merge_range", firstRow, firstColumn)
        let operation = { self.operation("worksheet_merge_range", firstRow, firstColumn) }
        guard lastRow >= firstRow, lastColumn >= firstColumn, lastRow <= CellReference.maxRow,
            lastColumn <= CellReference.maxColumn
        else { throw XlsxError(.outOfGrid(row: lastRow, column: lastColumn), operation: operation()) }
        let rows = firstRow...lastRow
        let columns = firstColumn...lastColumn
        if merges.contains(where: { $0.rows.overlaps(rows) && $0.columns.overlaps(columns) }) {
            throw XlsxError(.overlappingMerge(range), operation: operation())
        }
        guard text.unicodeScalars.count <= Self.maxStringLength else {
            throw XlsxError(
                .stringTooLong(length: text.unicodeScalars.count, limit: Self.maxStringLength),
                operation: operation())
        }
        let cFormat = try workbook.format(format)
        try check(
            worksheet_merge_range(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                lxw_col_t(lastColumn), text, cFormat), operation())
        merges.append((rows, columns))
        currentRow = max(currentRow, lastRow)
    }

    /// Width of columns in characters of the default font (`worksheet_set_column_opt`).
    public func setColumns(_ columns: ClosedRange<Int>, width: Double, format: CellFormat? = nil, hidden: Bool = false)
        throws
    {
        let operation = "worksheet_set_column(\(name) \(columns))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        guard width.isFinite else { throw XlsxError(.nonFiniteNumber(width), operation: operation) }
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        try check(
            worksheet_set_column_opt(
                handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound),
                width, try workbook.format(format), &options), operation)
    }

    /// Height of a row in points (`worksheet_set_row`). In constant-memory mode set it
    /// before writing the row's cells.
    public func setRow(_ row: Int, height: Double, format: CellFormat? = nil) throws {
        try prepare("worksheet_set_row", row, 0)
        let operation = { self.operation("worksheet_set_row", row, 0) }
        guard height.isFinite else { throw XlsxError(.nonFiniteNumber(height), operation: operation()) }
        try check(worksheet_set_row(handle, lxw_row_t(row), height, try workbook.format(format)), operation())
    }

    /// Keeps rows above `row` and columns left of `column` in view (`worksheet_freeze_panes`).
    public func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Filter buttons on a header row and the data below it (`worksheet_autofilter`).
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let operation = "worksheet_autofilter(\(name))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        try check(
            worksheet_autofilter(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                lxw_col_t(lastColumn)), operation)
    }

    /// Makes this the sheet shown when the file opens (`worksheet_activate`).
    public func activate() { worksheet_activate(handle) }

    /// Hides the sheet's tab (`worksheet_hide`); never the sheet shown on opening.
    public func hide() { worksheet_hide(handle) }

    /// Hides the screen gridlines (`worksheet_gridlines`), as printed forms look.
    public func hideGridlines() { worksheet_gridlines(handle, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue)) }

    /// The sheet tab's colour, RGB (`worksheet_set_tab_color`).
    public func setTabColor(_ rgb: UInt32) { worksheet_set_tab_color(handle, lxw_color_t(rgb)) }

    /// Screen zoom in percent, 10…400 (`worksheet_set_zoom`).
    public func setZoom(_ percent: Int) { worksheet_set_zoom(handle, UInt16(clamping: percent)) }
}

/// A calendar date as a cell holds it.
public struct CellDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
