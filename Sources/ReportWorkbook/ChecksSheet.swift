import ReportCore
import XlsxWriter

/// Kiểm tra: every diagnostic, by file and line, filterable — what to send back
/// to each unit.
enum ChecksSheet {
    static let headers = [
        "STT", "Tệp", "Dòng", "Hàng (Excel)", "Cột", "Tên cột", "Giá trị", "Mức độ", "Mã quy tắc", "Nội dung",
        "Cách sửa", "Đơn vị",
    ]

    static func write(_ sheet: Worksheet, diagnostics: [Diagnostic]) throws {
        // Long texts get fixed widths and wrap; the other columns fit their content.
        let w = SheetWriter(sheet, widths: [6: 30, 9: 60, 10: 50], maximum: 36)
        try w.workingTitle(
            "KIỂM TRA SỐ LIỆU — mọi lỗi và cảnh báo, theo tệp và dòng",
            note:
                "Lỗi: dòng (hoặc cả tệp) bị loại, không tính vào báo cáo. Cảnh báo: vẫn tính, cần xem lại. Lọc theo cột «Đơn vị» để gửi lại cho từng đơn vị."
        )
        // Rows are known in advance, so the counts above the table can be formulas over it.
        let headerRow = w.row + 4
        let rows = (headerRow + 1)...(headerRow + max(diagnostics.count, 1))
        let severity = CellReference.qualified(
            sheet: sheet.name,
            CellReference.range(
                firstRow: rows.lowerBound, firstColumn: 7, lastRow: rows.upperBound, lastColumn: 7, absolute: true))
        for level in [Diagnostic.Severity.error, .warning, .info] {
            try w.newRow()
            try w.text(level.rawValue, 1, Styles.cellBold)
            try w.formula(
                "COUNTIF(\(severity),\"\(level.rawValue)\")",
                number: Double(diagnostics.filter { $0.severity == level }.count), 2, Styles.integerBold)
        }
        try w.newRow()
        precondition(w.row == headerRow)
        try w.header(headers, height: 30)
        for (index, diagnostic) in diagnostics.enumerated() {
            try w.newRow()
            try w.number(Double(index + 1), 0, Styles.integer)
            try w.text(diagnostic.place.source, 1)
            try w.optionalNumber(diagnostic.line.map(Double.init), 2, Styles.integer)
            try w.optionalNumber(diagnostic.excelRow.map(Double.init), 3, Styles.integer)
            try w.text(diagnostic.columnLetter ?? "", 4, Styles.cellCenter)
            try w.text(diagnostic.columnHeader ?? "", 5)
            try w.text(diagnostic.value ?? "", 6)
            try w.text(diagnostic.severity.rawValue, 7, Styles.cellCenter)
            try w.text(diagnostic.code.rawValue, 8)
            try w.text(diagnostic.message, 9, measure: false)
            try w.text(diagnostic.fix, 10, measure: false)
            try w.text(diagnostic.unit ?? "", 11, Styles.cellCenter)
        }
        for (level, format) in [
            (Diagnostic.Severity.error, Styles.bad), (.warning, Styles.warn), (.info, Styles.neutral),
        ] {
            try sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: 7, lastRow: rows.upperBound,
                lastColumn: 7, rule: .textEquals(level.rawValue), format: format)
        }
        if !diagnostics.isEmpty {
            try sheet.autofilter(
                firstRow: headerRow, firstColumn: 0, lastRow: rows.upperBound,
                lastColumn: headers.count - 1)
        }
        sheet.freezePanes(row: headerRow + 1, column: 0)
        try w.finish()
    }
}
