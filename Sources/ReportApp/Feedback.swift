import Foundation
import ReportCore

/// Per-unit feedback: one CSV per unit with the problems of its files, to send
/// back for correction. UTF-8 with a byte-order mark, so Excel opens it with
/// the Vietnamese intact.
enum Feedback {
    static let headers = ["Tệp", "Dòng", "Cột", "Tên cột", "Giá trị", "Mức độ", "Mã quy tắc", "Nội dung", "Cách sửa"]

    /// Writes the files (replacing the folder's previous ones); nil when nothing to send.
    static func write(diagnostics: [Diagnostic], units: [String], to folder: URL) throws -> URL? {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
        let byUnit = Dictionary(grouping: diagnostics.filter { $0.severity != .info }) { $0.unit ?? "" }
        let files = byUnit.filter { !$0.key.isEmpty }
        guard !files.isEmpty else { return nil }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for (unit, found) in files {
            var text = "\u{FEFF}" + headers.map(quote).joined(separator: ",") + "\r\n"
            for d in found {
                let fields = [d.file, d.line.map(String.init) ?? "", d.columnLetter ?? "", d.columnHeader ?? "",
                              d.value ?? "", d.severity.rawValue, d.code, d.message, d.fix]
                text += fields.map(quote).joined(separator: ",") + "\r\n"
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(unit).csv"), options: .atomic)
        }
        return folder
    }

    /// A CSV field, quoted, with text that spreadsheets would run as a formula
    /// made inert by a leading apostrophe.
    static func quote(_ field: String) -> String {
        var quoted = "\""
        if let first = field.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 { quoted += "'" }
        // Most fields hold no quote: Foundation's replacing is slow enough to
        // matter when a large file draws a warning on every row.
        if field.utf8.contains(0x22) {
            for character in field { quoted += character == "\"" ? "\"\"" : String(character) }
        } else {
            quoted += field
        }
        return quoted + "\""
    }
}
