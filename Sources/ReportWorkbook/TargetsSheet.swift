import ReportCore
import XlsxWriter

/// Chỉ tiêu: the detail behind each target. III.1's figures are formulas over
/// the rows of «Dự án», by event type, zone and country, with DDI and the
/// decreases apart; III.2–III.4 list their zones and projects.
enum TargetsSheet {
    /// Cells the summary and the charts use: each target's figure, by the
    /// target's code, and III.1 month by month.
    struct Cells {
        var targets: [String: TargetCells] = [:]
        var months: MonthSeries?
        /// III.1 as a share of the same period of last year, when the plan has last year's figures.
        var yearOnYear: (thisPeriod: SheetCell?, yearToDate: SheetCell?)?
    }

    /// Where a target's achieved figure is.
    enum TargetCells {
        /// III.1: FDI attracted this period and year to date.
        case capital(thisPeriod: SheetCell, yearToDate: SheetCell)
        /// III.2: the share of zones compliant.
        case share(SheetCell)
        /// III.4: the projects started.
        case count(SheetCell)
    }

    /// III.1's months: labels, the running total, and the plan line.
    struct MonthSeries {
        let labels: SheetRange
        let cumulative: SheetRange
        let plan: SheetRange
    }

    static let columns = 8

    static func write(
        _ sheet: Worksheet, report: ConsolidatedReport, plan: Plan, projects: ProjectsSheet, example: Bool
    ) throws -> Cells {
        let w = SheetWriter(sheet, widths: [0: 46, 1: 14, 2: 14, 3: 14, 4: 14, 5: 12, 6: 14, 7: 34])
        try OfficialLayout.header(
            w, plan: report.plan, columns: columns,
            title: Words.mainTitle(report.plan) + "\nCHI TIẾT CÁC CHỈ TIÊU CỤ THỂ (MỤC III)",
            subtitle: Words.periodLine(report), example: example)
        var cells = Cells()
        if let target = plan.target(measuring: .fdiCapital) {
            try fdi(w, report: report, target: target, projects: projects, cells: &cells)
        }
        if let compliance = report.zoneCompliance, let target = plan.target(measuring: .compliantZoneShare) {
            try zones(w, compliance: compliance, target: target, cells: &cells)
        }
        if let milestone = report.milestone, let target = plan.target(measuring: .milestone) {
            try self.milestone(w, milestone: milestone, target: target)
        }
        if let starts = report.projectStarts, let target = plan.target(measuring: .projectStarts) {
            try projectStarts(w, starts: starts, target: target, cells: &cells)
        }
        try OfficialLayout.signatures(w, plan: report.plan, columns: columns)
        try OfficialLayout.page(sheet, repeatRows: nil, plan: report.plan, period: report.period)
        try w.finish()
        return cells
    }

    private static func section(_ w: SheetWriter, _ title: String) throws {
        try w.newRow()
        try w.merged(title, 0...(columns - 1), Styles.section)
        try w.newRow()
    }

    // MARK: III.1

