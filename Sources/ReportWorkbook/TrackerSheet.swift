import ReportCore
import XlsxWriter

/// Nộp báo cáo: every submission owed for the period and what came in —
/// received, missing, late, with errors — with reporting and on-time rates;
/// then every file read, with its account of rows.
enum TrackerSheet {
    struct Cells {
        let expected: SheetCell
        let received: SheetCell
        let onTime: SheetCell
        let late: SheetCell
        let missing: SheetCell
        let withErrors: SheetCell
        let reportingRate: SheetCell
        let onTimeRate: SheetCell
        /// Per-unit table for the chart: unit names, on time, late, missing.
        let unitNames: SheetRange
        let unitOnTime: SheetRange
        let unitLate: SheetRange
        let unitMissing: SheetRange
    }

    static let owedHeaders = [
        "STT", "Đơn vị", "Loại báo cáo", "Kỳ báo cáo", "Hạn nộp", "Ngày nhận", "Tình trạng", "Số lỗi", "Dòng bị loại",
        "Tệp",
    ]
    static let fileHeaders = [
        "STT", "Tệp", "Đơn vị", "Loại báo cáo", "Kỳ báo cáo", "Bảng mã", "Dấu phân cách", "Ngày nhận", "Dòng dữ liệu",
        "Chấp nhận", "Bị loại", "Không dùng", "Dòng trống, bỏ qua", "Lỗi", "Cảnh báo", "Khớp số dòng", "Tình trạng tệp",
    ]

