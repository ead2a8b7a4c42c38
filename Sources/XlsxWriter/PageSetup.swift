import CXlsxWriter

/// How a sheet prints: paper, orientation, margins, repeated rows, scaling,
/// header and footer.
public struct PageSetup: Sendable {
    public enum Orientation: Sendable { case portrait, landscape }
    /// Paper sizes by Excel's index: A4 is 9.
    public enum Paper: Int, Sendable {
        case a4 = 9
        case a3 = 8
        case letter = 1
    }

    public var paper: Paper = .a4
    public var orientation: Orientation = .landscape
    /// Margins in inches, as Excel stores them.
    public var margins = (left: 0.7, right: 0.4, top: 0.6, bottom: 0.6)
    /// Rows printed at the top of every page (zero-based, inclusive).
    public var repeatRows: ClosedRange<Int>?
    /// Fit all columns to one page wide; rows flow onto as many pages as needed.
    public var fitToWidth = true
    public var centerHorizontally = true
    /// Excel header/footer codes, e.g. `&CTrang &P/&N`. At most 255 characters.
    public var header: String?
    public var footer: String?

    public init(
        orientation: Orientation = .landscape, repeatRows: ClosedRange<Int>? = nil, fitToWidth: Bool = true,
        header: String? = nil, footer: String? = nil
    ) {
        self.orientation = orientation
        self.repeatRows = repeatRows
        self.fitToWidth = fitToWidth
        self.header = header
        self.footer = footer
    }
}

extension Worksheet {
    /// Applies a page setup (`worksheet_set_paper`, `worksheet_set_landscape`,
    /// `worksheet_set_margins`, `worksheet_repeat_rows`, `worksheet_fit_to_pages`,
    /// `worksheet_set_header`, `worksheet_set_footer`).
    public func setPage(_ setup: PageSetup) throws {
        let operation = "page setup(\(name))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        worksheet_set_paper(handle, UInt8(setup.paper.rawValue))
        switch setup.orientation {
        case .landscape: worksheet_set_landscape(handle)
        case .portrait: worksheet_set_portrait(handle)
        }
        let m = setup.margins
        guard [m.left, m.right, m.top, m.bottom].allSatisfy(\.isFinite) else {
            throw XlsxError(.nonFiniteNumber(.nan), operation: operation)
        }
        worksheet_set_margins(handle, m.left, m.right, m.top, m.bottom)
        if let rows = setup.repeatRows {
            try check(
                worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                "worksheet_repeat_rows(\(name))")
        }
        if setup.fitToWidth { worksheet_fit_to_pages(handle, 1, 0) }
        if setup.centerHorizontally { worksheet_center_horizontally(handle) }
        for (text, isHeader) in [(setup.header, true), (setup.footer, false)] {
            guard let text else { continue }
            guard text.utf8.count <= 255 else {
                throw XlsxError(
                    .stringTooLong(length: text.utf8.count, limit: 255),
                    operation: isHeader ? "worksheet_set_header" : "worksheet_set_footer")
            }
            let status = isHeader ? worksheet_set_header(handle, text) : worksheet_set_footer(handle, text)
            try check(status, isHeader ? "worksheet_set_header(\(name))" : "worksheet_set_footer(\(name))")
        }
    }
}

extension Worksheet {
    /// Starts a new printed page above each of these rows, zero-based
    /// (`worksheet_set_h_pagebreaks`, which copies the list).
    public func setPageBreaks(beforeRows rows: [Int]) throws {
        let operation = "worksheet_set_h_pagebreaks(\(name))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        guard rows.allSatisfy({ $0 > 0 && $0 < 1_048_576 }) else {
            throw XlsxError(.notSupported("a page break outside the sheet"), operation: operation)
        }
        var breaks = rows.map { lxw_row_t($0) } + [0]
        try check(worksheet_set_h_pagebreaks(handle, &breaks), operation)
    }
}
