import Foundation
import ReportCore

/// Per-unit feedback: one CSV per unit with the problems of its files, to send
/// back for correction. UTF-8 with a byte-order mark, so Excel opens it with
/// the Vietnamese intact.
enum Feedback {
    static let headers = ["Tệp", "Dòng", "Cột", "Tên cột", "Giá trị", "Mức độ", "Mã quy tắc", "Nội dung", "Cách sửa"]

    /// Writes the files, replacing the folder's previous ones in one step (they
    /// are written into a temporary folder that then takes the old one's
    /// place); returns the units written for, in code order (none: no folder).
    static func write(diagnostics: [Diagnostic], to folder: URL) throws -> [String] {
        let byUnit = Dictionary(grouping: diagnostics.filter { $0.severity != .info }) { $0.unit ?? "" }
        let files = byUnit.filter { !$0.key.isEmpty }
        guard !files.isEmpty else {
            try OutputFolder.removeFolder(folder)
            return []
        }
        let staged = OutputFolder.temporary(for: folder)
        try? FileManager.default.removeItem(at: staged)
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        for (unit, found) in files {
            let rows = found.map { d in
                [
                    d.place.source, d.line.map(String.init) ?? "", d.columnLetter ?? "", d.columnHeader ?? "",
                    d.value ?? "", d.severity.rawValue, d.code.rawValue, d.message, d.fix,
                ]
            }
            try CSVOutput.write(header: headers, rows: rows, to: staged.appendingPathComponent("\(unit).csv"))
        }
        try OutputFolder.replaceFolder(folder, with: staged)
        return files.keys.sorted()
    }
}
