import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// What the machine can do to a run: inputs that vanish or change between the
/// two passes or while they are read, and an `outputs` that is full, read-only
/// or not a folder. Each is said in words and nothing is lost or half-written.
@Suite(.serialized) struct FaultTests {
    static let vp = "VP,2023-03,II.7,Đang triển khai,10,,,,,\r\n"
    static let ttr = "TTR,2023-03,II.9,Đang triển khai,50,,,,,\r\n"

    /// Two units' task reports.
    func inputs() throws -> URL {
        let inputs = try makeTemporaryDirectory("fault").appendingPathComponent("inputs")
        try write(
            taskHeader + "\r\n" + Self.vp + Self.vp.replacingOccurrences(of: "II.7", with: "II.8"),
            to: inputs.appendingPathComponent("VP.csv"))
        try write(taskHeader + "\r\n" + Self.ttr, to: inputs.appendingPathComponent("TTR.csv"))
        return inputs
    }

    func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func line(_ outcome: ReportRun.Outcome, _ file: String) throws -> FileLine {
        try #require(outcome.files.first { $0.file == file })
    }

    /// What the console says of `file` under «Cần xem»: its line and its problems.
    func said(_ outcome: ReportRun.Outcome, _ file: String) -> [String] {
        let lines = ConsoleSummary(verb: .validate).lines(outcome)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(file): ") }) else { return [] }
        return [lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix("    ") }
    }

