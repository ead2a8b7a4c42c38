import ReportCore
import XlsxWriter

/// Báo cáo: the narrative draft (`Narrative`) under the official header, one
/// paragraph per row across the page, wrapped, A4 portrait — ready to be
/// read, corrected and pasted into the official document.
enum NarrativeSheet {
    static let columns = 2

    static func write(_ sheet: Worksheet, narrative: Narrative, report: ConsolidatedReport, example: Bool) throws {
        // Two columns only so the header block can split left and right; paragraphs span both.
        let w = SheetWriter(sheet, widths: [0: 38, 1: 58])
        try OfficialLayout.header(
            w, plan: report.plan, columns: columns, title: Words.mainTitle(report.plan),
            subtitle:
                "(Dự thảo lập tự động từ số liệu của bảng tổng hợp; cán bộ tổng hợp rà soát, hoàn chỉnh trước khi trình ký)",
            example: example)
        for paragraph in narrative.paragraphs {
            let look: CellFormat
            switch paragraph.style {
            case .title: look = Styles.narrativeTitle
            case .subtitle: look = Styles.narrativeSubtitle
            case .heading: look = Styles.narrativeHeading
            case .subheading: look = Styles.narrativeSubheading
            case .body: look = Styles.narrativeBody
            case .item: look = Styles.narrativeItem
            }
            try w.merged(paragraph.text, 0...(columns - 1), look)
            try w.newRow()
        }
        try OfficialLayout.signatures(w, plan: report.plan, columns: columns)
        try OfficialLayout.page(
            sheet, repeatRows: nil, plan: report.plan, period: report.period, orientation: .portrait)
        try w.finish()
    }
}
