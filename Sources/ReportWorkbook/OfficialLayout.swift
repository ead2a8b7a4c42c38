import ReportCore
import XlsxWriter

/// The parts every printable sheet shares: the Authority and national header
/// block (Decree 30/2020/NĐ-CP), the title, the page setup, and the signature
/// places at the end.
enum OfficialLayout {
    /// Writes the header block across `columns` and leaves the writer on the
    /// first free row.
    static func header(
        _ w: SheetWriter, plan: PlanDocument, columns: Int, title: String, subtitle: String,
        example: Bool
    ) throws {
        let split = max(1, columns * 2 / 5) - 1
        let left = 0...split
        let right = (split + 1)...(columns - 1)
        try w.setHeight(17)
        try w.merged(plan.parentAuthority.uppercased(), left, Styles.authorityParent)
        try w.merged("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right, Styles.nation)
        try w.newRow(height: 17)
        try w.merged(plan.authority.uppercased(), left, Styles.authority)
        try w.merged("Độc lập - Tự do - Hạnh phúc", right, Styles.motto)
        try w.newRow(height: 17)
        try w.merged("Số:        /BC-BQL", left, Styles.authorityParent)
        try w.merged("\(plan.place), ngày      tháng      năm \(plan.year)", right, Styles.placeDate)
        try w.newRow()
        try w.newRow(height: 40)
        try w.merged(title, 0...(columns - 1), Styles.title)
        try w.newRow(height: 33)
        try w.merged(subtitle, 0...(columns - 1), Styles.subtitle)
        if example {
            try w.newRow(height: 33)
            try w.merged(Words.exampleBanner, 0...(columns - 1), Styles.exampleBanner)
        }
        try w.newRow()
        try w.newRow()
    }

    /// The preparer's and approver's places, and the recipients, after the tables.
    static func signatures(_ w: SheetWriter, plan: PlanDocument, columns: Int) throws {
        let split = max(1, columns * 2 / 5) - 1
        let left = 0...split
        let right = (split + 1)...(columns - 1)
        try w.newRow()
        try w.newRow()
        try w.merged(plan.preparerTitle, left, Styles.signatureTitle)
        try w.merged(plan.approverTitle, right, Styles.signatureTitle)
        try w.newRow()
        try w.merged("(Ký, ghi rõ họ tên)", left, Styles.signatureNote)
        try w.merged("(Ký, ghi rõ họ tên, đóng dấu)", right, Styles.signatureNote)
        try w.skip(4)
        if !plan.recipients.isEmpty {
            try w.newRow()
            try w.merged(
                "Nơi nhận:", left,
                Styles.plain.with {
                    $0.bold = true
                    $0.italic = true
                })
            for recipient in plan.recipients {
                try w.newRow()
                try w.merged("- \(recipient);", left, Styles.plain.with { $0.fontSize = 10 })
            }
        }
    }

    /// A4 (landscape unless told), fitted to the page width, the table header
    /// repeated on every page, the report on top and page numbers below.
    static func page(
        _ sheet: Worksheet, repeatRows: ClosedRange<Int>?, plan: PlanDocument, period: ReportingPeriod,
        orientation: PageSetup.Orientation = .landscape
    ) throws {
        // A font size code runs on into following digits (`&9554`), so a space ends it.
        let top =
            "&L&\"Times New Roman,Italic\"&9 Kế hoạch \(plan.number) — \(period.label)&R&\"Times New Roman,Italic\"&9 &A"
        try sheet.setPage(
            PageSetup(
                orientation: orientation, repeatRows: repeatRows, fitToWidth: true, header: top,
                footer: "&C&\"Times New Roman\"&10Trang &P/&N"))
        sheet.hideGridlines()
    }
}