    private static func fdi(
        _ w: SheetWriter, report: ConsolidatedReport, target: Target, projects: ProjectsSheet, cells: inout Cells
    ) throws {
        let f = report.fdi
        typealias P = ProjectsSheet.Col
        typealias Condition = (column: Int, criterion: String)
        let yes = "\"\(Words.yes)\""
        let attracted: Condition = (P.attracted, yes)
        let inPeriod: Condition = (P.inPeriod, yes)
        let fdiOnly: Condition = (P.source, "\"FDI\"")
        let ddiOnly: Condition = (P.source, "\"DDI\"")
        try w.merged(
            "1. Chỉ tiêu \(target.code): \(target.text) — kế hoạch \(VietnameseNumber.format(f.plan)) \(target.unitLabel)",
            0...(columns - 1), Styles.section)
        try w.newRow()
        try w.header(
            ["Nội dung", "Đơn vị tính", "Trong kỳ", "Lũy kế năm", "Kế hoạch năm", "% kế hoạch", "Số sự kiện (lũy kế)"],
            height: 32)
        try w.newRow()
        try w.text("Vốn FDI thu hút (cấp mới + điều chỉnh tăng vốn + góp vốn, mua cổ phần)", 0, Styles.cellBold)
        try w.text(target.unitLabel, 1, Styles.cellCenter)
        try w.formula(projects.sumIfs(P.fdi, [attracted, inPeriod]), number: f.thisPeriod, 2, Styles.decimalBold)
        try w.formula(projects.sumIfs(P.fdi, [attracted]), number: f.yearToDate, 3, Styles.decimalBold)
        cells.targets[target.code] = .capital(
            thisPeriod: w.cell(row: w.row, column: 2), yearToDate: w.cell(row: w.row, column: 3))
        try w.number(f.plan, 4, Styles.decimalBold)
        try w.formula(
            Formulas.ratio(w.reference(row: w.row, column: 3), w.reference(row: w.row, column: 4)),
            number: f.plan > 0 ? f.yearToDate / f.plan : 0, 5, Styles.percentBold)
        try w.formula(
            projects.countIfs([fdiOnly, attracted]), number: Double(f.attractedEvents), 6, Styles.integerBold)
        if let yearOnYear = report.yearOnYear { try self.yearOnYear(w, yearOnYear, target: target, cells: &cells) }

        try breakdown(
            w, title: "a) Theo loại biến động (triệu USD)", label: "Loại biến động", lines: f.byEvent,
            projects: projects, amount: P.fdi, conditions: [fdiOnly], group: P.event)
        try breakdown(
            w, title: "b) Theo khu (triệu USD)", label: "Khu", lines: f.byZone, projects: projects, amount: P.fdi,
            conditions: [fdiOnly], group: P.zone, attracted: attracted)
        try breakdown(
            w, title: "c) Theo quốc gia/vùng lãnh thổ (triệu USD)", label: "Quốc gia/vùng lãnh thổ",
            lines: f.byCountry, projects: projects, amount: P.fdi, conditions: [fdiOnly], group: P.country,
            attracted: attracted)
        try breakdown(
            w, title: "d) Giảm vốn, chấm dứt dự án FDI (triệu USD; tính riêng, không trừ vào vốn thu hút)",
            label: "Loại biến động", lines: f.decreases, projects: projects, amount: P.fdi, conditions: [fdiOnly],
            group: P.event)
        try breakdown(
            w, title: "e) Vốn đầu tư trong nước (DDI, tỷ đồng)", label: "Loại biến động", lines: f.ddiByEvent,
            projects: projects, amount: P.ddi, conditions: [ddiOnly], group: P.event)

        // Month by month, for the chart of FDI against the plan line.
        try section(w, "g) Lũy kế vốn FDI thu hút theo tháng, so với kế hoạch theo tiến độ thời gian (triệu USD)")
        try w.header(["Tháng", "Trong tháng", "Lũy kế", "Kế hoạch theo tiến độ"], height: 32)
        let first = w.row + 1
        for month in f.months {
            try w.newRow()
            try w.text("Tháng \(month.month)/\(report.period.year)", 0, Styles.cellCenter)
            try w.formula(
                projects.sumIfs(P.fdi, [attracted, (P.month, "\(month.month)")]), number: month.attracted, 1)
            let previous = w.reference(row: w.row - 1, column: 2)
            let current = w.reference(row: w.row, column: 1)
            try w.formula(w.row == first ? current : "\(previous)+\(current)", number: month.cumulative, 2)
            try w.number(month.planLine, 3, Styles.decimal)
        }
        if !f.months.isEmpty {
            let rows = first...w.row
            cells.months = MonthSeries(
                labels: w.range(column: 0, rows: rows), cumulative: w.range(column: 2, rows: rows),
                plan: w.range(column: 3, rows: rows))
        }
        try w.newRow()
    }

