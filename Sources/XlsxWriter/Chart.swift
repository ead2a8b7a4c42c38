import CXlsxWriter

/// A native Excel chart drawn from ranges of a sheet (`lxw_chart`).
public final class Chart {
    public enum Kind: Sendable { case column, bar, line, pie, columnStacked, barStacked }
    public enum LegendPosition: Sendable { case none, right, bottom, top }

    let handle: UnsafeMutablePointer<lxw_chart>
    unowned let workbook: Workbook

    init(_ handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    private func font(_ name: String?, size: Double, bold: Bool) -> lxw_chart_font {
        var font = lxw_chart_font()
        font.name = workbook.strings.copy(name)
        font.size = size
        font.bold = bold ? 1 : 0
        return font
    }

    /// Adds a series (`chart_add_series`, `chart_series_set_name`): values and
    /// categories are sheet-qualified ranges such as `='Tổng hợp'!$C$5:$C$8`.
    public func addSeries(
        name: String? = nil, categories: String?, values: String, color: UInt32? = nil, lineWidth: Double? = nil,
        dataLabels: Bool = false
    ) throws {
        let operation = "chart_add_series(\(values))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        try FormulaCheck.validate(values, operation: operation)
        if let categories { try FormulaCheck.validate(categories, operation: operation) }
        guard let series = chart_add_series(handle, categories, values) else {
            throw XlsxError(.library(code: -1, message: "series not added"), operation: operation)
        }
        if let name { chart_series_set_name(series, name) }
        if let color {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(series, &fill)
            var line = lxw_chart_line()
            line.color = lxw_color_t(color)
            if let lineWidth { line.width = Float(lineWidth) }
            chart_series_set_line(series, &line)
        }
        if dataLabels { chart_series_set_labels(series) }
    }

    /// Adds a series over ranges of the workbook's sheets.
    public func addSeries(
        name: String? = nil, categories: SheetRange?, values: SheetRange, color: UInt32? = nil,
        lineWidth: Double? = nil, dataLabels: Bool = false
    ) throws {
        try addSeries(
            name: name, categories: categories?.formula, values: values.formula, color: color, lineWidth: lineWidth,
            dataLabels: dataLabels)
    }

    /// The chart's title (`chart_title_set_name`, `chart_title_set_name_font`).
    public func setTitle(_ title: String, fontName: String? = nil, size: Double = 12) {
        chart_title_set_name(handle, title)
        var titleFont = font(fontName, size: size, bold: true)
        chart_title_set_name_font(handle, &titleFont)
    }

    /// Axis titles (`chart_axis_set_name`). Pie charts have no axes.
    public func setAxisNames(x: String?, y: String?, fontName: String? = nil) {
        var axisFont = font(fontName, size: 10, bold: false)
        if let x, let axis = handle.pointee.x_axis {
            chart_axis_set_name(axis, x)
            chart_axis_set_name_font(axis, &axisFont)
            chart_axis_set_num_font(axis, &axisFont)
        }
        if let y, let axis = handle.pointee.y_axis {
            chart_axis_set_name(axis, y)
            chart_axis_set_name_font(axis, &axisFont)
            chart_axis_set_num_font(axis, &axisFont)
        }
    }

    /// Where the legend goes (`chart_legend_set_position`).
    public func setLegend(_ position: LegendPosition, fontName: String? = nil) {
        let value: lxw_chart_legend_position =
            switch position {
            case .none: LXW_CHART_LEGEND_NONE
            case .right: LXW_CHART_LEGEND_RIGHT
            case .bottom: LXW_CHART_LEGEND_BOTTOM
            case .top: LXW_CHART_LEGEND_TOP
            }
        chart_legend_set_position(handle, UInt8(value.rawValue))
        var legendFont = font(fontName, size: 10, bold: false)
        chart_legend_set_font(handle, &legendFont)
    }

    /// One of Excel's 48 built-in chart styles (`chart_set_style`).
    public func setStyle(_ style: Int) { chart_set_style(handle, UInt8(clamping: style)) }
}

extension Chart.Kind {
    var lxw: lxw_chart_type {
        switch self {
        case .column: LXW_CHART_COLUMN
        case .bar: LXW_CHART_BAR
        case .line: LXW_CHART_LINE
        case .pie: LXW_CHART_PIE
        case .columnStacked: LXW_CHART_COLUMN_STACKED
        case .barStacked: LXW_CHART_BAR_STACKED
        }
    }
}

extension Worksheet {
    /// Places a chart with its top-left corner in a cell (`worksheet_insert_chart_opt`).
    public func insertChart(_ chart: Chart, row: Int, column: Int, widthScale: Double = 1, heightScale: Double = 1)
        throws
    {
        let operation = "worksheet_insert_chart(\(place(row, column)))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        var options = lxw_chart_options()
        options.x_scale = widthScale
        options.y_scale = heightScale
        try check(
            worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options),
            operation)
    }
}
