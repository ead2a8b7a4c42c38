import CXlsxWriter

/// An Excel table over a range (`worksheet_add_table`): a styled, filterable
/// block whose header row holds the column names.
public struct TableOptions: Sendable {
    public var name: String?
    public var columns: [String]
    /// Excel's built-in style number within the medium group (`TableStyleMedium2` = 2).
    public var mediumStyle: Int = 2
    public var bandedRows = true
    public var headerFormat: CellFormat?
    public init(name: String? = nil, columns: [String], mediumStyle: Int = 2, headerFormat: CellFormat? = nil) {
        self.name = name
        self.columns = columns
        self.mediumStyle = mediumStyle
        self.headerFormat = headerFormat
    }
}

extension Worksheet {
    /// Adds a table whose first row is the header (written from `options.columns`)
    /// and whose data rows are written separately. Not available in constant-memory
    /// workbooks: use `autofilter` on a formatted range there.
    public func addTable(firstRow: Int, firstColumn: Int, lastRow: Int, options: TableOptions) throws {
        let lastColumn = firstColumn + options.columns.count - 1
        let operation =
            "worksheet_add_table(\(name)!\(CellReference.range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        if workbook.options.constantMemory {
            throw XlsxError(
                .notSupported("Excel tables are not available in constant-memory mode"),
                operation: operation)
        }
        guard !options.columns.isEmpty, lastRow > firstRow else {
            throw XlsxError(.notSupported("a table needs columns and at least one data row"), operation: operation)
        }
        let arena = workbook.strings
        let columnPointers = arena.allocate(
            UnsafeMutablePointer<lxw_table_column>?.self,
            count: options.columns.count + 1)
        for (index, header) in options.columns.enumerated() {
            let column = arena.allocate(lxw_table_column.self, count: 1)
            column.pointee.header = arena.copy(header)
            column.pointee.header_format = try workbook.format(options.headerFormat)
            columnPointers[index] = column
        }
        var table = lxw_table_options()
        table.name = arena.copy(options.name)
        table.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
        table.style_type_number = UInt8(clamping: options.mediumStyle)
        table.no_banded_rows = options.bandedRows ? 0 : 1
        table.columns = columnPointers
        try check(
            worksheet_add_table(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                lxw_col_t(lastColumn), &table), operation)
    }
}
