import Testing

@testable import ReportApp

/// The progress line: silent for a quick run, rewritten in place for a long
/// one, wiped before the summary. (It is never made when standard error is
/// not a terminal: the whole-console tests of `khth` would see it.)
@Suite struct ProgressLineTests {
    final class Clock: @unchecked Sendable {
        var now = 0.0
    }

    @Test func aQuickRunShowsNothing() {
        let clock = Clock()
        var written: [String] = []
        let line = ProgressLine(clock: { clock.now }, output: { written.append($0) })
        line.begin(.reading, files: 252)
        for _ in 0..<252 {
            clock.now += 0.004
            line.fileDone()
        }
        line.finish()
        #expect(written.isEmpty)
    }

    @Test func aLongRunRewritesOneLineAndWipesIt() {
        let clock = Clock()
        var written: [String] = []
        let line = ProgressLine(clock: { clock.now }, output: { written.append($0) })
        line.begin(.reading, files: 3)
        clock.now = 1.0
        line.fileDone()  // before the delay: nothing
        clock.now = 2.0
        line.fileDone()
        clock.now = 2.1
        line.fileDone()  // within the interval: nothing
        line.begin(.checking, files: 3)  // a new stage shows at once
        clock.now = 3.0
        line.add(rows: 1_234_567)
        clock.now = 4.0
        line.begin(.writing)
        line.finish()
        #expect(
            written == [
                "\rĐang đọc: tệp 3/3 (2 giây)…",
                "\rĐang kiểm tra: tệp 1/3 (2 giây)…",
                "\rĐang kiểm tra: tệp 1/3, 1.234.567 dòng (3 giây)…",
                "\rĐang ghi bảng: 1.234.567 dòng (4 giây)…         ",
                "\r" + String(repeating: " ", count: 48) + "\r",
            ])
    }
}