    static func write(_ sheet: Worksheet, report: ConsolidatedReport, plan: Plan, example: Bool) throws -> Cells {
        let w = SheetWriter(
            sheet,
            widths: [
                0: 6, 1: 34, 2: 16, 3: 14, 4: 12, 5: 12, 6: 12, 7: 9, 8: 9, 9: 34, 10: 9, 11: 9, 12: 9, 13: 7, 14: 9,
                15: 10, 16: 30,
            ])
        let columns = fileHeaders.count
        try OfficialLayout.header(
            w, plan: report.plan, columns: columns,
            title: Words.mainTitle(report.plan) + "\nTÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
            subtitle: Words.periodLine(report)
                + ". Hạn nộp: \(report.deadlineWorkingDays) ngày làm việc sau ngày chốt số liệu.",
            example: example)
        try w.merged(
            "I. BÁO CÁO PHẢI NỘP TRONG KỲ (kỳ \(report.period.label) và các kỳ ngắn hơn trong đó)", 0...(columns - 1),
            Styles.section)
        try w.newRow()
        let headerRow = w.row
        try w.header(owedHeaders, height: 32)
        let tracker = report.tracker
        for (index, line) in tracker.lines.enumerated() {
            try w.newRow()
            try w.number(Double(index + 1), 0, Styles.integer)
            try w.text(Words.unitName(line.unit.code, in: plan), 1)
            try w.text(line.kind.label, 2)
            try w.text(line.period.label, 3)
            try w.date(line.deadline, 4)
            try w.date(line.received, 5)
            try w.text(Words.submission(line.state), 6, Styles.cellCenter)
            try w.number(Double(line.errors), 7, Styles.integer)
            try w.number(Double(line.rejectedRows), 8, Styles.integer)
            try w.text(line.file ?? "", 9)
        }
        let rows = (headerRow + 1)...max(headerRow + 1, w.row)
        let status = CellReference.range(
            firstRow: rows.lowerBound, firstColumn: 6, lastRow: rows.upperBound, lastColumn: 6, absolute: true)
        let errors = CellReference.range(
            firstRow: rows.lowerBound, firstColumn: 7, lastRow: rows.upperBound, lastColumn: 7, absolute: true)
        let units = CellReference.range(
            firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound, lastColumn: 1, absolute: true)
        for (text, format) in [
            (Words.submission(.onTime), Styles.good), (Words.submission(.late), Styles.warn),
            (Words.submission(.missing), Styles.bad), (Words.submission(.unknownDate), Styles.neutral),
        ] {
            try sheet.addConditionalFormat(
                firstRow: rows.lowerBound, firstColumn: 6, lastRow: rows.upperBound,
                lastColumn: 6, rule: .textEquals(text), format: format)
        }

        try w.newRow()
        try w.newRow()
        let missingWord = Words.submission(.missing)
        let summary: [(String, String, Double)] = [
            ("Số báo cáo phải nộp", "ROWS(\(status))", Double(tracker.expected)),
            ("Đã nộp", "COUNTIF(\(status),\"<>\(missingWord)\")", Double(tracker.received)),
            ("Nộp đúng hạn", "COUNTIF(\(status),\"\(Words.submission(.onTime))\")", Double(tracker.onTime)),
            ("Nộp trễ hạn", "COUNTIF(\(status),\"\(Words.submission(.late))\")", Double(tracker.late)),
            ("Chưa nộp", "COUNTIF(\(status),\"\(missingWord)\")", Double(tracker.missing)),
            ("Đã nộp nhưng có lỗi", "COUNTIF(\(errors),\">0\")", Double(tracker.withErrors)),
        ]
        var counts: [SheetCell] = []  // the cells of the six counts, in order
        for (label, formula, value) in summary {
            try w.merged(label, 1...3, Styles.cellBold)
            try w.formula(formula, number: value, 4, Styles.integerBold)
            counts.append(w.cell(row: w.row, column: 4))
            try w.newRow()
        }
        let expectedCell = w.reference(row: counts[0].row, column: 4)
        let receivedCell = w.reference(row: counts[1].row, column: 4)
        let onTimeCell = w.reference(row: counts[2].row, column: 4)
        try w.merged("Tỷ lệ báo cáo (đã nộp / phải nộp)", 1...3, Styles.cellBold)
        try w.formula(
            "IF(\(expectedCell)>0,\(receivedCell)/\(expectedCell),1)", number: tracker.reportingRate, 4,
            Styles.percentBold)
        let reportingRate = w.cell(row: w.row, column: 4)
        try w.newRow()
        try w.merged("Tỷ lệ đúng hạn (nộp đúng hạn / phải nộp)", 1...3, Styles.cellBold)
        try w.formula(
            "IF(\(expectedCell)>0,\(onTimeCell)/\(expectedCell),1)", number: tracker.onTimeRate, 4, Styles.percentBold)
        let onTimeRate = w.cell(row: w.row, column: 4)

        // Per unit, for the chart of submissions by unit.
        try w.newRow()
        try w.newRow()
        try w.merged("Theo đơn vị", 0...(columns - 1), Styles.section)
        try w.newRow()
        let unitHeader = w.row
        try w.header(["STT", "Đơn vị", "Phải nộp", "Đã nộp", "Đúng hạn", "Trễ hạn", "Chưa nộp"], height: 30)
        for (index, line) in tracker.units.enumerated() {
            try w.newRow()
            let nameCell = w.reference(row: w.row, column: 1)
            try w.number(Double(index + 1), 0, Styles.integer)
            try w.text(Words.unitName(line.unit.code, in: plan), 1)
            try w.formula("COUNTIF(\(units),\(nameCell))", number: Double(line.owed), 2, Styles.integer)
            let figures: [(String, Int)] = [
                ("<>\(missingWord)", line.received), (Words.submission(.onTime), line.onTime),
                (Words.submission(.late), line.late), (missingWord, line.missing),
            ]
            for (offset, (criterion, count)) in figures.enumerated() {
                try w.formula(
                    "COUNTIFS(\(units),\(nameCell),\(status),\"\(criterion)\")", number: Double(count), 3 + offset,
                    Styles.integer)
            }
        }
        let unitRows = (unitHeader + 1)...max(unitHeader + 1, w.row)

        // Every file read.
        try w.newRow()
        try w.newRow()
        try w.merged(
            "II. CÁC TỆP ĐÃ ĐỌC (số dòng dữ liệu = chấp nhận + bị loại + không dùng)", 0...(columns - 1), Styles.section
        )
        try w.newRow()
        let fileHeader = w.row
        try w.header(fileHeaders, height: 32)
        let files = report.files
        for (index, file) in files.enumerated() {
            try w.newRow()
            let survey = file.survey
            try w.number(Double(index + 1), 0, Styles.integer)
            try w.text(file.survey.linkTarget.map { "\(file.file) → \($0)" } ?? file.file, 1)
            try w.text(survey.unit ?? "", 2, Styles.cellCenter)
            try w.text(survey.kind?.label ?? "", 3)
            try w.text(survey.period?.label ?? "", 4)
            try w.text(survey.shape == .worksheet ? Words.workbookSheet : survey.encoding?.rawValue ?? "", 5)
            try w.text(survey.delimiterName ?? "", 6, Styles.cellCenter)
            try w.date(file.received, 7)
            let a = file.account
            for (offset, value) in [a.dataRows, a.accepted, a.rejected, a.notUsed, a.blank, a.errors, a.warnings]
                .enumerated()
            {
                try w.number(Double(value), 8 + offset, Styles.integer)
            }
            let r = w.row
            func c(_ column: Int) -> String { CellReference.cell(row: r, column: column) }
            try w.formula(
                "IF(\(c(8))=\(c(9))+\(c(10))+\(c(11)),\"Khớp\",\"LỆCH\")",
                text: a.balances ? "Khớp" : "LỆCH", 15, Styles.cellCenter)
            try w.text(Words.file(file.state), 16)
        }
        if !files.isEmpty {
            try w.newRow()
            try w.merged("Cộng", 0...7, Styles.totalLabel)
            let fileRows = (fileHeader + 1)...(w.row - 1)
            let t = report.fileTotals
            for (offset, total) in [t.dataRows, t.accepted, t.rejected, t.notUsed, t.blank, t.errors, t.warnings]
                .enumerated()
            {
                let range = CellReference.range(
                    firstRow: fileRows.lowerBound, firstColumn: 8 + offset, lastRow: fileRows.upperBound,
                    lastColumn: 8 + offset)
                try w.formula("SUM(\(range))", number: Double(total), 8 + offset, Styles.integerBold)
            }
            try sheet.addConditionalFormat(
                firstRow: fileRows.lowerBound, firstColumn: 15, lastRow: fileRows.upperBound,
                lastColumn: 15, rule: .textEquals("LỆCH"), format: Styles.bad)
        }
        try OfficialLayout.signatures(w, plan: report.plan, columns: columns)
        try OfficialLayout.page(sheet, repeatRows: headerRow...headerRow, plan: report.plan, period: report.period)
        try w.finish()
        return Cells(
            expected: counts[0], received: counts[1], onTime: counts[2], late: counts[3], missing: counts[4],
            withErrors: counts[5], reportingRate: reportingRate, onTimeRate: onTimeRate,
            unitNames: w.range(column: 1, rows: unitRows),
            unitOnTime: w.range(column: 4, rows: unitRows), unitLate: w.range(column: 5, rows: unitRows),
            unitMissing: w.range(column: 6, rows: unitRows))
    }
}
