import ReportCore
import XlsxWriter

/// Theo tháng: the year at a glance, months as columns up to the report's
/// month — FDI in the month and cumulative against the plan line (and last
/// year's, when the plan has it), events by type, tasks by status at each
/// month's cut-off, monthly submissions received — with a chart of the
/// cumulative FDI. FDI and the events are formulas over «Dự án».
enum MonthsSheet {
    static func write(
        _ sheet: Worksheet, workbook: Workbook, report: ConsolidatedReport, projects: ProjectsSheet, example: Bool
    ) throws {
        let months = report.months
        let columns = max(months.count + 1, 4)
        // A quarter's three months get wider columns, so the header block and
        // the title have the room they have on the other sheets.
        let monthWidth = max(11, (120 - 44) / Double(columns - 1))
        var widths: [Int: Double] = [0: 44]
        for column in 1..<columns { widths[column] = monthWidth }
        let w = SheetWriter(sheet, widths: widths)
        try OfficialLayout.header(
            w, plan: report.plan, columns: columns,
            title: Words.mainTitle(report.plan) + "\nTÌNH HÌNH THỰC HIỆN THEO THÁNG",
            subtitle: Words.periodLine(report), example: example)
        try w.header(["Nội dung"] + months.map { "Tháng \($0.month)" }, height: 30)
        let headerRow = w.row
        typealias P = ProjectsSheet.Col
        let yes = "\"\(Words.yes)\""
        let fdi = report.fdi.months

        func section(_ title: String) throws {
            try w.newRow()
            try w.merged(title, 0...(columns - 1), Styles.cellBold.with { $0.fill = 0xF2F2F2 })
        }
        /// A row of one figure a month; `formula` gives the month's formula, when it has one.
        func line(
            _ label: String, _ values: [Double], _ format: CellFormat = Styles.decimal,
            formula: ((Int, Int) -> String)? = nil
        ) throws -> Int {
            try w.newRow()
            try w.text(label, 0)
            for (index, value) in values.enumerated() {
                if let formula {
                    try w.formula(formula(index, months[index].month), number: value, index + 1, format)
                } else {
                    try w.number(value, index + 1, format)
                }
            }
            return w.row
        }
        func cell(_ row: Int, _ index: Int) -> String { w.reference(row: row, column: index + 1) }

        try section("1. Vốn FDI thu hút (triệu USD)")
        let attracted = try line("Trong tháng", fdi.map(\.attracted)) { _, month in
            projects.sumIfs(P.fdi, [(P.attracted, yes), (P.source, "\"FDI\""), (P.month, "\(month)")])
        }
        let cumulative = try line("Lũy kế từ đầu năm", fdi.map(\.cumulative)) { index, _ in
            index == 0 ? cell(attracted, 0) : "\(cell(w.row, index - 1))+\(cell(attracted, index))"
        }
        let planLine = try line("Kế hoạch theo tiến độ thời gian", fdi.map(\.planLine))
        var previousLine: Int?
        if let previous = report.yearOnYear {
            let known = months.map(\.month).filter { $0 <= previous.byMonth.count }
            var running = 0.0
            let values = known.map { month -> Double in
                running += previous.byMonth[month - 1]
                return running
            }
            try w.newRow()
            try w.text("Lũy kế cùng kỳ năm \(previous.year)", 0)
            for (index, value) in values.enumerated() { try w.number(value, index + 1, Styles.decimal) }
            previousLine = w.row
            try w.newRow()
            try w.text("Lũy kế so với cùng kỳ năm \(previous.year)", 0)
            for index in values.indices {
                let now = cell(cumulative, index)
                let before = cell(previousLine!, index)
                let ratio = values[index] == 0 ? 0 : fdi[index].cumulative / values[index]
                try w.formula(Formulas.ratio(now, before), number: ratio, index + 1, Styles.percent)
            }
        }

        try section("2. Sự kiện GCNĐKĐT trong tháng (số sự kiện, FDI và DDI)")
        for (position, event) in EventType.allCases.enumerated() {
            _ = try line(event.rawValue, months.map { Double($0.events[position]) }, Styles.integer) { _, month in
                projects.countIfs([(P.event, Formulas.equals(event.rawValue)), (P.month, "\(month)")])
            }
        }

        try section("3. Nhiệm vụ theo tình trạng tại ngày chốt số liệu của tháng (số nhiệm vụ, mục)")
        let statuses: [TaskStatus?] = TaskStatus.allCases + [nil]
        for (position, status) in statuses.enumerated() {
            _ = try line(Words.status(status), months.map { Double($0.taskStatuses[position]) }, Styles.integer)
        }

        try section("4. Báo cáo tháng của các đơn vị")
        _ = try line("Phải nộp", months.map { Double($0.owed) }, Styles.integer)
        _ = try line("Đã nộp", months.map { Double($0.received) }, Styles.integer)
        _ = try line("Đúng hạn", months.map { Double($0.onTime) }, Styles.integer)

        sheet.freezePanes(row: headerRow + 1, column: 1)
        if !months.isEmpty {
            try w.newRow()
            try w.newRow()
            // The chart prints on a page of its own rather than cut across two.
            try sheet.setPageBreaks(beforeRows: [w.row])
            let chart = try workbook.addChart(.line)
            chart.setTitle("Vốn FDI thu hút lũy kế (triệu USD)", fontName: Styles.font, size: 12)
            let span = 1...months.count
            let labels = SheetRange(sheet: w.name, rows: headerRow...headerRow, columns: span)
            func series(_ row: Int) -> SheetRange { SheetRange(sheet: w.name, rows: row...row, columns: span) }
            try chart.addSeries(
                name: "Lũy kế thực hiện", categories: labels, values: series(cumulative), color: Styles.chartBlue,
                lineWidth: 2.5, dataLabels: true)
            try chart.addSeries(
                name: "Kế hoạch theo tiến độ", categories: labels, values: series(planLine),
                color: Styles.chartOrange, lineWidth: 1.5)
            if let previousLine, let previous = report.yearOnYear {
                try chart.addSeries(
                    name: "Cùng kỳ năm \(previous.year)", categories: labels, values: series(previousLine),
                    color: Styles.chartGrey, lineWidth: 1.5)
            }
            chart.setAxisNames(x: nil, y: "Triệu USD", fontName: Styles.font)
            chart.setLegend(.bottom, fontName: Styles.font)
            // As wide as the table: a column of n characters is 7n + 5 pixels, the chart 480.
            let tablePixels = widths.values.reduce(0) { $0 + $1 * 7 + 5 }
            try w.sheet.insertChart(chart, row: w.row, column: 0, widthScale: tablePixels / 480, heightScale: 1.3)
            try w.skip(21)
        }
        if let previous = report.yearOnYear {
            try w.newRow()
            try w.merged(
                "Số liệu cùng kỳ năm \(previous.year): \(previous.source) (ghi trong tệp kế hoạch).",
                0...(columns - 1), Styles.cellItalic.with { $0.border = nil })
        }
        try OfficialLayout.page(sheet, repeatRows: nil, plan: report.plan, period: report.period)
        try w.finish()
    }
}
