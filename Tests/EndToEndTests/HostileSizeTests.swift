import Foundation
import TestSupport
import Testing

/// Inputs no unit means to send but a disk can hold: each gives words, not a
/// crash, a hang or memory that grows with it. Each runs `khth validate` as a
/// user would, under a Python parent that reports the child's peak memory.
///
/// `make stress` adds 50,000 one-row files (`KHTH_STRESS_MANY_FILES`).
@Suite(.serialized) struct HostileSizeTests {
    struct Run {
        let status: Int32
        let output: String
        /// Peak resident memory, in MB.
        let peakMB: Int
    }

    func validate(_ inputs: URL) throws -> Run {
        let script = """
            import resource, subprocess, sys
            r = subprocess.run(sys.argv[1:], capture_output=True)
            sys.stdout.buffer.write(r.stdout)
            print(r.returncode)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
            """
        let result = try Command.run("/usr/bin/python3", ["-c", script, khth, "validate", "--inputs", inputs.path])
        var lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        let peak = Int(lines.removeLast())!
        let status = Int32(lines.removeLast())!
        return Run(status: status, output: lines.joined(separator: "\n"), peakMB: peak)
    }

    func folder(_ label: String) throws -> URL {
        try makeTemporaryDirectory(label).appendingPathComponent("inputs")
    }

    static let good = "VP,2023-03,II.8,Đang triển khai,20,,,,,\r\n"

    @Test func aFieldOf100MBIsOneRejectedLine() throws {
        let inputs = try folder("big-field")
        let url = inputs.appendingPathComponent("VP.csv")
        try write(taskHeader + "\r\n" + Self.good, to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("VP,2023-03,II.7,Đang triển khai,10,".utf8))
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Data((",,,,\r\n" + Self.good.replacingOccurrences(of: "II.8", with: "II.9")).utf8))
        try handle.close()
        let run = try validate(inputs)
        #expect(run.status == 1)
        #expect(run.output.contains("Dòng dữ liệu: 3 = 2 chấp nhận + 1 bị loại."))
        #expect(
            run.output.contains(
                "dòng 3: Lỗi [line-too-long] Dòng dài 104.857.642 byte, quá giới hạn 4 MB của một dòng"),
            "\(run.output)")
        #expect(run.peakMB < 150, "\(run.peakMB) MB")
        print("\(#function): peak \(run.peakMB) MB")
    }

    @Test func aLineOfAMillionDelimitersIsRead() throws {
        let inputs = try folder("delimiters")
        try write(
            taskHeader + "\r\n" + "VP,2023-03,II.7,Đang triển khai,10" + String(repeating: ",", count: 1_000_000)
                + "\r\n" + Self.good, to: inputs.appendingPathComponent("VP.csv"))
        let run = try validate(inputs)
        #expect(run.status == 0)
        // Empty fields past the header's columns are nothing to report.
        #expect(run.output.contains("Dòng dữ liệu: 2 = 2 chấp nhận + 0 bị loại."), "\(run.output)")
        #expect(run.peakMB < 150, "\(run.peakMB) MB")
        print("\(#function): peak \(run.peakMB) MB")
    }

    @Test func aFolderNested200DeepIsNamed() throws {
        let inputs = try folder("deep")
        var deep = inputs
        for level in 1...200 { deep.appendPathComponent("c\(level)") }
        try write(taskHeader + "\r\n" + Self.good, to: deep.appendingPathComponent("VP.csv"))
        try write(taskHeader + "\r\n" + Self.good, to: inputs.appendingPathComponent("c1/c2/VP.csv"))
        let run = try validate(inputs)
        #expect(run.output.contains("Dòng dữ liệu: 1 = 1 chấp nhận + 0 bị loại."), "\(run.output)")
        let shown = (1...65).map { "c\($0)" }.joined(separator: "/")
        #expect(run.output.contains("Không đọc 1 tệp khác: \(shown)."), "\(run.output)")
    }

    @Test func aNameOf255BytesInVietnameseIsRead() throws {
        let inputs = try folder("long-name")
        var name = "VP_2023-03_báo-cáo-tiến-độ"
        while name.utf8.count + "ộ.csv".utf8.count <= 255 { name += "ộ" }
        name += ".csv"
        while name.utf8.count < 255 { name = "x" + name }
        #expect(name.utf8.count == 255)
        try write(taskHeader + "\r\n" + Self.good, to: inputs.appendingPathComponent(name))
        let run = try validate(inputs)
        #expect(run.status == 0)
        #expect(run.output.contains("Tệp: 1 tệp báo cáo — 1 dùng"), "\(run.output)")
        #expect(run.output.contains("Dòng dữ liệu: 1 = 1 chấp nhận + 0 bị loại."))
        let outputs = inputs.deletingLastPathComponent().appendingPathComponent("outputs")
        try Command.run(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path])
        let workbook = try ReadWorkbook.read(
            outputs.appendingPathComponent("bao-cao-KHTH-2023-03.xlsx").path)
        #expect(workbook.sheet("Nộp báo cáo")?.texts().contains(name) == true)
    }

    /// `make stress`: 50,000 files of one row each, read in bounded memory.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KHTH_STRESS_MANY_FILES"] != nil))
    func fiftyThousandOneRowFiles() throws {
        let count = Int(ProcessInfo.processInfo.environment["KHTH_STRESS_MANY_FILES"] ?? "") ?? 50_000
        let inputs = try folder("many")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let header = Data(("\u{FEFF}" + taskHeader + "\r\n").utf8)
        for index in 0..<count {
            var data = header
            data.append(Data("VP,2023-03,II.7,Đang triển khai,\(index % 100),Tệp \(index),,,,\r\n".utf8))
            try data.write(to: inputs.appendingPathComponent(String(format: "VP-%05d.csv", index)))
        }
        let start = Date()
        let run = try validate(inputs)
        let seconds = Date().timeIntervalSince(start)
        // One unit's one report: the latest file is used, the others listed as replaced.
        #expect(
            run.output.contains("Tệp: \(count.formatted(.number.grouping(.never))) tệp báo cáo"),
            "\(run.output.prefix(600))")
        print("\(count) one-row files: validate \(String(format: "%.1f", seconds)) s, peak \(run.peakMB) MB")
        #expect(run.peakMB < 1000, "\(run.peakMB) MB")
    }
}
