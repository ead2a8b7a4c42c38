import Foundation
import ReportCore
import ReportWorkbook

/// The blank templates KHTH sends to the units: for each unit and each kind of
/// report it owes, a CSV (UTF-8 with a byte-order mark, as Excel's "CSV UTF-8"
/// writes) and a workbook with drop-down lists. Both read back as submissions.
public enum TemplateFiles {
    /// Writes the templates into `folder` (made if missing; files of the same
    /// name replaced), `<stem>.csv` and `<stem>.xlsx` each; returns them in the plan's order.
    public static func write(plan: Plan, to folder: URL) throws -> [SubmissionTemplate] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let templates = SubmissionTemplate.all(for: plan)
        for template in templates {
            try CSVOutput.write(
                header: template.fields.map(\.header), rows: template.rows,
                to: folder.appendingPathComponent(template.fileStem + ".csv"))
            try TemplateWorkbook.write(
                template, plan: plan, to: folder.appendingPathComponent(template.fileStem + ".xlsx").path)
        }
        return templates
    }
}
