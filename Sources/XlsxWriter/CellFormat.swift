import CXlsxWriter

/// A look a workbook has already made its format (`Worksheet.resolve`). A
/// sheet of a million rows writes each cell with one of these instead of a
/// `CellFormat`, which the workbook would have to look up every time. Valid
/// only in the workbook that resolved it.
public struct ResolvedFormat {
    let pointer: UnsafeMutablePointer<lxw_format>?
    let owner: ObjectIdentifier
    /// Whether text wraps and is bold: what a writer measuring its cells needs.
    public let wrap: Bool
    public let bold: Bool

    init(pointer: UnsafeMutablePointer<lxw_format>?, owner: ObjectIdentifier, look: CellFormat?) {
        self.pointer = pointer
        self.owner = owner
        wrap = look?.wrap ?? false
        bold = look?.bold ?? false
    }
}

/// A cell's look, as a value. The workbook turns each distinct value into one
/// `lxw_format` (`workbook_add_format` and the `format_set_*` setters), so
/// callers never hold C pointers and equal looks share one format.
public struct CellFormat: Hashable, Sendable {
    public enum Horizontal: Hashable, Sendable { case left, center, right, justify, centerAcross }
    public enum Vertical: Hashable, Sendable { case top, center, bottom }
    public enum Border: Hashable, Sendable { case thin, medium, hair, dotted }

    public var fontName: String?
    public var fontSize: Double?
    public var bold = false
    public var italic = false
    public var underline = false
    /// RGB, e.g. `0xC00000`.
    public var fontColor: UInt32?
    /// A solid background, RGB.
    public var fill: UInt32?
    /// Excel number format, e.g. `#,##0.00` or `dd/mm/yyyy`.
    public var numberFormat: String?
    public var horizontal: Horizontal?
    public var vertical: Vertical?
    public var wrap = false
    public var indent = 0
    /// The same border on all four sides.
    public var border: Border?
    public var borderColor: UInt32?

    public init(
        fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
        underline: Bool = false, fontColor: UInt32? = nil, fill: UInt32? = nil,
        numberFormat: String? = nil, horizontal: Horizontal? = nil, vertical: Vertical? = nil,
        wrap: Bool = false, indent: Int = 0, border: Border? = nil, borderColor: UInt32? = nil
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.fill = fill
        self.numberFormat = numberFormat
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrap = wrap
        self.indent = indent
        self.border = border
        self.borderColor = borderColor
    }

    /// A copy with some fields changed: `base.with { $0.bold = true }`.
    public func with(_ change: (inout CellFormat) -> Void) -> CellFormat {
        var copy = self
        change(&copy)
        return copy
    }

    /// Sets this look on a fresh `lxw_format`.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(format, fontName) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let fontColor { format_set_font_color(format, lxw_color_t(fontColor)) }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if let horizontal { format_set_align(format, UInt8(horizontal.lxw.rawValue)) }
        if let vertical { format_set_align(format, UInt8(vertical.lxw.rawValue)) }
        if wrap { format_set_text_wrap(format) }
        if indent > 0 { format_set_indent(format, UInt8(clamping: indent)) }
        if let border {
            format_set_border(format, UInt8(border.lxw.rawValue))
            if let borderColor { format_set_border_color(format, lxw_color_t(borderColor)) }
        }
    }
}

extension CellFormat.Horizontal {
    var lxw: lxw_format_alignments {
        switch self {
        case .left: LXW_ALIGN_LEFT
        case .center: LXW_ALIGN_CENTER
        case .right: LXW_ALIGN_RIGHT
        case .justify: LXW_ALIGN_JUSTIFY
        case .centerAcross: LXW_ALIGN_CENTER_ACROSS
        }
    }
}

extension CellFormat.Vertical {
    var lxw: lxw_format_alignments {
        switch self {
        case .top: LXW_ALIGN_VERTICAL_TOP
        case .center: LXW_ALIGN_VERTICAL_CENTER
        case .bottom: LXW_ALIGN_VERTICAL_BOTTOM
        }
    }
}

extension CellFormat.Border {
    var lxw: lxw_format_borders {
        switch self {
        case .thin: LXW_BORDER_THIN
        case .medium: LXW_BORDER_MEDIUM
        case .hair: LXW_BORDER_HAIR
        case .dotted: LXW_BORDER_DOTTED
        }
    }
}
