import Foundation
import XlsxReader

/// The cells of the tool's row sheets («Dự án», «Dữ liệu» and their
/// continuations), read back from the workbook it wrote and saved as the
/// tab-separated lines `khth-floor` writes again: so the floor writes exactly
/// the cells the tool wrote, no more, no fewer.
enum Cells {
    static let rowSheets = ["Dự án", "Dữ liệu"]

    /// Writes the data rows (those under the header, numbered in column A);
    /// returns how many rows and cells.
    static func extract(workbook path: String, to output: URL) throws -> (rows: Int, cells: Int) {
        let workbook = try XlsxWorkbook(path: path, file: URL(fileURLWithPath: path).lastPathComponent)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        var rows = 0
        var cells = 0
        for sheet in workbook.sheets
        where rowSheets.contains(where: { sheet.name == $0 || sheet.name.hasPrefix("\($0) (") }) {
            try workbook.rows(of: sheet) { row in
                guard case .number? = row.cells.first(where: { $0.column == 0 })?.value else { return }
                var column = 0
                for cell in row.cells {
                    while column < cell.column {
                        buffer.append(0x09)
                        column += 1
                    }
                    switch cell.value {
                    case .number(let value, _):
                        buffer.append(UInt8(ascii: "n"))
                        buffer.append(contentsOf: "\(value)".utf8)
                    case .text(let range):
                        buffer.append(UInt8(ascii: "s"))
                        for byte in row.bytes[range] {
                            switch byte {
                            case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                            case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
                            default: buffer.append(byte)
                            }
                        }
                    default: break
                    }
                    cells += 1
                }
                buffer.append(0x0A)
                rows += 1
                if buffer.count > 1 << 20 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        handle.write(Data(buffer))
        return (rows, cells)
    }
}
