import Foundation
import ReportCore
import XlsxWriter

/// Writes one sheet top to bottom — the order constant-memory workbooks require
/// — and measures what it writes, so column widths fit the content
/// (libxlsxwriter has no autofit).
final class SheetWriter {
    let sheet: Worksheet
    /// The row being written.
    private(set) var row = 0
    /// The widest content noted per column; `nil` where nothing was noted.
    private var widths: [Double?] = []
    /// Widths decided in advance (long-text columns), and the cap of measured ones.
    let fixedWidths: [Int: Double]
    /// `fixedWidths` by column, for the look-up every cell makes.
    private var fixed: [Double?] = []
    let maximumWidth: Double
    let minimumWidth: Double
    /// Lines the tallest wrapped cell of the current row needs, and whether the
    /// row's height was set by hand.
    private var rowLines = 1
    /// Height of one line of the row's largest wrapped text (points).
    private var rowLineHeight = SheetWriter.lineHeight
    private var rowHeightSet = false

    static let lineHeight = 15.0

    init(_ sheet: Worksheet, widths: [Int: Double] = [:], minimum: Double = 6, maximum: Double = 40) {
        self.sheet = sheet
        fixedWidths = widths
        for (column, width) in widths { Self.put(width, column, in: &fixed) }
        minimumWidth = minimum
        maximumWidth = maximum
    }

    var name: String { sheet.name }

    /// Moves to the next row; `height` in points for the new row. The row left
    /// gets the height its wrapped text needs (Excel does not grow rows itself).
    func newRow(height: Double? = nil) throws {
        try fitRowHeight()
        row += 1
        rowLines = 1
        rowLineHeight = Self.lineHeight
        rowHeightSet = false
        if let height { try setHeight(height) }
    }

    /// Moves down `count` rows, leaving them empty.
    func skip(_ count: Int) throws { for _ in 0..<count { try newRow() } }

    func setHeight(_ height: Double) throws {
        try sheet.setRow(row, height: height)
        rowHeightSet = true
    }

    private func fitRowHeight() throws {
        if !rowHeightSet && (rowLines > 1 || rowLineHeight > Self.lineHeight) {
            try sheet.setRow(row, height: Double(rowLines) * rowLineHeight)
        }
    }

    /// The width a column will have: fixed, or at most the cap.
    func width(of column: Int) -> Double { fixedWidth(column) ?? maximumWidth }

    private func fixedWidth(_ column: Int) -> Double? { column < fixed.count ? fixed[column] : nil }

    private static func put(_ width: Double, _ column: Int, in array: inout [Double?]) {
        if column >= array.count { array += Array(repeating: nil, count: column + 1 - array.count) }
        array[column] = width
    }

    /// The workbook's format for a look, for sheets that write it on every row.
    func resolve(_ look: CellFormat) throws -> ResolvedFormat { try sheet.resolve(look) }

    /// Notes the lines `text` needs at `width` characters, for the row's height.
    /// Text larger than the default 11 points takes more room a character and a line.
    private func noteLines(_ text: String, width: Double, fontSize: Double = 11) {
        let scale = max(fontSize, 11) / 11
        guard width / scale > 2 else { return }
        let lines = min(Self.measure(text, wrapAt: width / scale).lines, 60)
        if Double(lines) * Self.lineHeight * scale > Double(rowLines) * rowLineHeight {
            rowLines = lines
            rowLineHeight = Self.lineHeight * scale
        }
    }

    /// Text, kept inert (never a formula), cut to a cell's limit when longer
    /// (intake has already warned about such a cell, with its whole value).
    func text(_ value: String, _ column: Int, _ format: CellFormat = Styles.cell, measure: Bool = true) throws {
        try text(value, column, try resolve(format), measure: measure)
    }

