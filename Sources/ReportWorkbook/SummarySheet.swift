import ReportCore
import XlsxWriter

/// Tổng hợp: the four targets against plan and time, the tasks by status, the
/// reporting rate, what moved since the previous period, and the charts — the
/// page that goes to the leadership.
enum SummarySheet {
    static let columns = 10

    struct Sources {
        let targets: TargetsSheet.Cells
        let tasks: TasksSheet.Cells
        let tracker: TrackerSheet.Cells
    }

    static func write(
        _ sheet: Worksheet, workbook: Workbook, report: ConsolidatedReport, plan: Plan, sources: Sources,
        example: Bool
    ) throws {
        let w = SheetWriter(sheet, widths: [0: 7, 1: 46, 2: 10, 3: 13, 4: 13, 5: 13, 6: 11, 7: 11, 8: 14, 9: 44])
        try OfficialLayout.header(
            w, plan: report.plan, columns: columns,
            title: Words.mainTitle(report.plan) + "\n" + report.plan.title.uppercased(),
            subtitle: Words.periodLine(report), example: example)
        try w.setHeight(18)
        try w.merged("I. CÁC CHỈ TIÊU CỤ THỂ (MỤC III CỦA KẾ HOẠCH)", 0...(columns - 1), Styles.section)
        try w.newRow()
        try w.header(
            [
                "STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện trong kỳ", "Lũy kế năm", "% kế hoạch",
                "Tiến độ thời gian", "Đánh giá", "Ghi chú",
            ], height: 32)
        let firstTarget = w.row + 1
        for target in report.targets {
            try w.newRow()
            try targetRow(w, target, report: report, plan: plan, cells: sources.targets)
        }
        try statusColours(sheet, rows: firstTarget...max(firstTarget, w.row), column: 8)

        try w.newRow()
        try w.newRow()
        try w.merged(
            "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ (MỤC II) — số nhiệm vụ, mục được báo cáo riêng",
            0...(columns - 1), Styles.section)
        try w.newRow()
        try w.header(["STT", "Tình trạng", "Số nhiệm vụ", "Tỷ lệ"], height: 30)
        let counts = report.taskStatusCounts
        let total = counts.reduce(0) { $0 + $1.count }
        let firstStatus = w.row + 1
        let totalRow = firstStatus + counts.count
        for (index, (label, count)) in counts.enumerated() {
            try w.newRow()
            try w.number(Double(index + 1), 0, Styles.integer)
            try w.text(label, 1)
            try w.formula(
                "COUNTIFS(\(sources.tasks.status),\(Formulas.equals(label)),\(sources.tasks.counted),\"\(Words.yes)\")",
                number: Double(count), 2, Styles.integer)
            try w.formula(
                Formulas.ratio(w.reference(row: w.row, column: 2), w.reference(row: totalRow, column: 2)),
                number: total == 0 ? 0 : Double(count) / Double(total), 3, Styles.percent)
        }
        let statusRows = firstStatus...w.row
        try w.newRow()
        try w.text("", 0, Styles.totalLabel)
        try w.text("Cộng", 1, Styles.totalLabel)
        try w.formula(
            "SUM(\(CellReference.range(firstRow: firstStatus, firstColumn: 2, lastRow: statusRows.upperBound, lastColumn: 2)))",
            number: Double(total), 2, Styles.integerBold)
        try w.formula(
            Formulas.ratio(w.reference(row: w.row, column: 2), w.reference(row: w.row, column: 2)),
            number: total == 0 ? 0 : 1, 3, Styles.percentBold)
        let overdue = report.tasks.filter { $0.isLeaf && $0.timeliness == .late }.count
        try w.newRow()
        try w.text("", 0, Styles.cell)
        try w.text("Trong đó quá hạn", 1, Styles.cellItalic)
        try w.formula(
            "COUNTIFS(\(sources.tasks.timeliness),\"\(Timeliness.late.rawValue)\",\(sources.tasks.counted),\"\(Words.yes)\")",
            number: Double(overdue), 2, Styles.integer)
        try w.blank(3)

        try w.newRow()
        try w.newRow()
        try w.merged("III. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ", 0...(columns - 1), Styles.section)
        try w.newRow()
        try w.header(
            ["Phải nộp", "Đã nộp", "Đúng hạn", "Trễ hạn", "Chưa nộp", "Có lỗi", "Tỷ lệ báo cáo", "Tỷ lệ đúng hạn"],
            from: 1, height: 30)
        try w.newRow()
        let tracker = report.tracker
        let t = sources.tracker
        let values: [(String, Double, CellFormat)] = [
            (t.expected, Double(tracker.expected), Styles.integer),
            (t.received, Double(tracker.received), Styles.integer),
            (t.onTime, Double(tracker.onTime), Styles.integer),
            (t.late, Double(tracker.lines.filter { $0.state == .late }.count), Styles.integer),
            (t.missing, Double(tracker.expected - tracker.received), Styles.integer),
            (t.withErrors, Double(tracker.withErrors), Styles.integer),
            (t.reportingRate, tracker.reportingRate, Styles.percentBold),
            (t.onTimeRate, tracker.onTimeRate, Styles.percentBold),
        ]
        for (column, (reference, value, format)) in values.enumerated() {
            try w.formula(reference, number: value, column + 1, format)
        }

        if let comparison = report.comparison {
            try self.comparison(w, comparison, report: report)
        }

        try charts(
            w, workbook: workbook, report: report, sources: sources, statusRows: statusRows,
            number: report.comparison == nil ? "IV" : "V")
        try OfficialLayout.signatures(w, plan: report.plan, columns: columns)
        try OfficialLayout.page(sheet, repeatRows: nil, plan: report.plan, period: report.period)
        try w.finish()
        sheet.activate()
    }

