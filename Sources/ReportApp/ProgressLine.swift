import Foundation
import ReportCore

/// The line a long run shows on a terminal while it works — the stage, the
/// files and the rows so far — rewritten in place on standard error, and
/// wiped before the summary is printed. Nothing is shown in the first
/// `delay` seconds (a run that quick needs no progress), and nothing at all
/// when standard error is not a terminal: logs and captured output never see it.
/// Safe to update from the reading thread and the writing thread at once.
public final class ProgressLine: @unchecked Sendable {
    public enum Stage: Sendable {
        /// The first pass over the files (reading, recognising, choosing the period).
        case reading
        /// The second pass: every row checked and consolidated.
        case checking
        /// The workbook being finished and compressed.
        case writing

        var words: String {
            switch self {
            case .reading: "đọc"
            case .checking: "kiểm tra"
            case .writing: "ghi bảng"
            }
        }
    }

    private let lock = NSLock()
    private let clock: () -> Double
    private let output: (String) -> Void
    private let delay: Double
    private let interval: Double
    private let started: Double
    private var lastShown = -Double.infinity
    private var shownWidth = 0
    private var stage = Stage.reading
    private var files = 0
    private var totalFiles = 0
    private var rows = 0

    /// A line on standard error, or nil when standard error is not a terminal.
    public static func onTerminal() -> ProgressLine? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        return ProgressLine { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    public init(
        delay: Double = 1.5, interval: Double = 0.2,
        clock: @escaping () -> Double = { Date().timeIntervalSinceReferenceDate },
        output: @escaping (String) -> Void
    ) {
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.output = output
        started = clock()
    }

    /// A new stage over `files` files.
    public func begin(_ stage: Stage, files total: Int = 0) {
        update(now: true) {
            self.stage = stage
            files = 0
            totalFiles = total
        }
    }

    /// One more file of the stage done.
    public func fileDone() { update { files += 1 } }

    /// More rows read.
    public func add(rows count: Int) { update { rows += count } }

    /// Wipes the line, if one was shown, so what is printed next starts clean.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shownWidth > 0 { output("\r" + String(repeating: " ", count: shownWidth) + "\r") }
        shownWidth = 0
    }

    /// Applies `change`, and shows the line when it is time to (`now`: a new stage, shown at once).
    private func update(now immediately: Bool = false, _ change: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change()
        let now = clock()
        guard now - started >= delay, immediately || now - lastShown >= interval else { return }
        lastShown = now
        var text = "Đang \(stage.words)"
        // The file being read, counting from 1.
        if totalFiles > 0 { text += ": tệp \(min(files + 1, totalFiles))/\(totalFiles)" }
        if rows > 0 { text += (totalFiles > 0 ? ", " : ": ") + "\(Self.grouped(rows)) dòng" }
        text += " (\(Int(now - started)) giây)…"
        let width = text.count
        output("\r" + text + String(repeating: " ", count: max(0, shownWidth - width)))
        shownWidth = max(width, shownWidth)
    }

    /// 1234567 as 1.234.567.
    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(".", at: index)
            index -= 3
        }
        return String(digits)
    }
}
