import ReportCore
import XlsxWriter

/// Nhiệm vụ: each task and sub-item with its lead unit, the consolidated status
/// and timeliness, and what every reporting unit said, each prefixed by its unit.
enum TasksSheet {
    enum Col {
        static let code = 0, text = 1, lead = 2, status = 3, timeliness = 4, due = 5, percent = 6
        static let unitStatus = 7, results = 8, difficulties = 9, proposals = 10, sources = 11, counted = 12
    }

    static let headers = [
        "Mã", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Tình trạng (tổng hợp)", "Tiến độ", "Hạn hoàn thành",
        "Tỷ lệ hoàn thành (%)", "Tình trạng do đơn vị báo cáo", "Kết quả thực hiện", "Khó khăn, vướng mắc",
        "Đề xuất, kiến nghị", "Nguồn (tệp:dòng)", "Tính thống kê",
    ]

    /// Where the status and counted columns are, for the summary's formulas.
    struct Cells {
        let status: SheetRange
        let timeliness: SheetRange
        let counted: SheetRange
    }

    static func write(_ sheet: Worksheet, report: ConsolidatedReport, plan: Plan, example: Bool) throws -> Cells {
        let w = SheetWriter(
            sheet,
            widths: [
                Col.code: 8, Col.text: 46, Col.lead: 9, Col.status: 14, Col.timeliness: 11, Col.due: 12,
                Col.percent: 10,
                Col.unitStatus: 28, Col.results: 48, Col.difficulties: 36, Col.proposals: 36, Col.sources: 30,
                Col.counted: 8,
            ])
        let columns = headers.count
        try OfficialLayout.header(
            w, plan: report.plan, columns: columns,
            title: Words.mainTitle(report.plan) + "\nTÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP (MỤC II)",
            subtitle: Words.periodLine(report), example: example)
        let headerRow = w.row
        try w.header(headers, height: 45)
        let first = headerRow + 1
        for line in report.tasks {
            try w.newRow()
            let style = line.isSubItem ? Styles.cell : Styles.cellBold
            try w.text(line.task.code, Col.code, style)
            try w.text(
                line.isSubItem ? "   " + line.task.text : line.task.text, Col.text,
                style.with { $0.indent = line.isSubItem ? 1 : 0 }, measure: false)
            try w.text(line.task.lead, Col.lead, Styles.cellCenter)
            try w.text(
                Words.status(line.status), Col.status,
                Styles.cellCenter.with { $0.bold = !line.isSubItem })
            try w.text(line.timeliness.map(Words.timeliness) ?? "", Col.timeliness, Styles.cellCenter)
            try w.date(line.due, Col.due)
            try w.optionalNumber(line.percent, Col.percent, Styles.decimal)
            try w.text(
                line.reports.map { report in
                    var text = "\(report.unit): \(report.status.rawValue)"
                    if let percent = report.percent {
                        text += " (\(VietnameseNumber.format(percent, maxFractionDigits: 1))%)"
                    }
                    if let completed = report.completed { text += ", xong \(completed)" }
                    return text + " — " + report.period.label
                }.joined(separator: "\n"), Col.unitStatus)
            try w.text(prefixed(line.reports.map { ($0.unit, $0.results) }), Col.results, measure: false)
            try w.text(prefixed(line.reports.map { ($0.unit, $0.difficulties) }), Col.difficulties, measure: false)
            try w.text(prefixed(line.reports.map { ($0.unit, $0.proposals) }), Col.proposals, measure: false)
            try w.text(line.reports.flatMap(\.sources).map(\.description).joined(separator: "\n"), Col.sources)
            try w.text(line.isLeaf ? Words.yes : Words.no, Col.counted, Styles.cellCenter)
        }
        let last = max(w.row, first)
        let rows = first...last
        statusColours(sheet, rows: rows)
        sheet.freezePanes(row: first, column: 2)
        try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: last, lastColumn: columns - 1)
        try OfficialLayout.signatures(w, plan: report.plan, columns: columns)
        try OfficialLayout.page(sheet, repeatRows: headerRow...headerRow, plan: report.plan, period: report.period)
        try w.finish()
        return Cells(
            status: w.range(column: Col.status, rows: rows), timeliness: w.range(column: Col.timeliness, rows: rows),
            counted: w.range(column: Col.counted, rows: rows))
    }

    /// `[QLDT] …` per unit, one paragraph each; units with nothing to say left out.
    static func prefixed(_ parts: [(unit: String, text: String)]) -> String {
        parts.filter { !$0.text.isEmpty }.map { "[\($0.unit)] \($0.text)" }.joined(separator: "\n")
    }

    static func statusColours(_ sheet: Worksheet, rows: ClosedRange<Int>) {
        let colours: [(String, CellFormat)] = [
            (TaskStatus.done.rawValue, Styles.good), (TaskStatus.inProgress.rawValue, Styles.neutral),
            (TaskStatus.paused.rawValue, Styles.warn), (TaskStatus.notStarted.rawValue, Styles.warn),
            (Words.notReported, Styles.bad),
            (Words.timeliness(.late), Styles.bad), (Words.timeliness(.onTime), Styles.good),
        ]
        for (text, format) in colours {
            try? sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: Col.status, lastRow: rows.upperBound,
                lastColumn: Col.timeliness, rule: .textEquals(text), format: format)
        }
    }
}