    /// Last year's same months (figures from the plan file) and the ratio to them, under III.1's row.
    private static func yearOnYear(_ w: SheetWriter, _ yoy: YearOnYear, target: Target, cells: inout Cells) throws {
        let now = w.row
        try w.newRow()
        try w.text("Cùng kỳ năm \(yoy.year)", 0)
        try w.text(target.unitLabel, 1, Styles.cellCenter)
        try w.optionalNumber(yoy.thisPeriod?.previous, 2)
        try w.optionalNumber(yoy.yearToDate?.previous, 3)
        try w.merged("Nguồn: \(yoy.source)", 4...7, Styles.cellItalic)
        let before = w.row
        try w.newRow()
        try w.text("So với cùng kỳ năm \(yoy.year)", 0, Styles.cellBold)
        try w.text("%", 1, Styles.cellCenter)
        var found: (thisPeriod: SheetCell?, yearToDate: SheetCell?) = (nil, nil)
        for (column, change) in [(2, yoy.thisPeriod), (3, yoy.yearToDate)] {
            guard let change else {
                try w.blank(column)
                continue
            }
            try w.formula(
                Formulas.ratio(w.reference(row: now, column: column), w.reference(row: before, column: column)),
                number: change.ratio, column, Styles.percentBold)
            if column == 2 { found.thisPeriod = w.cell(row: w.row, column: column) }
            if column == 3 { found.yearToDate = w.cell(row: w.row, column: column) }
        }
        cells.yearOnYear = found
    }

    /// A breakdown table: one line per group, then a total, each a SUMIFS over «Dự án».
    private static func breakdown(
        _ w: SheetWriter, title: String, label: String, lines: [FDISummary.Line], projects: ProjectsSheet,
        amount: Int, conditions: [(column: Int, criterion: String)], group: Int,
        attracted: (column: Int, criterion: String)? = nil
    ) throws {
        try section(w, title)
        try w.header([label, "Trong kỳ", "Lũy kế năm", "Số sự kiện"], height: 30)
        guard !lines.isEmpty else {
            try w.newRow()
            try w.merged("(không có)", 0...3, Styles.cellItalic)
            try w.newRow()
            return
        }
        let first = w.row + 1
        let inPeriod = (column: ProjectsSheet.Col.inPeriod, criterion: "\"\(Words.yes)\"")
        for line in lines {
            try w.newRow()
            let condition = conditions + [(group, Formulas.equals(line.label))] + (attracted.map { [$0] } ?? [])
            try w.text(line.label, 0)
            try w.formula(projects.sumIfs(amount, condition + [inPeriod]), number: line.thisPeriod, 1)
            try w.formula(projects.sumIfs(amount, condition), number: line.yearToDate, 2)
            try w.formula(projects.countIfs(condition), number: Double(line.events), 3, Styles.integer)
        }
        let last = w.row
        try w.newRow()
        try w.text("Cộng", 0, Styles.totalLabel)
        for (column, format) in [(1, Styles.decimalBold), (2, Styles.decimalBold), (3, Styles.integerBold)] {
            let range = CellReference.range(firstRow: first, firstColumn: column, lastRow: last, lastColumn: column)
            var total = 0.0
            for line in lines { total += [line.thisPeriod, line.yearToDate, Double(line.events)][column - 1] }
            try w.formula("SUM(\(range))", number: total, column, format)
        }
        try w.newRow()
    }

    // MARK: III.2

