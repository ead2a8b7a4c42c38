import XlsxWriter

/// The looks of the report: Times New Roman throughout, as Decree 30/2020
/// asks of official documents; bordered tables with a shaded header row.
enum Styles {
    static let font = "Times New Roman"
    static let body = CellFormat(fontName: font, fontSize: 11, vertical: .top, wrap: true)
    static let plain = CellFormat(fontName: font, fontSize: 11, vertical: .top)

    // Header block
    static let authorityParent = CellFormat(fontName: font, fontSize: 12, horizontal: .center, vertical: .center)
    static let authority = CellFormat(fontName: font, fontSize: 12, bold: true, horizontal: .center, vertical: .center)
    static let nation = CellFormat(fontName: font, fontSize: 12, bold: true, horizontal: .center, vertical: .center)
    static let motto = CellFormat(
        fontName: font, fontSize: 13, bold: true, underline: true, horizontal: .center,
        vertical: .center)
    static let placeDate = CellFormat(
        fontName: font, fontSize: 12, italic: true, horizontal: .center, vertical: .center)
    static let title = CellFormat(
        fontName: font, fontSize: 14, bold: true, horizontal: .center, vertical: .center,
        wrap: true)
    static let subtitle = CellFormat(
        fontName: font, fontSize: 12, italic: true, horizontal: .center,
        vertical: .center, wrap: true)
    static let exampleBanner = CellFormat(
        fontName: font, fontSize: 12, bold: true, fontColor: 0xC00000,
        fill: 0xFFF2CC, horizontal: .center, vertical: .center, wrap: true,
        border: .medium, borderColor: 0xC00000)
    static let section = CellFormat(fontName: font, fontSize: 12, bold: true, vertical: .center)
    static let signatureTitle = CellFormat(fontName: font, fontSize: 12, bold: true, horizontal: .center)
    static let signatureNote = CellFormat(fontName: font, fontSize: 11, italic: true, horizontal: .center)

    // Tables
    static let header = CellFormat(
        fontName: font, fontSize: 11, bold: true, fill: 0xDDEBF7, horizontal: .center,
        vertical: .center, wrap: true, border: .thin)
    static let cell = CellFormat(fontName: font, fontSize: 11, vertical: .top, wrap: true, border: .thin)
    static let cellCenter = cell.with { $0.horizontal = .center }
    static let cellBold = cell.with { $0.bold = true }
    static let cellItalic = cell.with { $0.italic = true }
    static let integer = cell.with {
        $0.numberFormat = "#,##0"
        $0.horizontal = .right
    }
    static let decimal = cell.with {
        $0.numberFormat = "#,##0.00"
        $0.horizontal = .right
    }
    static let decimalBold = decimal.with { $0.bold = true }
    static let integerBold = integer.with { $0.bold = true }
    static let percent = cell.with {
        $0.numberFormat = "0.0%"
        $0.horizontal = .right
    }
    static let percentBold = percent.with { $0.bold = true }
    static let date = cell.with {
        $0.numberFormat = "dd/mm/yyyy"
        $0.horizontal = .center
    }
    static let totalLabel = cell.with {
        $0.bold = true
        $0.horizontal = .center
    }

    // The narrative («Báo cáo»): paragraphs as an official report sets them (Times New Roman 13–14).
    static let narrativeTitle = CellFormat(
        fontName: font, fontSize: 14, bold: true, horizontal: .center, vertical: .top, wrap: true)
    static let narrativeSubtitle = CellFormat(
        fontName: font, fontSize: 13, italic: true, horizontal: .center, vertical: .top, wrap: true)
    static let narrativeHeading = CellFormat(fontName: font, fontSize: 13, bold: true, vertical: .top, wrap: true)
    static let narrativeSubheading = CellFormat(
        fontName: font, fontSize: 13, bold: true, italic: true, vertical: .top, wrap: true)
    static let narrativeBody = CellFormat(
        fontName: font, fontSize: 13, horizontal: .justify, vertical: .top, wrap: true, indent: 1)
    static let narrativeItem = CellFormat(
        fontName: font, fontSize: 13, horizontal: .justify, vertical: .top, wrap: true, indent: 2)

    // Status colours (conditional formats)
    static let good = CellFormat(fontColor: 0x006100, fill: 0xC6EFCE)
    static let bad = CellFormat(fontColor: 0x9C0006, fill: 0xFFC7CE)
    static let warn = CellFormat(fontColor: 0x9C5700, fill: 0xFFEB9C)
    static let neutral = CellFormat(fontColor: 0x1F4E78, fill: 0xDDEBF7)

    // Charts
    static let chartBlue: UInt32 = 0x2E75B6
    static let chartOrange: UInt32 = 0xED7D31
    static let chartGrey: UInt32 = 0xA5A5A5
    static let chartGreen: UInt32 = 0x70AD47
    static let chartRed: UInt32 = 0xC00000
}

/// The looks a row sheet writes on every row, made the workbook's formats once.
struct RowLooks {
    let cell, center, integer, decimal, date: ResolvedFormat

    init(_ writer: SheetWriter) throws {
        cell = try writer.resolve(Styles.cell)
        center = try writer.resolve(Styles.cellCenter)
        integer = try writer.resolve(Styles.integer)
        decimal = try writer.resolve(Styles.decimal)
        date = try writer.resolve(Styles.date)
    }
}
