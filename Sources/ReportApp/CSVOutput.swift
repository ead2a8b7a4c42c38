import Foundation

/// CSV as the tool writes it for people to open in a spreadsheet: UTF-8 with a
/// byte-order mark (so Excel shows the Vietnamese), CRLF, every field quoted.
enum CSVOutput {
    static func text(header: [String], rows: [[String]]) -> String {
        var text = "\u{FEFF}" + header.map(field).joined(separator: ",") + "\r\n"
        for row in rows { text += row.map(field).joined(separator: ",") + "\r\n" }
        return text
    }

    /// Writes the file, replacing one of the same name only once it is whole.
    static func write(header: [String], rows: [[String]], to url: URL) throws {
        try Data(text(header: header, rows: rows).utf8).write(to: url, options: .atomic)
    }

    /// A CSV field, quoted, with text that spreadsheets would run as a formula
    /// made inert by a leading apostrophe.
    static func field(_ field: String) -> String {
        var quoted = "\""
        if let first = field.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 {
            quoted += "'"
        }
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