    private static func zones(_ w: SheetWriter, compliance: ZoneCompliance, target: Target, cells: inout Cells) throws {
        try section(
            w,
            "2. Chỉ tiêu \(target.code): \(target.text) — kế hoạch \(VietnameseNumber.format(target.planValue ?? 0))\(target.unitLabel)"
        )
        try w.header(["KCN đang hoạt động", "Kết quả", "Ngày"], height: 30)
        try w.merged("Ghi chú", 3...6, Styles.header)
        try w.text("Nguồn (tệp:dòng)", 7, Styles.header)
        let first = w.row + 1
        for line in compliance.lines {
            try w.newRow()
            try w.text(line.zone.name, 0)
            try w.text(line.result?.rawValue ?? Words.notReported, 1, Styles.cellCenter)
            try w.date(line.date, 2)
            try w.merged(line.note, 3...6, Styles.cell)
            try w.text(line.source?.description ?? "", 7)
        }
        let rows = first...max(first, w.row)
        let results = CellReference.range(
            firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound, lastColumn: 1, absolute: true)
        let names = CellReference.range(
            firstRow: rows.lowerBound, firstColumn: 0, lastRow: rows.upperBound, lastColumn: 0, absolute: true)
        for (text, format) in [
            (IndicatorResult.compliant.rawValue, Styles.good), (IndicatorResult.nonCompliant.rawValue, Styles.bad),
            (IndicatorResult.noTreatmentPlant.rawValue, Styles.bad), (Words.notReported, Styles.warn),
        ] {
            try w.sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound,
                lastColumn: 1, rule: .textEquals(text), format: format)
        }
        try w.newRow()
        try w.text("Số KCN đạt", 0, Styles.cellBold)
        try w.formula(
            "COUNTIF(\(results),\"\(IndicatorResult.compliant.rawValue)\")", number: Double(compliance.compliant), 1,
            Styles.integerBold)
        let countCell = w.reference(row: w.row, column: 1)
        try w.newRow()
        try w.text("Số KCN đang hoạt động", 0, Styles.cellBold)
        try w.formula("COUNTA(\(names))", number: Double(compliance.total), 1, Styles.integerBold)
        let totalCell = w.reference(row: w.row, column: 1)
        try w.newRow()
        try w.text("Tỷ lệ KCN đạt", 0, Styles.cellBold)
        try w.formula(Formulas.ratio(countCell, totalCell), number: compliance.share, 1, Styles.percentBold)
        cells.targets[target.code] = .share(w.cell(row: w.row, column: 1))
        try w.newRow()
        try w.text("KCN chưa đạt", 0, Styles.cellBold)
        try w.merged(
            compliance.nonCompliant.isEmpty
                ? "(không có)" : compliance.nonCompliant.map(\.name).joined(separator: "; "),
            1...7, Styles.cell)
        try w.newRow()
        try w.text("KCN chưa báo cáo", 0, Styles.cellBold)
        try w.merged(
            compliance.notReported.isEmpty ? "(không có)" : compliance.notReported.map(\.name).joined(separator: "; "),
            1...7, Styles.cell)
        try w.newRow()
    }

    // MARK: III.3

    private static func milestone(_ w: SheetWriter, milestone: MilestoneSummary, target: Target) throws {
        try section(w, "3. Chỉ tiêu \(target.code): \(target.text) — hạn \(target.deadline)")
        try w.header(["Đối tượng", "Kết quả", "Ngày trình", "Hạn", "Đánh giá", "Nguồn (tệp:dòng)"], height: 30)
        try w.newRow()
        try w.text(milestone.subject.name, 0)
        try w.text(milestone.result?.rawValue ?? Words.notReported, 1, Styles.cellCenter)
        try w.date(milestone.doneOn, 2)
        try w.date(milestone.deadline, 3)
        try w.text(Words.status(milestone.status), 4, Styles.cellCenter)
        try w.text(milestone.source?.description ?? "", 5)
        try SummarySheet.statusColours(w.sheet, rows: w.row...w.row, column: 4)
        try w.newRow()
    }

    // MARK: III.4

    private static func projectStarts(_ w: SheetWriter, starts: ProjectStarts, target: Target, cells: inout Cells)
        throws
    {
        try section(w, "4. Chỉ tiêu \(target.code): \(target.text) — hạn \(target.deadline)")
        try w.header(["Dự án", "Kết quả", "Ngày khởi công", "Nguồn (tệp:dòng)"], height: 30)
        let first = w.row + 1
        for line in starts.lines {
            try w.newRow()
            try w.text(line.subject.name, 0)
            try w.text(line.result?.rawValue ?? Words.notReported, 1, Styles.cellCenter)
            try w.date(line.startedOn, 2)
            try w.text(line.source?.description ?? "", 3)
        }
        let rows = first...max(first, w.row)
        let results = CellReference.range(
            firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound, lastColumn: 1, absolute: true)
        for (text, format) in [
            (IndicatorResult.started.rawValue, Styles.good), (IndicatorResult.notStarted.rawValue, Styles.warn),
            (Words.notReported, Styles.bad),
        ] {
            try w.sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound,
                lastColumn: 1, rule: .textEquals(text), format: format)
        }
        try w.newRow()
        try w.text("Số dự án đã khởi công", 0, Styles.cellBold)
        try w.formula(
            "COUNTIF(\(results),\"\(IndicatorResult.started.rawValue)\")", number: Double(starts.started), 1,
            Styles.integerBold)
        cells.targets[target.code] = .count(w.cell(row: w.row, column: 1))
        try w.text("/ \(starts.total)", 2, Styles.cellBold)
        try w.newRow()
    }
}
