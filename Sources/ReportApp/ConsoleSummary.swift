import Foundation
import ReportCore

/// The short Vietnamese summary the console ends with.
public enum ConsoleSummary {
    /// Diagnostics shown per file before pointing to the workbook.
    public static let perFileLimit = 12

    public static func lines(_ outcome: ReportRun.Outcome, showAll: Bool) -> [String] {
        var lines: [String] = []
        if outcome.isExample {
            lines.append("LƯU Ý: thư mục đầu vào chỉ có tệp ví dụ (inputs/_vi-du) — bảng tổng hợp là DỮ LIỆU VÍ DỤ.")
        }
        if let report = outcome.report {
            lines.append(
                "Kỳ báo cáo: \(report.period.label) (số liệu từ \(report.window.lowerBound) đến \(report.window.upperBound))."
            )
        }
        let used = outcome.files.filter { $0.state.hasPrefix("Dùng") }.count
        let superseded = outcome.files.filter { $0.state.hasPrefix("Bị thay thế") }.count
        let rejected = outcome.files.filter { $0.state == "Bị loại cả tệp" }.count
        let skipped = outcome.diagnostics.filter {
            $0.code == "file-skipped" || $0.code == "file-xlsx" || $0.code == "file-xls"
        }
        .filter { d in !outcome.files.contains { $0.file == d.file } }.count
        lines.append(
            "Tệp: \(outcome.files.count) tệp CSV — \(used) dùng, \(rejected) bị loại cả tệp, \(superseded) bị thay thế; \(skipped) tệp khác bị bỏ qua."
        )
        let t = outcome.totals
        lines.append(
            "Dòng: \(t.dataRows) dòng dữ liệu = \(t.accepted) chấp nhận + \(t.rejected) bị loại + \(t.notUsed) không dùng; \(t.blank) dòng trống bỏ qua."
        )
        for file in outcome.files {
            let a = file.account
            var line = "  \(file.file): \(a.dataRows) dòng = \(a.accepted) chấp nhận + \(a.rejected) bị loại"
            if a.notUsed > 0 { line += " + \(a.notUsed) không dùng" }
            if a.blank > 0 { line += " (\(a.blank) dòng trống hoặc bỏ qua)" }
            lines.append(line + " — \(file.state)")
        }
        lines.append("Kiểm tra: \(outcome.errors) lỗi, \(outcome.warnings) cảnh báo.")
        let shown = outcome.diagnostics.filter { $0.severity != .info || showAll }
        var byFile: [String: Int] = [:]
        for diagnostic in shown {
            byFile[diagnostic.file, default: 0] += 1
            if showAll || byFile[diagnostic.file]! <= perFileLimit { lines.append("  " + diagnostic.consoleLine) }
        }
        for (file, count) in byFile.sorted(by: { $0.key < $1.key }) where !showAll && count > perFileLimit {
            lines.append("  \(file): … và \(count - perFileLimit) vấn đề khác (xem sheet Kiểm tra).")
        }
        if let workbook = outcome.workbook {
            lines.append("Bảng tổng hợp: \(relative(workbook.path))")
        }
        if let feedback = outcome.feedbackFolder {
            lines.append("Phản hồi cho từng đơn vị: \(relative(feedback.path))/")
        }
        if outcome.errors > 0 {
            lines.append(
                "Có \(outcome.errors) lỗi: các dòng/tệp lỗi không được tính; xem sheet «Kiểm tra» và gửi phản hồi cho đơn vị."
            )
        }
        return lines
    }

    static func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
