import Foundation
import TestSupport
import Testing

/// A real year as users run it — 252 small files, about 10,000 rows, all
/// three kinds, written by `khth-bench --write-year` — reads clean, and the
/// console of it fits on one screen.
@Suite struct RealYearTests {
    var generator: String {
        URL(fileURLWithPath: khth).deletingLastPathComponent().appendingPathComponent("khth-bench").path
    }

    @Test func aCleanYearFitsOnOneScreen() throws {
        let root = try makeTemporaryDirectory("year")
        let written = try Command.run(generator, ["--write-year", root.appendingPathComponent("inputs").path])
        #expect(written.output == "Wrote a year of submissions: 252 files, 9978 rows.\n")
        let result = try Command.run(khth, ["report"], currentDirectory: root.path, allowFailure: true)
        expect(
            result, status: 0,
            output: """
                Kỳ báo cáo: Năm 2023 (số liệu từ 15/12/2022 đến 14/12/2023).
                Tệp: 252 tệp báo cáo — 252 dùng, 0 bị thay thế, 0 bị loại cả tệp.
                Dòng dữ liệu: 9978 = 9978 chấp nhận + 0 bị loại.
                Nộp báo cáo: đã nhận 159/159 báo cáo phải nộp (159 đúng hạn, 0 trễ hạn); đơn vị nào cũng đã nộp.
                Kiểm tra: 0 lỗi, 0 cảnh báo.
                Bảng tổng hợp: outputs/bao-cao-KHTH-2023.xlsx
                Dự thảo báo cáo (văn bản): outputs/bao-cao-KHTH-2023.txt

                """)
        // --all lists every file, one line each.
        let all = try Command.run(khth, ["validate", "--all"], currentDirectory: root.path)
        #expect(all.output.components(separatedBy: "\n").filter { $0.hasSuffix(" — dùng") }.count == 252)
    }
}
