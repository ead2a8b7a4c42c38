import Foundation
import ReportCore
import XlsxWriter

/// A blank submission as a workbook: the header on the first row, the rows the
/// plan knows filled in, and below them room to add rows — every closed-list
/// column with a drop-down, text columns kept as text (so Excel neither turns
/// `03/2023` into a date nor a certificate number into `2.11E+09`), date
/// columns shown as dd/mm/yyyy. Filled in and sent back as it is, its first
/// sheet is a submission (the hidden lists and the instructions are passed
/// over); saved as "CSV UTF-8", it is one too.
public enum TemplateWorkbook {
    /// Rows offered for filling in below the known ones, each with its drop-downs.
    public static let blankRows = 300
    static let listsSheet = "Danh mục"
    static let guideSheet = "Hướng dẫn"

    public static func write(_ template: SubmissionTemplate, plan: Plan, to path: String) throws {
        let properties = Workbook.DocumentProperties(
            title: "Mẫu báo cáo \(template.kind.label.lowercased()) — \(template.unit.name)",
            subject: plan.document.title, author: plan.document.department, company: plan.document.authority,
            category: "Mẫu báo cáo", keywords: "\(plan.document.number), \(template.unit.code)",
            comments: "Điền ở trang đầu, lưu rồi gửi lại chính tệp Excel này.",
            created: Date(timeIntervalSince1970: Double(plan.document.issued.ordinal) * 86_400))
        let workbook = try Workbook(path: path, options: .init(properties: properties))
        let sheet = try workbook.addWorksheet(template.kind.label)
        let lists = try workbook.addWorksheet(listsSheet)
        let guide = try workbook.addWorksheet(guideSheet)
        let lastRow = template.rows.count + blankRows

        let header = Styles.header
        let text = CellFormat(fontName: Styles.font, fontSize: 11, numberFormat: "@", vertical: .top)
        let date = CellFormat(
            fontName: Styles.font, fontSize: 11, numberFormat: "dd/mm/yyyy", horizontal: .center,
            vertical: .top)
        let number = CellFormat(fontName: Styles.font, fontSize: 11, vertical: .top)
        try sheet.setRow(0, height: 45)
        // Rows tall enough for the wording beside each code, which wraps.
        if let wording = template.fields.firstIndex(where: { $0.column == nil }) {
            let perLine = width(template.fields[wording], values: []) * 1.1
            for (row, values) in template.rows.enumerated() {
                let lines = max(1, Int((Double(values[wording].count) / perLine).rounded(.up)))
                try sheet.setRow(row + 1, height: 15 * Double(lines))
            }
        }
        var listColumn = 0
        for (index, field) in template.fields.enumerated() {
            let format =
                switch field.shape {
                case .text: text
                case .date: date
                case .number: number
                }
            try sheet.setColumns(
                index...index, width: width(field, values: template.rows.map { $0[index] }), format: format)
            try sheet.write(field.header, row: 0, column: index, format: header)
            for (row, values) in template.rows.enumerated() where !values[index].isEmpty {
                try sheet.write(
                    values[index], row: row + 1, column: index,
                    format: field.column == nil ? text.with { $0.wrap = true } : text)
            }
            if !field.choices.isEmpty {
                // The choices on the lists sheet: a choice may hold a comma, which an inline list cannot.
                try lists.write(field.header, row: 0, column: listColumn, format: header)
                for (row, choice) in field.choices.enumerated() {
                    try lists.write(choice, row: row + 1, column: listColumn)
                }
                let range = CellReference.range(
                    firstRow: 1, firstColumn: listColumn, lastRow: field.choices.count,
                    lastColumn: listColumn, absolute: true)
                try lists.setColumns(listColumn...listColumn, width: 30)
                try sheet.addListValidation(
                    firstRow: 1, firstColumn: index, lastRow: lastRow, lastColumn: index,
                    source: .range(CellReference.qualified(sheet: listsSheet, range)),
                    errorTitle: field.header,
                    errorMessage: "Chọn một giá trị trong danh sách của cột «\(field.header)».",
                    inputTitle: field.header, inputMessage: field.hint)
                listColumn += 1
            } else if let hint = field.hint {
                try sheet.addInputMessage(
                    firstRow: 1, firstColumn: index, lastRow: lastRow, lastColumn: index,
                    title: field.header, message: hint)
            }
        }
        sheet.freezePanes(row: 1, column: 0)
        var page = PageSetup()
        page.repeatRows = 0...0
        try sheet.setPage(page)
        sheet.activate()
        lists.hide()
        try writeGuide(guide, template: template, plan: plan)
        try workbook.close()
    }

    /// Room for what the column will hold: the wording and free text wide, a
    /// list as wide as its longest choice, codes and dates narrow.
    static func width(_ field: SubmissionTemplate.Field, values: [String]) -> Double {
        switch field.column {
        case nil: return 45
        case .results?, .difficulties?, .proposals?, .project?, .investor?, .note?: return 35
        default:
            let longest = ([field.header] + field.choices + values).map { Double($0.count) }.max() ?? 10
            return min(max(longest * 0.9, 13), 40)
        }
    }

    private static func writeGuide(_ guide: Worksheet, template: SubmissionTemplate, plan: Plan) throws {
        let title = CellFormat(fontName: Styles.font, fontSize: 13, bold: true)
        let body = CellFormat(fontName: Styles.font, fontSize: 11, vertical: .top, wrap: true)
        try guide.setColumns(0...0, width: 110)
        let unit = template.unit
        let eachRow =
            switch template.kind {
            case .taskProgress: "một nhiệm vụ"
            case .investment: "một lần cấp hoặc điều chỉnh GCNĐKĐT"
            case .indicators: "một đối tượng của chỉ tiêu"
            }
        let example = "\(unit.code)_\(template.periods.first?.code ?? String(plan.year))_\(template.kindSlug).xlsx"
        var lines = [
            "Mẫu báo cáo \(template.kind.label.lowercased()) — \(unit.name) (\(unit.code))",
            "Báo cáo kết quả thực hiện Kế hoạch \(plan.document.number) năm \(plan.year), gửi \(plan.document.department).",
            "Điền ở trang «\(template.kind.label)», mỗi dòng \(eachRow); giữ nguyên dòng tiêu đề và thứ tự cột.",
            "Cột có danh sách: bấm vào ô rồi chọn. Ngày ghi ngày/tháng/năm, ví dụ 31/03/2023. "
                + "Số ghi đủ, ví dụ 150.000.000 hoặc 12,5.",
        ]
        if template.fields.contains(where: { $0.column == nil }) {
            lines.append("Cột «Nội dung …» chỉ để đối chiếu. Có thể thêm dòng cho nhiệm vụ hoặc đối tượng khác.")
        }
        lines += [
            "Lưu tệp (Ctrl+S), giữ định dạng Excel (.xlsx); nên đặt tên như \(example).",
            "Gửi chính tệp Excel này cho \(plan.document.department). Cũng có thể gửi tệp CSV: "
                + "File › Save As (Lưu thành) › «CSV UTF-8 (Comma delimited) (*.csv)».",
        ]
        lines = [lines[0], lines[1]] + lines.dropFirst(2).enumerated().map { "\($0 + 1). \($1)" }
        for (row, line) in lines.enumerated() {
            try guide.write(line, row: row, column: 0, format: row == 0 ? title : body)
        }
    }
}