    private static func targetRow(
        _ w: SheetWriter, _ target: TargetSummary, report: ConsolidatedReport, plan: Plan,
        cells: TargetsSheet.Cells
    ) throws {
        let measure = plan.target(code: target.code)?.measure
        try w.text(target.code, 0, Styles.cellCenter)
        try w.text(target.text, 1, measure: false)
        try w.text(target.unitLabel, 2, Styles.cellCenter)
        let planCell = w.reference(row: w.row, column: 3)
        let achievedCell = w.reference(row: w.row, column: 5)
        switch measure {
        case .fdiCapital?:
            try w.number(target.planValue ?? 0, 3, Styles.decimal)
            try w.formula("=\(cells.fdiPeriod!)", number: target.thisPeriod ?? 0, 4, Styles.decimal)
            try w.formula("=\(cells.fdiYearToDate!)", number: target.yearToDate ?? 0, 5, Styles.decimalBold)
            try w.formula(Formulas.ratio(achievedCell, planCell), number: target.share ?? 0, 6, Styles.percentBold)
        case .compliantZoneShare?:
            try w.number(target.planValue ?? 0, 3, Styles.percent)
            try w.text(target.achievedText, 4, Styles.cellCenter)
            try w.formula("=\(cells.zoneShare!)", number: target.yearToDate ?? 0, 5, Styles.percentBold)
            try w.formula(Formulas.ratio(achievedCell, planCell), number: target.share ?? 0, 6, Styles.percentBold)
        case .projectStarts?:
            try w.number(target.planValue ?? 0, 3, Styles.integer)
            try w.blank(4)
            try w.formula("=\(cells.projectsStarted!)", number: target.yearToDate ?? 0, 5, Styles.integerBold)
            try w.formula(Formulas.ratio(achievedCell, planCell), number: target.share ?? 0, 6, Styles.percentBold)
        default:
            try w.text(target.planText, 3, Styles.cellCenter)
            try w.blank(4)
            try w.text(target.achievedText, 5, Styles.cellCenter.with { $0.bold = true })
            try w.blank(6)
        }
        try w.number(report.elapsedShare, 7, Styles.percent)
        try w.text(target.status.rawValue, 8, Styles.cellCenter.with { $0.bold = true })
        try w.text(target.note, 9, measure: false)
    }

