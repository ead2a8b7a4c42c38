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
            try targetRow(w, target, report: report, cells: sources.targets)
            if case .capital = target.detail, let yoy = report.yearOnYear, let cells = sources.targets.yearOnYear {
                try yearOnYearRow(w, yoy, cells: cells)
            }
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
        for (index, (status, count)) in counts.enumerated() {
            let label = Words.status(status)
            try w.newRow()
            try w.number(Double(index + 1), 0, Styles.integer)
            try w.text(label, 1)
            try w.formula(
                "COUNTIFS(\(sources.tasks.status.formula),\(Formulas.equals(label)),\(sources.tasks.counted.formula),\"\(Words.yes)\")",
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
        let overdue = report.overdueTasks
        try w.newRow()
        try w.text("", 0, Styles.cell)
        try w.text("Trong đó quá hạn", 1, Styles.cellItalic)
        try w.formula(
            "COUNTIFS(\(sources.tasks.timeliness.formula),\"\(Words.timeliness(.late))\",\(sources.tasks.counted.formula),\"\(Words.yes)\")",
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
        let values: [(SheetCell, Double, CellFormat)] = [
            (t.expected, Double(tracker.expected), Styles.integer),
            (t.received, Double(tracker.received), Styles.integer),
            (t.onTime, Double(tracker.onTime), Styles.integer),
            (t.late, Double(tracker.late), Styles.integer),
            (t.missing, Double(tracker.missing), Styles.integer),
            (t.withErrors, Double(tracker.withErrors), Styles.integer),
            (t.reportingRate, tracker.reportingRate, Styles.percentBold),
            (t.onTimeRate, tracker.onTimeRate, Styles.percentBold),
        ]
        for (column, (reference, value, format)) in values.enumerated() {
            try w.formula(reference.formula, number: value, column + 1, format)
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
        _ w: SheetWriter, _ summary: TargetSummary, report: ConsolidatedReport, cells: TargetsSheet.Cells
    ) throws {
        let target = summary.target
        try w.text(target.code, 0, Styles.cellCenter)
        try w.text(target.text, 1, measure: false)
        try w.text(target.unitLabel, 2, Styles.cellCenter)
        let planCell = w.reference(row: w.row, column: 3)
        let achievedCell = w.reference(row: w.row, column: 5)
        let ratio = Formulas.ratio(achievedCell, planCell)
        /// The figure from the detail sheet, as a formula when the sheet has it.
        func achieved(_ cell: SheetCell?, _ value: Double?, _ column: Int, _ format: CellFormat) throws {
            if let cell {
                try w.formula("=\(cell.formula)", number: value ?? 0, column, format)
            } else {
                try w.optionalNumber(value, column, format)
            }
        }
        let cell = cells.targets[target.code]
        let note: String
        switch summary.detail {
        case .capital(let events):
            var thisPeriod: SheetCell?
            var yearToDate: SheetCell?
            if case .capital(let period, let year)? = cell { (thisPeriod, yearToDate) = (period, year) }
            try w.number(summary.plan ?? 0, 3, Styles.decimal)
            try achieved(thisPeriod, summary.thisPeriod, 4, Styles.decimal)
            try achieved(yearToDate, summary.yearToDate, 5, Styles.decimalBold)
            try w.formula(ratio, number: summary.shareOfPlan ?? 0, 6, Styles.percentBold)
            let elapsed = VietnameseNumber.format(report.elapsedShare * 100, maxFractionDigits: 1)
            note = "\(events) sự kiện cấp mới, tăng vốn, góp vốn; thời gian đã qua \(elapsed)% năm"
        case .zoneShare(let compliant, let total, let nonCompliant, let notReported):
            var cellOfShare: SheetCell?
            if case .share(let found)? = cell { cellOfShare = found }
            try w.number(summary.plan ?? 0, 3, Styles.percent)
            try w.text("\(compliant)/\(total) KCN", 4, Styles.cellCenter)
            try achieved(cellOfShare, summary.yearToDate, 5, Styles.percentBold)
            try w.formula(ratio, number: summary.shareOfPlan ?? 0, 6, Styles.percentBold)
            var notes: [String] = []
            if !nonCompliant.isEmpty { notes.append("Chưa đạt: " + nonCompliant.map(\.name).joined(separator: ", ")) }
            if !notReported.isEmpty { notes.append("Chưa báo cáo: " + notReported.map(\.name).joined(separator: ", ")) }
            note = notes.joined(separator: ". ")
        case .starts(let notStarted):
            var cellOfCount: SheetCell?
            if case .count(let found)? = cell { cellOfCount = found }
            try w.number(summary.plan ?? 0, 3, Styles.integer)
            try w.blank(4)
            try achieved(cellOfCount, summary.yearToDate, 5, Styles.integerBold)
            try w.formula(ratio, number: summary.shareOfPlan ?? 0, 6, Styles.percentBold)
            note = notStarted.map { "Chưa khởi công: \($0.name)" }.joined(separator: "; ")
        case .milestone(let subject, let doneOn):
            try w.text("Trước \(target.deadline)", 3, Styles.cellCenter)
            try w.blank(4)
            try w.text(
                doneOn.map { "Đã trình ngày \($0)" } ?? "Chưa trình", 5, Styles.cellCenter.with { $0.bold = true })
            try w.blank(6)
            note = subject.name
        }
        try w.number(report.elapsedShare, 7, Styles.percent)
        try w.text(Words.status(summary.status), 8, Styles.cellCenter.with { $0.bold = true })
        try w.text(note, 9, measure: false)
    }

    /// Under III.1: FDI as a share of the same period of last year, from «Chỉ tiêu».
    private static func yearOnYearRow(
        _ w: SheetWriter, _ yoy: YearOnYear, cells: (thisPeriod: SheetCell?, yearToDate: SheetCell?)
    ) throws {
        try w.newRow()
        try w.blank(0)
        try w.text("— so với cùng kỳ năm \(yoy.year)", 1, Styles.cellItalic)
        try w.text("%", 2, Styles.cellCenter)
        try w.blank(3)
        for (column, cell, change) in [(4, cells.thisPeriod, yoy.thisPeriod), (5, cells.yearToDate, yoy.yearToDate)] {
            if let cell, let change {
                try w.formula("=\(cell.formula)", number: change.ratio, column, Styles.percent)
            } else {
                try w.blank(column)
            }
        }
        for column in 6...8 { try w.blank(column) }
        try w.text("Nguồn số liệu cùng kỳ: \(yoy.source)", 9, measure: false)
    }

    /// Colours a status column: green for good news, red for bad, amber between.
    static func statusColours(_ sheet: Worksheet, rows: ClosedRange<Int>, column: Int) throws {
        for status in TargetStatus.allCases {
            let format = status.isGood ? Styles.good : status.isBad ? Styles.bad : Styles.warn
            try sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound,
                lastColumn: column, rule: .textEquals(Words.status(status)), format: format)
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
            number: comparison.fdiChange, 4)
        try w.newRow()
        try w.blank(0)
        try w.text("Nhiệm vụ đổi tình trạng", 1)
        try w.merged(
            comparison.statusChanges.isEmpty
                ? "(không có)"
                : comparison.statusChanges.map { "\($0.task): \(Words.status($0.from)) → \(Words.status($0.to))" }
                    .joined(separator: "\n"),
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
        if let months = sources.targets.months {
            let chart = try workbook.addChart(.line)
            chart.setTitle("Vốn FDI thu hút lũy kế so với kế hoạch (triệu USD)", fontName: font, size: 12)
            try chart.addSeries(
                name: "Lũy kế thực hiện", categories: months.labels, values: months.cumulative, color: Styles.chartBlue,
                lineWidth: 2.5, dataLabels: true)
            try chart.addSeries(
                name: "Kế hoạch theo tiến độ", categories: months.labels, values: months.plan,
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