    @Test func anInputRemovedBetweenThePassesIsCountedAsRejected() throws {
        let inputs = try inputs()
        var run = ReportRun(.init(inputs: inputs))
        run.watch = { moment in
            if case .surveyed = moment {
                try? FileManager.default.removeItem(at: inputs.appendingPathComponent("TTR.csv"))
            }
        }
        let outcome = try run.validate()
        let gone = try line(outcome, "TTR.csv")
        #expect(gone.account.dataRows == 1 && gone.account.rejected == 1 && gone.account.accepted == 0)
        #expect(try line(outcome, "VP.csv").account.accepted == 2)
        #expect(outcome.totals.balances && outcome.totals.dataRows == 3 && outcome.totals.accepted == 2)
        #expect(
            said(outcome, "TTR.csv") == [
                "  TTR.csv: 1 dòng = 0 chấp nhận + 1 bị loại — bị loại cả tệp",
                "    cả tệp: Lỗi [file-changed] Tệp bị xóa hoặc chuyển đi trong lúc đang lập báo cáo, trước khi đọc xong: số liệu của tệp không được tính. → Chờ chép hoặc lưu tệp xong rồi chạy lại.",
            ])
    }

    @Test func anInputRewrittenBetweenThePassesIsNotUsed() throws {
        let inputs = try inputs()
        var run = ReportRun(.init(inputs: inputs))
        run.watch = { moment in
            if case .surveyed = moment { try? self.append(Self.ttr, to: inputs.appendingPathComponent("TTR.csv")) }
        }
        let outcome = try run.validate()
        let changed = try line(outcome, "TTR.csv")
        // Counted as the survey found it: one row, rejected, none of the appended one.
        #expect(changed.account.dataRows == 1 && changed.account.rejected == 1)
        #expect(outcome.totals.balances && outcome.totals.accepted == 2)
        #expect(
            said(outcome, "TTR.csv") == [
                "  TTR.csv: 1 dòng = 0 chấp nhận + 1 bị loại — bị loại cả tệp",
                "    cả tệp: Lỗi [file-changed] Tệp bị ghi đè hoặc sửa trong lúc đang lập báo cáo (có thể đang được chép vào, hoặc đang lưu): tệp không được dùng, số liệu của tệp không được tính. → Chờ chép hoặc lưu tệp xong rồi chạy lại.",
            ])
        #expect(outcome.diagnostics.filter { $0.code == .fileChanged }.count == 1)
    }

    @Test func anInputThatGrowsWhileReadGivesOnlyWhatWasFound() throws {
        let inputs = try inputs()
        var run = ReportRun(.init(inputs: inputs))
        run.watch = { moment in
            if case .firstRow(file: "VP.csv") = moment {
                try? self.append(
                    Self.vp.replacingOccurrences(of: "II.7", with: "II.10"), to: inputs.appendingPathComponent("VP.csv")
                )
            }
        }
        let outputs = try makeTemporaryDirectory("grown")
        let outcome = try run.report(to: outputs)
        let grown = try line(outcome, "VP.csv")
        // The two rows there when the run found the file, none of the third.
        #expect(grown.account.dataRows == 2 && grown.account.accepted == 2)
        #expect(outcome.totals.balances)
        #expect(
            said(outcome, "VP.csv") == [
                "  VP.csv: 2 dòng = 2 chấp nhận + 0 bị loại — dùng",
                "    cả tệp: Lỗi [file-changed] Tệp bị ghi đè hoặc sửa đúng lúc đang đọc: số liệu của tệp trong bảng tổng hợp có thể lẫn bản cũ và bản mới. → Chờ chép hoặc lưu tệp xong rồi chạy lại.",
            ])
        let workbook = try ReadWorkbook.read(try #require(outcome.workbook).path)
        let data = try #require(workbook.sheet("Dữ liệu")).texts()
        #expect(data.contains("II.8") && !data.contains("II.10"))
        let checks = try #require(workbook.sheet("Kiểm tra")).texts()
        #expect(checks.contains { $0.contains("đúng lúc đang đọc") })
    }

    @Test func aFileIsReadOnlyAsLongAsItWasFound() throws {
        let url = try makeTemporaryDirectory("limit").appendingPathComponent("a.csv")
        try Data(repeating: 0x41, count: FileByteSource.chunkSize + 10).write(to: url)
        let file = try #require(try InputFolder(root: url.deletingLastPathComponent()).files.first)
        try append("more", to: url)
        var source = try FileByteSource(file)
        var read = 0
        while let chunk = try source.nextChunk() { read += chunk.count }
        #expect(read == FileByteSource.chunkSize + 10)
    }

    // MARK: Outputs

    /// A `report` from the command line into `outputs`; its status and stderr.
    func report(_ inputs: URL, into outputs: URL) throws -> CommandResult {
        try Command.run(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path], allowFailure: true)
    }

    /// Every name under `folder`, hidden ones included.
    func names(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func anOutputsPathThatIsAFileIsSaid() throws {
        let root = try makeTemporaryDirectory("outputs-file")
        let outputs = root.appendingPathComponent("outputs")
        try Data("not a folder".utf8).write(to: outputs)
        let result = try report(try inputs(), into: outputs)
        #expect(result.status == 4)
        #expect(result.errors.contains("Lỗi [output-unwritable] Không ghi được «\(outputs.path)»"))
        #expect(
            result.errors.contains("một phần của đường dẫn là tệp, không phải thư mục")
                || result.errors.contains("đã có tệp cùng tên"))
        #expect(try Data(contentsOf: outputs) == Data("not a folder".utf8))
    }

    /// A tmpfs mounted for the test; nil where the test may not mount (not root).
    func mount(_ options: String) throws -> URL? {
        guard getuid() == 0 else { return nil }
        let point = try makeTemporaryDirectory("mount")
        let result = try Command.run(
            "/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", point.path], allowFailure: true)
        return result.status == 0 ? point : nil
    }

    func unmount(_ point: URL) {
        _ = try? Command.run("/bin/umount", [point.path], allowFailure: true)
    }

    /// Fills a mounted disk but for `free` bytes.
    func fill(_ disk: URL, leaving free: Int) throws {
        var info = statvfs()
        #expect(statvfs(disk.path, &info) == 0)
        let available = Int(info.f_bavail) * Int(info.f_frsize)
        try Data(count: max(0, available - free)).write(to: disk.appendingPathComponent("filler"))
    }

    @Test func aFullOutputsDiskIsSaidAndKeepsThePreviousWorkbook() throws {
        guard let disk = try mount("size=1m") else { return }
        defer { unmount(disk) }
        let outputs = disk.appendingPathComponent("outputs")
        let inputs = try inputs()
        #expect(try report(inputs, into: outputs).status == 0)
        let workbook = outputs.appendingPathComponent("bao-cao-KHTH-2023-03.xlsx")
        let before = try Data(contentsOf: workbook)
        try fill(disk, leaving: 8 << 10)
        try append(
            Self.ttr.replacingOccurrences(of: "II.9", with: "II.10"), to: inputs.appendingPathComponent("TTR.csv"))
        let result = try report(inputs, into: outputs)
        #expect(result.status == 4)
        #expect(
            result.errors.contains("Lỗi [output-unwritable] Không ghi được «\(workbook.path)»: ổ đĩa hết chỗ trống."),
            "\(result.errors)")
        #expect(try Data(contentsOf: workbook) == before)
        #expect(names(outputs).filter { $0.hasPrefix(".") && $0 != ".khth.lock" } == [])
    }

    /// libxlsxwriter writes each part to a temporary file and does not check
    /// those writes: on a full temporary disk it "succeeds" with empty parts.
    @Test func aFullTemporaryDiskIsSaidAndKeepsThePreviousWorkbook() throws {
        guard let disk = try mount("size=1m") else { return }
        defer { unmount(disk) }
        let outputs = try makeTemporaryDirectory("full-tmp").appendingPathComponent("outputs")
        let inputs = try inputs()
        #expect(try report(inputs, into: outputs).status == 0)
        let workbook = outputs.appendingPathComponent("bao-cao-KHTH-2023-03.xlsx")
        let before = try Data(contentsOf: workbook)
        try fill(disk, leaving: 0)
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = disk.path
        let result = try Command.run(
            khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path], environment: environment,
            allowFailure: true)
        #expect(result.status == 4)
        #expect(
            result.errors.contains("Lỗi [output-unwritable] Không ghi được «\(workbook.path)»: phần "),
            "\(result.errors)")
        #expect(
            result.errors.contains(
                "bị ghi thiếu, thường vì ổ đĩa chứa tệp tạm (\(disk.path)) hoặc thư mục đầu ra hết chỗ trống"))
        #expect(try Data(contentsOf: workbook) == before)
        #expect(names(outputs).filter { $0.hasPrefix(".") && $0 != ".khth.lock" } == [])
    }

    @Test func aReadOnlyOutputsIsSaid() throws {
        guard let disk = try mount("size=1m") else { return }
        defer { unmount(disk) }
        let outputs = disk.appendingPathComponent("outputs")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        try Command.run("/bin/mount", ["-o", "remount,ro", disk.path])
        let result = try report(try inputs(), into: outputs)
        #expect(result.status == 4)
        #expect(
            result.errors.contains("Lỗi [output-unwritable] Không ghi được «\(outputs.path)»: ổ đĩa chỉ cho đọc."),
            "\(result.errors)")
    }
}