    /// Colours a status column: green for good news, red for bad, amber between.
    static func statusColours(_ sheet: Worksheet, rows: ClosedRange<Int>, column: Int) throws {
        for status in TargetStatus.allCases {
            let format = status.isGood ? Styles.good : status.isBad ? Styles.bad : Styles.warn
            try sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound,
                lastColumn: column, rule: .textEquals(status.rawValue), format: format)
        }
    }

    private static func comparison(_ w: SheetWriter, _ comparison: Comparison, report: ConsolidatedReport) throws {
        try w.newRow()
        try w.newRow()
        try w.merged("IV. SO VỚI KỲ TRƯỚC (\(comparison.previous.label))", 0...(columns - 1), Styles.section)
        try w.newRow()
        try w.header(["", "Nội dung", "Kỳ trước", "Kỳ này", "Thay đổi"], height: 28)
        try w.newRow()
        try w.blank(0)
        try w.text("Vốn FDI thu hút trong kỳ (triệu USD)", 1)
        try w.number(comparison.fdiPrevious, 2)
        try w.number(comparison.fdiNow, 3)
        try w.formula(
            "\(w.reference(row: w.row, column: 3))-\(w.reference(row: w.row, column: 2))",
            number: comparison.fdiNow - comparison.fdiPrevious, 4)
        try w.newRow()
        try w.blank(0)
        try w.text("Nhiệm vụ đổi tình trạng", 1)
        try w.merged(
            comparison.statusChanges.isEmpty
                ? "(không có)"
                : comparison.statusChanges.map { "\($0.task): \($0.from) → \($0.to)" }.joined(separator: "\n"),
            2...4, Styles.cell)
        try w.setHeight(max(15, Double(comparison.statusChanges.count) * 15))
        try w.newRow()
        try w.blank(0)
        try w.text("Đơn vị đã báo cáo kỳ trước nhưng chưa báo cáo kỳ này", 1)
        try w.merged(
            comparison.unitsStopped.isEmpty ? "(không có)" : comparison.unitsStopped.joined(separator: ", "),
            2...4, Styles.cell)
    }

    private static func charts(
        _ w: SheetWriter, workbook: Workbook, report: ConsolidatedReport, sources: Sources,
        statusRows: ClosedRange<Int>, number: String
    ) throws {
        try w.newRow()
        try w.newRow()
        try w.merged("\(number). BIỂU ĐỒ", 0...(columns - 1), Styles.section)
        try w.newRow()
        let font = Styles.font
        if let labels = sources.targets.monthLabels, let cumulative = sources.targets.monthCumulative,
            let planLine = sources.targets.monthPlan
        {
            let chart = try workbook.addChart(.line)
            chart.setTitle("Vốn FDI thu hút lũy kế so với kế hoạch (triệu USD)", fontName: font, size: 12)
            try chart.addSeries(
                name: "Lũy kế thực hiện", categories: labels, values: cumulative, color: Styles.chartBlue,
                lineWidth: 2.5, dataLabels: true)
            try chart.addSeries(
                name: "Kế hoạch theo tiến độ", categories: labels, values: planLine,
                color: Styles.chartOrange, lineWidth: 1.5)
            chart.setAxisNames(x: "Tháng", y: "Triệu USD", fontName: font)
            chart.setLegend(.bottom, fontName: font)
            try w.sheet.insertChart(chart, row: w.row, column: 1, widthScale: 1.4, heightScale: 1.1)
            try w.skip(17)
        }
        let statuses = try workbook.addChart(.bar)
        statuses.setTitle("Nhiệm vụ theo tình trạng", fontName: font, size: 12)
        try statuses.addSeries(
            name: "Số nhiệm vụ", categories: w.range(column: 1, rows: statusRows),
            values: w.range(column: 2, rows: statusRows), color: Styles.chartBlue, dataLabels: true)
        statuses.setLegend(.none)
        statuses.setAxisNames(x: nil, y: nil, fontName: font)
        try w.sheet.insertChart(statuses, row: w.row, column: 1, widthScale: 1.4, heightScale: 1)
        try w.skip(16)
        let submissions = try workbook.addChart(.barStacked)
        submissions.setTitle("Báo cáo phải nộp theo đơn vị", fontName: font, size: 12)
        let t = sources.tracker
        try submissions.addSeries(
            name: "Đúng hạn", categories: t.unitNames, values: t.unitOnTime, color: Styles.chartGreen)
        try submissions.addSeries(
            name: "Trễ hạn", categories: t.unitNames, values: t.unitLate, color: Styles.chartOrange)
        try submissions.addSeries(
            name: "Chưa nộp", categories: t.unitNames, values: t.unitMissing, color: Styles.chartRed)
        submissions.setLegend(.bottom, fontName: font)
        submissions.setAxisNames(x: nil, y: nil, fontName: font)
        try w.sheet.insertChart(submissions, row: w.row, column: 1, widthScale: 1.4, heightScale: 1.2)
        try w.skip(18)
    }
}
