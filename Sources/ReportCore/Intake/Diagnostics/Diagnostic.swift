/// One problem found: the rule that fired (with the values it names), where,
/// the value as found, and the unit it belongs to. Its words — message and fix,
/// in Vietnamese — are made from the rule when it is shown.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
        /// Lỗi: the row, or the whole file, is rejected.
        case error = "Lỗi"
        /// Cảnh báo: accepted, but someone should look.
        case warning = "Cảnh báo"
        /// Thông tin: how a file was read (a skipped file, a superseding submission).
        case info = "Thông tin"

        var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var rule: Rule
    public var place: Place
    /// The value as found, whole (the workbook truncates what a cell cannot hold).
    public var value: String?
    /// The reporting unit the problem belongs to, for the feedback sent back to it.
    public var unit: String?

    public init(
        _ rule: Rule, file: String, sheet: String? = nil, line: Int? = nil, excelRow: Int? = nil,
        column: Int? = nil, columnHeader: String? = nil, value: String? = nil, unit: String? = nil
    ) {
        self.rule = rule
        place = Place(
            file: file, sheet: sheet, line: line, excelRow: excelRow, column: column, columnHeader: columnHeader)
        self.value = value
        self.unit = unit
    }

    public init(_ rule: Rule, at place: Place, value: String? = nil, unit: String? = nil) {
        self.rule = rule
        self.place = place
        self.value = value
        self.unit = unit
    }

    public var code: Rule.Code { rule.code }
    public var severity: Severity { rule.severity }
    public var message: String { rule.message }
    public var fix: String { rule.fix }

    public var file: String { place.file }
    public var line: Int? { place.line }
    public var excelRow: Int? { place.excelRow }
    public var column: Int? { place.column }
    public var columnHeader: String? { place.columnHeader }
    public var columnLetter: String? { place.columnLetter }

    /// For test failures and logs; the console and the sheets make their own words.
    public var description: String { "\(place.compact): \(severity.rawValue) [\(code.rawValue)] \(message)" }

    /// Sort order of the Kiểm tra sheet and the console: by file, sheet, line, column.
    public static func byPlace(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.place < b.place { return true }
        if b.place < a.place { return false }
        return a.code < b.code
    }
}

/// Where a problem is: a file of the inputs folder, and in it a CSV line or a
/// sheet's row, and a column. A workbook's place names its sheet; its line is
/// the row number Excel shows. A file-level problem has no line.
public struct Place: Hashable, Sendable, Comparable {
    /// The file's path relative to the inputs folder (or the plan file, or a folder, for a run's problem).
    public var file: String
    /// The worksheet, for a workbook submission.
    public var sheet: String?
    /// A CSV's physical line (1-based), or a sheet's row as Excel numbers it.
    public var line: Int?
    /// For a CSV: the row number Excel shows when it opens the file, where it differs from `line`.
    public var excelRow: Int?
    /// Zero-based column index.
    public var column: Int?
    public var columnHeader: String?

    public init(
        file: String, sheet: String? = nil, line: Int? = nil, excelRow: Int? = nil, column: Int? = nil,
        columnHeader: String? = nil
    ) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.excelRow = excelRow
        self.column = column
        self.columnHeader = columnHeader
    }

    /// The submission: the file, or `file › sheet` for a worksheet of a workbook.
    public var source: String { sheet.map { "\(file) › \($0)" } ?? file }

    /// `A`, `B`, … for the column, as a spreadsheet shows it.
    public var columnLetter: String? { column.map(Self.letters) }

    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var letters = ""
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// `file:line:column` for a CSV, `file › sheet › D7` for a sheet.
    public var compact: String {
        if let sheet {
            var text = "\(file) › \(sheet)"
            if let line { text += " › " + (columnLetter.map { $0 + String(line) } ?? "hàng \(line)") }
            return text
        }
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column + 1)" }
        return text
    }

    public static func < (a: Place, b: Place) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.sheet != b.sheet { return (a.sheet ?? "") < (b.sheet ?? "") }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return (a.column ?? -1) < (b.column ?? -1)
    }
}
