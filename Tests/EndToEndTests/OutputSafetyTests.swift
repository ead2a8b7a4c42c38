import Foundation
import TestSupport
import Testing

/// What a killed run, two runs at once, and the machine's locale and time zone
/// can do to `outputs/`: nothing. Output is deterministic, so every check
/// compares bytes with a reference run's.
///
/// `make test` kills a few runs of the examples; `make stress` sets
/// `KHTH_STRESS_KILLS` (100) and `KHTH_STRESS_INPUTS` (a generated 100k-row
/// year) and runs the same test at that size.
@Suite(.serialized) struct OutputSafetyTests {
    /// The inputs: the stress run's, else the examples copied as if real.
    func inputs() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["KHTH_STRESS_INPUTS"] {
            return URL(fileURLWithPath: path)
        }
        let root = try makeTemporaryDirectory("safety-inputs")
        let inputs = root.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: shippedExamples, to: inputs)
        return inputs
    }

    /// Every file under `folder`, by relative path, with its bytes.
    func contents(of folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[path] = try Data(contentsOf: url)
            }
        }
        return found
    }

    /// The run's visible outputs: the lock file and the temporaries aside.
    func published(_ folder: URL) throws -> [String: Data] {
        try contents(of: folder).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    func reference(_ inputs: URL) throws -> (folder: URL, files: [String: Data]) {
        let outputs = try makeTemporaryDirectory("reference").appendingPathComponent("outputs")
        let result = try Command.run(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path])
        #expect(result.status == 0)
        return (outputs, try published(outputs))
    }

    /// Runs killed with SIGKILL at random moments leave every output as the
    /// previous run wrote it, whole; the next run removes their temporaries.
    @Test func aKilledRunLosesNothing() throws {
        let inputs = try inputs()
        let (_, expected) = try reference(inputs)
        #expect(expected.keys.contains { $0.hasSuffix(".xlsx") })
        let outputs = try makeTemporaryDirectory("killed").appendingPathComponent("outputs")
        try Command.run(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path])

        // How long a whole run takes, so the kills fall all along it.
        let start = Date()
        try Command.run(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path])
        let duration = Date().timeIntervalSince(start)
        let kills = ProcessInfo.processInfo.environment["KHTH_STRESS_KILLS"].flatMap(Int.init) ?? 10
        var generator = SystemRandomNumberGenerator()
        var leftovers = 0
        for _ in 0..<kills {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: khth)
            process.arguments = ["report", "--inputs", inputs.path, "--outputs", outputs.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(duration * 1.1), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try published(outputs) == expected, "after a kill, the outputs differ from a whole run's")
            leftovers += try contents(of: outputs).keys.filter { $0.hasSuffix(".tmp") }.count
        }
        // Whatever the kills happened to leave, a killed run's workbook and
        // feedback folder are there for the next run to remove.
        try Data("PK partial".utf8).write(to: outputs.appendingPathComponent(".bao-cao-KHTH-2023-Q1.xlsx.999999.tmp"))
        try FileManager.default.createDirectory(
            at: outputs.appendingPathComponent(".phan-hoi-2023-Q1.999999.tmp"), withIntermediateDirectories: true)
        try Command.run(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path])
        #expect(try published(outputs) == expected)
        let names = try FileManager.default.contentsOfDirectory(atPath: outputs.path)
        #expect(names.filter { $0.hasSuffix(".tmp") } == [], "temporaries left after the next run")
        print(
            "\(kills) kills over runs of \(String(format: "%.2f", duration)) s; temporaries found after kills: \(leftovers), all removed by the next run"
        )
    }

    /// Two runs into one folder at once both finish, and what is there is one run's whole output.
    @Test func twoRunsAtOnceBothFinish() throws {
        let inputs = try inputs()
        let (_, expected) = try reference(inputs)
        let outputs = try makeTemporaryDirectory("twice").appendingPathComponent("outputs")
        let processes = (0..<2).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: khth)
            process.arguments = ["report", "--inputs", inputs.path, "--outputs", outputs.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        #expect(try published(outputs) == expected)
        #expect(try contents(of: outputs).keys.filter { $0.hasSuffix(".tmp") } == [])
    }

    /// The same inputs give the same bytes whatever the locale, the time zone
    /// and the working directory.
    @Test func sameBytesUnderEveryLocaleAndTimeZone() throws {
        let inputs = try inputs()
        let (_, expected) = try reference(inputs)
        let settings: [[String: String]] = [
            ["LC_ALL": "C", "TZ": "UTC"], ["LC_ALL": "vi_VN.UTF-8", "TZ": "Asia/Ho_Chi_Minh"],
            ["LC_ALL": "C.UTF-8", "TZ": "America/New_York"], ["LANG": "vi_VN.UTF-8", "TZ": "Pacific/Kiritimati"],
        ]
        for (index, setting) in settings.enumerated() {
            let root = try makeTemporaryDirectory("locale")
            let outputs = root.appendingPathComponent("outputs")
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = nil
            environment["LC_ALL"] = nil
            environment.merge(setting) { $1 }
            // From another working directory each time, the folders named absolutely.
            let directory = index.isMultiple(of: 2) ? root.path : "/"
            try Command.run(
                khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path], environment: environment,
                currentDirectory: directory)
            #expect(try published(outputs) == expected, "\(setting)")
        }
    }
}
