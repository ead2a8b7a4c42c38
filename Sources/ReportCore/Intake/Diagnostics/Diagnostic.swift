/// One problem found in the inputs, with its place, the value as found, what is
/// wrong and how to fix it — in Vietnamese — and a stable rule code.
public struct Diagnostic: Hashable, Sendable {
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

    public var code: String
    public var severity: Severity
    /// The file's path relative to the inputs folder.
    public var file: String
    /// Physical line in the file, 1-based; nil for a file-level problem.
    public var line: Int?
    /// The row number Excel shows when it opens the CSV, where it differs from `line`.
    public var excelRow: Int?
    /// Zero-based field index.
    public var column: Int?
    public var columnHeader: String?
    /// The value as found, whole (the workbook truncates what a cell cannot hold).
    public var value: String?
    public var message: String
    public var fix: String
    /// The reporting unit the problem belongs to, for the feedback sent back to it.
    public var unit: String?

    public init(
        _ rule: Rule, file: String, line: Int? = nil, excelRow: Int? = nil, column: Int? = nil,
        columnHeader: String? = nil, value: String? = nil, unit: String? = nil
    ) {
        code = rule.code
        severity = rule.severity
        message = rule.message
        fix = rule.fix
        self.file = file
        self.line = line
        self.excelRow = excelRow
        self.column = column
        self.columnHeader = columnHeader
        self.value = value
        self.unit = unit
    }

    /// `A`, `B`, … for the column, as a spreadsheet shows it.
    public var columnLetter: String? {
        guard let column else { return nil }
        var n = column + 1
        var letters = ""
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// `dòng 12 (hàng 11 trong Excel), cột E (Vốn đăng ký)`.
    public var place: String {
        var parts: [String] = []
        if let line {
            var text = "dòng \(line)"
            if let excelRow, excelRow != line { text += " (hàng \(excelRow) khi mở bằng Excel)" }
            parts.append(text)
        }
        if let letter = columnLetter {
            parts.append(columnHeader.map { "cột \(letter) (\($0))" } ?? "cột \(letter)")
        }
        return parts.isEmpty ? "cả tệp" : parts.joined(separator: ", ")
    }

    /// `file:line:column: Lỗi [code] message — fix`, for the console.
    public var consoleLine: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column + 1)" }
        var text = "\(location): \(severity.rawValue) [\(code)] \(message)"
        if !fix.isEmpty { text += " → \(fix)" }
        return text
    }

    /// Sort order of the Kiểm tra sheet and the console: by file, line, column.
    public static func byPlace(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        if (a.column ?? -1) != (b.column ?? -1) { return (a.column ?? -1) < (b.column ?? -1) }
        return a.code < b.code
    }
}
