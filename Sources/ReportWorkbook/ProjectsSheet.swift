import ReportCore
import XlsxWriter

/// Dự án: the de-duplicated certificate events of the year to date, one row
/// each, streamed as they are read. An Excel table in normal workbooks; a
/// filtered, styled range in constant-memory ones (which cannot hold tables).
/// Chỉ tiêu's figures are formulas over these rows.
final class ProjectsSheet {
    enum Col {
        static let number = 0, certificate = 1, event = 2, date = 3, month = 4, inPeriod = 5, attracted = 6
        static let project = 7, investor = 8, country = 9, zone = 10, source = 11, amount = 12, currency = 13
        static let fdi = 14, ddi = 15, unit = 16, file = 17, line = 18
    }

    static let headers = [
        "STT", "Số GCNĐKĐT", "Loại biến động", "Ngày cấp", "Tháng số liệu", "Trong kỳ", "Tính vào vốn thu hút",
        "Tên dự án", "Nhà đầu tư", "Quốc gia/vùng lãnh thổ", "Khu", "Nguồn vốn", "Vốn đăng ký (theo báo cáo)",
        "Đơn vị tính", "Vốn FDI (triệu USD)", "Vốn DDI (tỷ đồng)", "Đơn vị báo cáo", "Tệp", "Dòng",
    ]

    let parts: SheetParts
    private let useTable: Bool
    private let looks: RowLooks

    init(
        _ sheet: Worksheet, report title: String, period: ReportingPeriod, useTable: Bool,
        rowLimit: Int = SheetParts.excelRows, make: @escaping (String) throws -> Worksheet
    ) throws {
        self.useTable = useTable
        parts = try SheetParts(
            first: sheet, rowLimit: rowLimit, make: make,
            // Long texts get fixed widths and wrap; the other columns fit their content.
            writer: { SheetWriter($0, widths: [Col.project: 36, Col.investor: 30], maximum: 36) },
            start: { writer in
                try writer.workingTitle(
                    "DANH SÁCH SỰ KIỆN GCNĐKĐT LŨY KẾ NĂM (mỗi sự kiện tính một lần) — \(period.label)",
                    note:
                        "Các số liệu của chỉ tiêu III.1 trong sheet «Chỉ tiêu» là công thức cộng các dòng của bảng này. Sự kiện trùng (cùng số GCN, loại và ngày) chỉ có ở dòng đầu tiên; các lần lặp ở sheet «Dữ liệu» và «Kiểm tra»."
                )
                try writer.newRow(height: 45)
                let headerRow = writer.row
                try writer.header(Self.headers, height: 45)
                writer.sheet.freezePanes(row: headerRow + 1, column: 3)
                return headerRow
            })
        looks = try RowLooks(parts.parts[0].writer)
    }

    func append(_ line: ProjectLine) throws {
        let event = line.event
        let look = looks
        let (w, number) = try parts.nextRow()
        try w.number(Double(number), Col.number, look.integer)
        try w.text(event.certificate, Col.certificate, look.cell)
        try w.text(event.event.rawValue, Col.event, look.cell)
        try w.date(event.date, Col.date, look.date)
        try w.number(Double(line.month), Col.month, look.integer)
        try w.text(line.inPeriod ? Words.yes : Words.no, Col.inPeriod, look.center)
        try w.text(event.event.countsAsAttracted ? Words.yes : Words.no, Col.attracted, look.center)
        try w.text(event.project, Col.project, look.cell)
        try w.text(event.investor, Col.investor, look.cell)
        try w.text(Words.country(line.countryName), Col.country, look.cell)
        try w.text(line.zoneName, Col.zone, look.cell)
        try w.text(event.capitalSource.rawValue, Col.source, look.center)
        try w.number(event.amount, Col.amount, look.decimal)
        try w.text(event.currency.rawValue, Col.currency, look.cell)
        if event.capitalSource == .fdi {
            try w.number(event.reportAmount, Col.fdi, look.decimal)
            try w.blank(Col.ddi, look.cell)
        } else {
            try w.blank(Col.fdi, look.cell)
            try w.number(event.reportAmount, Col.ddi, look.decimal)
        }
        try w.text(event.unit, Col.unit, look.center)
        try w.text(event.source.submission, Col.file, look.cell)
        try w.number(Double(event.source.line), Col.line, look.integer)
    }

    func finish() throws {
        let lastColumn = Self.headers.count - 1
        for (index, part) in parts.parts.enumerated() {
            let writer = part.writer
            if part.count == 0 {
                try writer.newRow()
                try writer.merged("(Không có sự kiện GCNĐKĐT nào trong kỳ lũy kế)", 0...lastColumn, Styles.cellItalic)
            } else if useTable {
                try writer.sheet.addTable(
                    firstRow: part.headerRow, firstColumn: 0, lastRow: part.headerRow + part.count,
                    options: TableOptions(
                        name: index == 0 ? "DuAn" : "DuAn\(index + 1)", columns: Self.headers, mediumStyle: 2,
                        headerFormat: Styles.header))
            } else {
                try writer.sheet.autofilter(
                    firstRow: part.headerRow, firstColumn: 0, lastRow: part.headerRow + part.count,
                    lastColumn: lastColumn)
            }
            try writer.finish()
        }
    }

    /// A SUMIFS over the events, across the parts: `SUMIFS(part 1)+SUMIFS(part 2)`.
    func sumIfs(_ amount: Int, _ conditions: [(column: Int, criterion: String)]) -> String {
        formula("SUMIFS", amount, conditions)
    }

    /// A COUNTIFS over the events, across the parts.
    func countIfs(_ conditions: [(column: Int, criterion: String)]) -> String {
        formula("COUNTIFS", nil, conditions)
    }

    private func formula(_ function: String, _ amount: Int?, _ conditions: [(column: Int, criterion: String)])
        -> String
    {
        parts.parts.map { part in
            let range = { (column: Int) in
                part.writer.range(column: column, rows: self.parts.dataRows(of: part)).formula
            }
            let arguments =
                (amount.map { [range($0)] } ?? []) + conditions.map { "\(range($0.column)),\($0.criterion)" }
            return "\(function)(\(arguments.joined(separator: ",")))"
        }.joined(separator: "+")
    }
}
