import Foundation
import ReportCore

/// Per-unit feedback: one CSV per unit with the problems of its files, to send
/// back for correction. UTF-8 with a byte-order mark, so Excel opens it with
/// the Vietnamese intact.
enum Feedback {
    static let headers = ["Tệp", "Dòng", "Cột", "Tên cột", "Giá trị", "Mức độ", "Mã quy tắc", "Nội dung", "Cách sửa"]

    /// Writes the files, replacing the folder's previous ones; returns the
    /// units written for, in code order (none: no folder).
    static func write(diagnostics: [Diagnostic], to folder: URL) throws -> [String] {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
        let byUnit = Dictionary(grouping: diagnostics.filter { $0.severity != .info }) { $0.unit ?? "" }
        let files = byUnit.filter { !$0.key.isEmpty }
        guard !files.isEmpty else { return [] }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for (unit, found) in files {
            let rows = found.map { d in
                [
                    d.place.source, d.line.map(String.init) ?? "", d.columnLetter ?? "", d.columnHeader ?? "",
                    d.value ?? "", d.severity.rawValue, d.code.rawValue, d.message, d.fix,
                ]
            }
            try CSVOutput.write(header: headers, rows: rows, to: folder.appendingPathComponent("\(unit).csv"))
        }
        return files.keys.sorted()
    }
}
