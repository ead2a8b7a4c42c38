import Foundation
import ReportCore

/// What the console says after a run, in Vietnamese, for an office worker: a
/// short summary first (period, files, rows, who has not reported, errors and
/// warnings), then only the files and problems that need action, then where
/// the workbook and the feedback are. `--all` lists every file and every
/// note. A clean year of a few hundred files fits on one screen.
public struct ConsoleSummary {
    public enum Verb: Sendable { case report, validate }

    public var verb: Verb
    /// Every file and every diagnostic, information included.
    public var showAll: Bool
    /// Colours for a terminal: errors red, warnings yellow.
    public var colour: Bool

    /// Problems shown per file, and in all, before pointing to «Kiểm tra» (`report`; `validate` shows them all).
    public static let perFileLimit = 5
    public static let totalLimit = 30
    /// Names listed in one line (units not reported, skipped entries) before "…".
    static let namesLimit = 8

    public init(verb: Verb, showAll: Bool = false, colour: Bool = false) {
        self.verb = verb
        self.showAll = showAll
        self.colour = colour
    }

    public func lines(_ outcome: ReportRun.Outcome) -> [String] {
        var lines: [String] = []
        if outcome.isExample {
            lines.append(
                "LƯU Ý: thư mục đầu vào chỉ có tệp ví dụ (inputs/_vi-du) — bảng tổng hợp là DỮ LIỆU VÍ DỤ.")
        } else if outcome.examplesLeftOut > 0 {
            lines.append("Các tệp ví dụ (inputs/_vi-du) không được đưa vào vì thư mục có tệp báo cáo thật.")
        }
        if let report = outcome.report {
            lines.append(
                "Kỳ báo cáo: \(report.period.label) (số liệu từ \(report.window.lowerBound) đến \(report.window.upperBound))."
            )
        }
        if outcome.files.isEmpty {
            lines.append("Không có tệp báo cáo nào trong thư mục đầu vào.")
        } else {
            lines.append(filesLine(outcome))
        }
        let linked = outcome.files.compactMap { file in file.survey.linkTarget.map { "\(file.file) → \($0)" } }
        if !linked.isEmpty {
            lines.append("  Đọc qua liên kết \(linked.count) tệp: \(Self.names(linked)).")
        }
        if !outcome.skipped.isEmpty {
            lines.append("  Không đọc \(outcome.skipped.count) tệp khác: \(Self.names(outcome.skipped)).")
        }
        if !outcome.files.isEmpty {
            let t = outcome.totals
            var rows = "Dòng dữ liệu: \(t.dataRows) = \(t.accepted) chấp nhận + \(t.rejected) bị loại"
            if t.notUsed > 0 { rows += " + \(t.notUsed) không dùng (tệp bị thay thế)" }
            if t.blank > 0 { rows += "; \(t.blank) dòng trống hoặc không phải dữ liệu bỏ qua" }
            lines.append(rows + ".")
        }
        if let tracker = outcome.report?.tracker {
            var line = "Nộp báo cáo: đã nhận \(tracker.received)/\(tracker.expected) báo cáo phải nộp"
            line += " (\(tracker.onTime) đúng hạn, \(tracker.late) trễ hạn)"
            let missing = tracker.units.filter { $0.missing > 0 }.map { "\($0.unit.code) (\($0.missing))" }
            line += missing.isEmpty ? "; đơn vị nào cũng đã nộp." : "; đơn vị chưa nộp đủ: \(Self.names(missing))."
            lines.append(line)
        }
        lines.append(
            "Kiểm tra: \(paint("\(outcome.errors) lỗi", outcome.errors > 0 ? .error : nil)), "
                + "\(paint("\(outcome.warnings) cảnh báo", outcome.warnings > 0 ? .warning : nil)).")
        lines += problems(outcome)
        if let workbook = outcome.workbook {
            lines.append("Bảng tổng hợp: \(Self.relative(workbook.path))")
        }
        if let narrative = outcome.narrative {
            lines.append("Dự thảo báo cáo (văn bản): \(Self.relative(narrative.path))")
        }
        if let feedback = outcome.feedbackFolder {
            lines.append(
                "Phản hồi gửi đơn vị (\(outcome.feedbackUnits.joined(separator: ", "))): \(Self.relative(feedback.path))/"
            )
        }
        if outcome.errors > 0 {
            lines.append(
                verb == .report
                    ? "Có lỗi: các dòng, tệp lỗi không được tính vào bảng tổng hợp; xem sheet «Kiểm tra» và gửi phản hồi cho đơn vị."
                    : "Có lỗi: các dòng, tệp lỗi sẽ không được tính khi lập bảng tổng hợp.")
        }
        return lines
    }

    /// `Tệp: 28 tệp báo cáo — 27 dùng, 1 bị thay thế, 0 bị loại cả tệp.`
    func filesLine(_ outcome: ReportRun.Outcome) -> String {
        var used = 0
        var superseded = 0
        var rejected = 0
        for file in outcome.files {
            switch file.state {
            case .used: used += 1
            case .superseded: superseded += 1
            case .rejected: rejected += 1
            }
        }
        return "Tệp: \(outcome.files.count) tệp báo cáo — \(used) dùng, \(superseded) bị thay thế, "
            + "\(rejected) bị loại cả tệp."
    }

