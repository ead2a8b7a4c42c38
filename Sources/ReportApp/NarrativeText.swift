import Foundation
import ReportWorkbook

/// The narrative draft as a text file beside the workbook, to paste into the
/// official document template: UTF-8 with a byte-order mark and Windows line
/// ends, so Notepad and Word on the officer's machine open it as written.
/// Written to a temporary name and renamed, like the workbook.
enum NarrativeText {
    static func write(_ narrative: Narrative, to url: URL) throws {
        let text = "\u{FEFF}" + narrative.plainText.replacingOccurrences(of: "\n", with: "\r\n")
        let temporary = OutputFolder.temporary(for: url)
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
