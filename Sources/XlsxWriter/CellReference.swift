/// A1-style references, as formulas, charts and validations name cells.
/// Rows and columns are zero-based here, as in libxlsxwriter.
public enum CellReference {
    /// The largest row index of a worksheet (1,048,576 rows).
    public static let maxRow = 1_048_575
    /// The largest column index of a worksheet (16,384 columns, XFD).
    public static let maxColumn = 16_383

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    public static func columnName(_ column: Int) -> String {
        precondition(column >= 0, "column index must not be negative")
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `(0, 0)` → `A1`; absolute gives `$A$1`.
    public static func cell(row: Int, column: Int, absolute: Bool = false) -> String {
        let dollar = absolute ? "$" : ""
        return "\(dollar)\(columnName(column))\(dollar)\(row + 1)"
    }

    /// `A1:C10`, or `A1` when the range is one cell.
    public static func range(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, absolute: Bool = false
    ) -> String {
        let first = cell(row: firstRow, column: firstColumn, absolute: absolute)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + cell(row: lastRow, column: lastColumn, absolute: absolute)
    }

    /// A sheet name as a formula names it: quoted (and inner quotes doubled)
    /// unless it is plain ASCII letters, digits and underscores.
    public static func quotedSheet(_ name: String) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_"
            } && !("0"..."9").contains(name.unicodeScalars.first!)
        if plain { return name }
        return "'" + name.replacingAll("'", with: "''") + "'"
    }

    /// `'Dự án'!$A$2:$A$9`.
    public static func qualified(sheet: String, _ reference: String) -> String {
        quotedSheet(sheet) + "!" + reference
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}

/// A cell of a named sheet, as another sheet's formula or a chart refers to
/// it: `'Chỉ tiêu'!$D$12`. Zero-based row and column.
public struct SheetCell: Hashable, Sendable {
    public let sheet: String
    public let row: Int
    public let column: Int

    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `'Chỉ tiêu'!$D$12`, as a formula writes it.
    public var formula: String {
        CellReference.qualified(sheet: sheet, CellReference.cell(row: row, column: column, absolute: true))
    }
}

/// A block of cells of a named sheet, `'Dự án'!$O$5:$O$40`. Zero-based rows and columns.
public struct SheetRange: Hashable, Sendable {
    public let sheet: String
    public let rows: ClosedRange<Int>
    public let columns: ClosedRange<Int>

    public init(sheet: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.sheet = sheet
        self.rows = rows
        self.columns = columns
    }

    /// One column of rows.
    public init(sheet: String, column: Int, rows: ClosedRange<Int>) {
        self.init(sheet: sheet, rows: rows, columns: column...column)
    }

    /// `'Dự án'!$O$5:$O$40`, as a formula writes it.
    public var formula: String {
        CellReference.qualified(
            sheet: sheet,
            CellReference.range(
                firstRow: rows.lowerBound, firstColumn: columns.lowerBound, lastRow: rows.upperBound,
                lastColumn: columns.upperBound, absolute: true))
    }
}