    /// The files that need action (or all, with `--all`), each with its problems.
    func problems(_ outcome: ReportRun.Outcome) -> [String] {
        let shown = outcome.diagnostics.filter { showAll || $0.severity != .info }
        let byFile = Dictionary(grouping: shown, by: \.place.source)
        let limited = verb == .report && !showAll
        var lines: [String] = []
        var listed = 0
        var left = 0
        var seen = Set<String>()
        for file in outcome.files {
            seen.insert(file.file)
            let found = byFile[file.file] ?? []
            let needsAction = !found.isEmpty || !file.isUsed
            guard showAll || needsAction else { continue }
            if lines.isEmpty { lines.append(showAll ? "Các tệp:" : "Cần xem:") }
            lines.append("  " + fileLine(file))
            for (index, diagnostic) in found.enumerated() {
                if limited && (index >= Self.perFileLimit || listed >= Self.totalLimit) {
                    left += found.count - index
                    break
                }
                lines.append("    \(Self.placeInFile(diagnostic.place)): " + words(diagnostic))
                listed += 1
            }
        }
        // Problems of no submission file: the folder's entries, the examples.
        let others = shown.filter { !seen.contains($0.place.source) }
        for diagnostic in others {
            if limited && listed >= Self.totalLimit {
                left += 1
                continue
            }
            lines.append("  " + line(diagnostic))
            listed += 1
        }
        if left > 0 {
            lines.append("  … và \(left) vấn đề khác: xem sheet «Kiểm tra», hoặc chạy `make validate` để in hết.")
        }
        return lines
    }

    /// `file: 14 dòng = 14 chấp nhận + 0 bị loại — Dùng`.
    func fileLine(_ file: FileLine) -> String {
        let a = file.account
        var line = "\(file.file): \(a.dataRows) dòng = \(a.accepted) chấp nhận + \(a.rejected) bị loại"
        if a.notUsed > 0 { line += " + \(a.notUsed) không dùng" }
        if a.blank > 0 { line += " (\(a.blank) dòng trống hoặc bỏ qua)" }
        let state =
            switch file.state {
            case .used(let replacing) where replacing.isEmpty: "dùng"
            case .used(let replacing): "dùng, thay thế \(replacing.joined(separator: ", "))"
            case .superseded(let newer): "bị thay thế bởi \(newer)"
            case .rejected: paint("bị loại cả tệp", .error)
            }
        return line + " — " + state
    }

    /// `file:line:column: Lỗi [code] message → fix`; a sheet's cell as `file › sheet › D7`.
    public func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.place.compact): " + words(diagnostic)
    }

    /// `dòng 6, cột E (Ngày cấp)`; a sheet's `ô D7 (Khu)`, `hàng 3`; `cả tệp`.
    static func placeInFile(_ place: Place) -> String {
        var parts: [String] = []
        // A sheet's problems are listed under the sheet's name: the cell is enough.
        if place.sheet != nil {
            if let line = place.line { parts.append(place.columnLetter.map { "ô \($0)\(line)" } ?? "hàng \(line)") }
        } else if let line = place.line {
            var text = "dòng \(line)"
            if let excelRow = place.excelRow, excelRow != line { text += " (hàng \(excelRow) trong Excel)" }
            parts.append(text)
            if let letter = place.columnLetter { parts.append("cột \(letter)") }
        }
        if let header = place.columnHeader, place.column != nil { parts[parts.count - 1] += " (\(header))" }
        return parts.isEmpty ? (place.sheet == nil ? "cả tệp" : "cả trang") : parts.joined(separator: ", ")
    }

    /// Why a run stopped: its problem without a place (the message names the folder or file).
    public func failure(_ diagnostic: Diagnostic) -> String { words(diagnostic) }

    /// `Lỗi [code] message → fix`.
    func words(_ diagnostic: Diagnostic) -> String {
        var text = paint(diagnostic.severity.rawValue, diagnostic.severity)
        text += " [\(diagnostic.code.rawValue)] \(diagnostic.message)"
        if !diagnostic.fix.isEmpty { text += " → \(diagnostic.fix)" }
        return text
    }

    func paint(_ text: String, _ severity: Diagnostic.Severity?) -> String {
        guard colour, let severity, severity != .info else { return text }
        return (severity == .error ? "\u{1B}[31m" : "\u{1B}[33m") + text + "\u{1B}[0m"
    }

    static func names(_ names: [String]) -> String {
        names.count <= namesLimit
            ? names.joined(separator: ", ")
            : names.prefix(namesLimit).joined(separator: ", ") + " và \(names.count - namesLimit) khác"
    }

    /// A path as the user would type it: from the working directory when under it.
    public static func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }

    /// Whether standard output is a terminal that shows colours.
    public static var terminalHasColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
