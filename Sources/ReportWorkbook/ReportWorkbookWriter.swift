import Foundation
import ReportCore
import XlsxWriter

/// Writes the consolidated workbook. The sheets are created up front in their
/// reading order; «Dự án» and «Dữ liệu» stream row by row while the inputs are
/// read; the other sheets are written from the report at the end.
///
/// Two modes, one layout. Normal mode makes «Dự án» an Excel table; constant
/// memory (for large inputs) streams every sheet to disk and gives «Dự án» a
/// filtered, styled range instead, since libxlsxwriter cannot hold tables there.
/// Every sheet is written top to bottom, which both modes accept.
public final class ReportWorkbookWriter {
    public enum Mode: Sendable { case normal, constantMemory }

    public let path: String
    public let mode: Mode
    let plan: Plan
    let example: Bool
    let workbook: Workbook
    let summary: Worksheet
    let narrative: Worksheet
    let targets: Worksheet
    let months: Worksheet
    let tasks: Worksheet
    let projects: ProjectsSheet
    let tracker: Worksheet
    let checks: Worksheet
    let data: DataSheet

    /// `rowLimit`: rows a sheet may hold before «Dự án» or «Dữ liệu» goes on to a
    /// second part — Excel's 1,048,576; smaller in tests.
    public init(
        path: String, mode: Mode, plan: Plan, period: ReportingPeriod, example: Bool,
        rowLimit: Int = SheetParts.excelRows
    ) throws {
        self.path = path
        self.mode = mode
        self.plan = plan
        self.example = example
        let cutoff = plan.calendar.window(of: period).upperBound
        let created = Date(timeIntervalSince1970: Double(cutoff.ordinal) * 86_400)
        let properties = Workbook.DocumentProperties(
            title: "Báo cáo tổng hợp tiến độ thực hiện Kế hoạch \(plan.document.number) — \(period.label)"
                + (example ? " (dữ liệu ví dụ)" : ""),
            subject: plan.document.title, author: plan.document.department, company: plan.document.authority,
            category: "Báo cáo tổng hợp", keywords: "\(plan.document.number), \(period.code)",
            comments: "Lập bằng công cụ tổng hợp báo cáo của \(plan.document.department).", created: created)
        workbook = try Workbook(
            path: path, options: .init(constantMemory: mode == .constantMemory, properties: properties))
        summary = try workbook.addWorksheet(Words.summarySheet)
        narrative = try workbook.addWorksheet(Words.narrativeSheet)
        targets = try workbook.addWorksheet(Words.targetsSheet)
        months = try workbook.addWorksheet(Words.monthsSheet)
        tasks = try workbook.addWorksheet(Words.tasksSheet)
        let book = workbook
        let make = { (name: String) throws -> Worksheet in try book.addWorksheet(name) }
        projects = try ProjectsSheet(
            try workbook.addWorksheet(Words.projectsSheet), report: plan.document.number,
            period: period, useTable: mode == .normal, rowLimit: rowLimit, make: make)
        tracker = try workbook.addWorksheet(Words.trackerSheet)
        checks = try workbook.addWorksheet(Words.checksSheet)
        data = try DataSheet(try workbook.addWorksheet(Words.dataSheet), rowLimit: rowLimit, make: make)
        summary.setTabColor(0x1F4E78)
        checks.setTabColor(0xC00000)
    }

    /// An accepted row as consolidation hands it on, written once: a counted
    /// event into «Dự án», every other row into «Dữ liệu».
    public func append(_ row: ConsolidatedRow) throws {
        switch row.line {
        case .project(let project): try projects.append(project)
        case .data(let line): try data.append(line)
        }
    }

    /// Writes the remaining sheets from the report, and the file.
    public func finish(report: ConsolidatedReport, diagnostics: [Diagnostic]) throws {
        try projects.finish()
        try data.finish()
        let taskCells = try TasksSheet.write(tasks, report: report, plan: plan, example: example)
        let targetCells = try TargetsSheet.write(
            targets, report: report, plan: plan, projects: projects, example: example)
        try MonthsSheet.write(months, workbook: workbook, report: report, projects: projects, example: example)
        let trackerCells = try TrackerSheet.write(tracker, report: report, plan: plan, example: example)
        try ChecksSheet.write(checks, diagnostics: diagnostics)
        try SummarySheet.write(
            summary, workbook: workbook, report: report, plan: plan,
            sources: .init(targets: targetCells, tasks: taskCells, tracker: trackerCells),
            example: example)
        try NarrativeSheet.write(narrative, narrative: Narrative(report: report), report: report, example: example)
        try workbook.close()
    }
}