    func text(_ value: String, _ column: Int, _ format: ResolvedFormat, measure: Bool = true) throws {
        var value = Self.printable(value)
        if value.utf8.count > Worksheet.maxStringLength && value.unicodeScalars.count > Worksheet.maxStringLength {
            value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(Worksheet.maxStringLength - 1))) + "…"
        }
        try sheet.write(value, row: row, column: column, format: format)
        let fixedWidth = fixedWidth(column)
        let measureWidth = measure && fixedWidth == nil && (noted(column) ?? 0) < maximumWidth - 2
        let wrapAt = fixedWidth ?? maximumWidth
        let measureLines = format.wrap && wrapAt > 2
        guard measureWidth || measureLines else { return }
        let measured = Self.measure(value, wrapAt: wrapAt)
        if measureWidth { note(measured.longest * (format.bold ? 1.1 : 1), column) }
        if measureLines { rowLines = max(rowLines, min(measured.lines, 40)) }
    }

    func number(_ value: Double, _ column: Int, _ format: CellFormat = Styles.decimal) throws {
        try number(value, column, try resolve(format))
    }

    func number(_ value: Double, _ column: Int, _ format: ResolvedFormat) throws {
        try sheet.write(value, row: row, column: column, format: format)
        note(Self.numberWidth(value), column)
    }

    func optionalNumber(_ value: Double?, _ column: Int, _ format: CellFormat = Styles.decimal) throws {
        try optionalNumber(value, column, try resolve(format))
    }

    func optionalNumber(_ value: Double?, _ column: Int, _ format: ResolvedFormat) throws {
        if let value { try number(value, column, format) } else { try blank(column, format) }
    }

    func date(_ value: Day?, _ column: Int, _ format: CellFormat = Styles.date) throws {
        try date(value, column, try resolve(format))
    }

    func date(_ value: Day?, _ column: Int, _ format: ResolvedFormat) throws {
        guard let value else { return try blank(column, format) }
        try sheet.write(
            CellDate(year: value.year, month: value.month, day: value.day), row: row, column: column,
            format: format)
        note(11, column)
    }

    func formula(_ formula: String, number result: Double, _ column: Int, _ format: CellFormat = Styles.decimal) throws
    {
        try sheet.writeFormula(formula, result: .number(result), row: row, column: column, format: format)
        note(Self.numberWidth(result), column)
    }

    func formula(_ formula: String, text result: String, _ column: Int, _ format: CellFormat = Styles.cell) throws {
        try sheet.writeFormula(formula, result: .text(result), row: row, column: column, format: format)
        note(Self.displayWidth(result, bold: format.bold), column)
    }

    func blank(_ column: Int, _ format: CellFormat = Styles.cell) throws {
        try sheet.writeBlank(row: row, column: column, format: format)
    }

    func blank(_ column: Int, _ format: ResolvedFormat) throws {
        try sheet.writeBlank(row: row, column: column, format: format)
    }

    /// The text without control characters (tab and line breaks aside), which
    /// libxlsxwriter would write as `_x0001_` escapes and Excel turn back into
    /// invisible characters. Intake has removed them from every cell, with a
    /// warning; this keeps anything else (a file name, a sheet's name) from
    /// bringing one in. One pass over the bytes, for texts that have none.
    static func printable(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F })
        else { return value }
        return String(
            String.UnicodeScalarView(
                value.unicodeScalars.filter {
                    $0.value >= 0x20 && $0.value != 0x7F || "\t\n\r".unicodeScalars.contains($0)
                }))
    }

    /// Text across columns of this row (a merge); not measured, as it spans
    /// columns, but its wrapped lines count towards the row's height.
    func merged(_ value: String, _ columns: ClosedRange<Int>, _ format: CellFormat, rows: Int = 1) throws {
        if columns.count == 1 && rows == 1 {
            try text(value, columns.lowerBound, format, measure: false)
            return
        }
        let value = Self.printable(value)
        try sheet.merge(
            firstRow: row, firstColumn: columns.lowerBound, lastRow: row + rows - 1,
            lastColumn: columns.upperBound, text: value, format: format)
        if format.wrap && rows == 1 {
            noteLines(value, width: columns.reduce(0) { $0 + width(of: $1) }, fontSize: format.fontSize ?? 11)
        }
    }

    /// The two opening rows of a working sheet (not an official table): a title
    /// and a line saying how to read it; leaves the writer on the row after.
    func workingTitle(_ title: String, note: String) throws {
        try merged(title, 0...10, Styles.title.with { $0.horizontal = .left })
        try newRow()
        try merged(note, 0...10, Styles.subtitle.with { $0.horizontal = .left })
        try newRow()
    }

    /// A table's header row.
    func header(_ titles: [String], from column: Int = 0, height: Double? = nil) throws {
        if let height { try setHeight(height) }
        for (offset, title) in titles.enumerated() {
            try text(title, column + offset, Styles.header, measure: false)
            note(min(Self.displayWidth(title, bold: true), 14), column + offset)
        }
    }

    /// A1 reference of a cell on this sheet, `$C$12`.
    func reference(row: Int, column: Int) -> String { CellReference.cell(row: row, column: column, absolute: true) }

    /// One column of this sheet's rows, for another sheet's formulas and charts.
    func range(column: Int, rows: ClosedRange<Int>) -> SheetRange {
        SheetRange(sheet: name, column: column, rows: rows)
    }

    /// A cell of this sheet, for another sheet's formulas.
    func cell(row: Int, column: Int) -> SheetCell { SheetCell(sheet: name, row: row, column: column) }

    private func noted(_ column: Int) -> Double? { column < widths.count ? widths[column] : nil }

    private func note(_ width: Double, _ column: Int) {
        if let noted = noted(column) {
            if width > noted { widths[column] = width }
        } else {
            Self.put(width, column, in: &widths)
        }
    }

    /// Ends the sheet: the last row's height, then every column's width — fixed,
    /// or measured within bounds (longer text wraps).
    func finish() throws {
        try fitRowHeight()
        let noted = widths.indices.filter { widths[$0] != nil }
        for column in Set(noted).union(fixedWidths.keys).sorted() {
            let width = fixedWidth(column) ?? min(max((self.noted(column) ?? 0) + 2, minimumWidth), maximumWidth)
            try sheet.setColumns(column...column, width: width)
        }
    }

    /// Characters of the longest line, as Excel measures column width in
    /// characters of the default font: combining marks take no room, capitals
    /// and wide (CJK) characters more.
    static func displayWidth(_ text: String, bold: Bool = false) -> Double {
        measure(text, wrapAt: 0).longest * (bold ? 1.1 : 1)
    }

    /// The longest line of `text` in characters, and the lines it takes when
    /// wrapped at `wrapAt` characters (a column's width; 0: lines as written).
    /// Read from the UTF-8 bytes, one table look-up each — it runs for the
    /// cells of million-row sheets.
    static func measure(_ text: String, wrapAt: Double) -> (longest: Double, lines: Int) {
        var text = text
        return text.withUTF8 { bytes in
            byteWidths.withUnsafeBufferPointer { widthOf in
                var longest = 0.0
                var lines = 0
                var width = 0.0
                func endLine() {
                    longest = max(longest, width)
                    lines += wrapAt > 1 ? max(1, Int((width / (wrapAt - 1)).rounded(.up))) : 1
                    width = 0
                }
                for byte in bytes {
                    if byte == 0x0A { endLine() } else { width += widthOf[Int(byte)] }
                }
                endLine()
                return (longest, lines)
            }
        }
    }

    /// The width each UTF-8 byte adds: a character's width sits on its first
    /// byte. Capitals are wide, `i l , .` and spaces narrow, U+0300–U+036F
    /// (combining marks, lead bytes CC and CD) take none, U+3000 and up (lead
    /// bytes E3–EF) two.
    private static let byteWidths: [Double] = (0...255).map { byte in
        switch byte {
        case 0x41...0x5A: 1.2
        case 0x20, 0x2C, 0x2E, 0x69, 0x6C, 0x49: 0.6
        case 0x80...0xBF: 0  // continuation byte
        case 0xCC, 0xCD: 0
        case 0xE3...0xEF: 2
        default: 1
        }
    }

    /// The characters a number takes as `#,##0.00` shows it.
    static func numberWidth(_ value: Double) -> Double {
        let digits = value == 0 ? 1 : max(1, Int(log10(abs(value))) + 1)
        return Double(digits + (digits - 1) / 3 + 3 + (value < 0 ? 1 : 0))
    }
}
