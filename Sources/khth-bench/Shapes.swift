import Foundation

/// `make bench`: the tool at the shapes users run — a real year (about 10,000
/// rows in 252 files), the same year at 100k and 1M rows — each beside the
/// floor (`khth-floor` writing the very cells the tool's row sheets hold, in
/// constant-memory mode) and the peer (pandas + XlsxWriter on the same
/// files), all in one run, each program in its own process. Then one run past
/// Excel's last row, checked with openpyxl against the generator's truth.
struct Shapes {
    struct Shape {
        let name: String
        let eventsPerFile: Int
        /// Whether the peer runs (pandas takes minutes and gigabytes at 1M rows).
        var peer = true
    }

    /// Where `khth`, `khth-floor` and `khth-bench` are.
    let tools: URL
    /// The peer's Python (a virtual environment with pandas and XlsxWriter); nil: no peer.
    let python: String?
    let peerScript: String?
    let runs: Int
    let shapes: [Shape]
    /// Rows for the run past Excel's limit; nil: not run.
    let splitRows: Int?
    let work: URL
    var smoke = false

    static let year = Shape(name: "real year", eventsPerFile: 107)
    /// 81 investment files carry the rows beyond the year's 1,311 others.
    static func scaled(_ name: String, rows: Int, peer: Bool = true) -> Shape {
        Shape(name: name, eventsPerFile: (rows - 1311) / 81, peer: peer)
    }

    var khth: String { tools.appendingPathComponent("khth").path }
    var floor: String { tools.appendingPathComponent("khth-floor").path }

    struct Measured {
        var validate: Run
        var report: Run
        var floor: Run
        var peer: Run?
        var rows: Int
        var files: Int
        var cells: Int
    }

    func run() throws {
        print(Machine.describe())
        print(
            "Each program runs in its own process; validate, report and floor \(runs) times turn about (the fastest"
                + " shown), the peer once. Ratios are within this run.\n")
        var results: [(Shape, Measured)] = []
        for shape in shapes {
            let measured = try measure(shape)
            results.append((shape, measured))
            print(line(shape, measured))
        }
        print("")
        for (shape, m) in results {
            var text = String(
                format: "%@: report / floor %.2f×, cells %d", shape.name, m.report.seconds / m.floor.seconds, m.cells)
            if let peer = m.peer { text += String(format: "; peer / report %.1f×", peer.seconds / m.report.seconds) }
            print(text)
        }
        if smoke {
            print("(smoke: the bench runs end to end; a debug build's figures measure nothing)")
        } else if let year = results.first(where: { $0.0.name == Self.year.name })?.1 {
            print(
                String(
                    format: "real year: validate %.2f s (aim ≤ 0.25 s), report %.2f s (aim ≤ 0.5 s)",
                    year.validate.seconds, year.report.seconds))
        }
        if let rows = splitRows { try split(rows: rows) }
    }

    func measure(_ shape: Shape) throws -> Measured {
        let folder = work.appendingPathComponent(shape.name.replacingOccurrences(of: " ", with: "-"))
        let inputs = folder.appendingPathComponent("inputs")
        let written = try YearGenerator.write(to: inputs, eventsPerFile: shape.eventsPerFile)
        let outputs = folder.appendingPathComponent("outputs")
        let workbook = outputs.appendingPathComponent("bao-cao-KHTH-2023.xlsx").path
        let cells = folder.appendingPathComponent("cells.tsv")
        let floorBook = folder.appendingPathComponent("floor.xlsx").path
        var best: (validate: Run?, report: Run?, floor: Run?) = (nil, nil, nil)
        var cellCount = 0
        func fastest(_ a: Run?, _ b: Run) -> Run { a.map { $0.seconds <= b.seconds ? $0 : b } ?? b }
        for attempt in 0..<runs {
            best.validate = fastest(best.validate, try Run.succeeding(khth, ["validate", "--inputs", inputs.path]))
            best.report = fastest(
                best.report,
                try Run.succeeding(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path]))
            if attempt == 0 { cellCount = try Cells.extract(workbook: workbook, to: cells).cells }
            best.floor = fastest(best.floor, try Run.succeeding(floor, [floorBook, cells.path]))
        }
        var peer: Run?
        if shape.peer, let python, let peerScript {
            peer = try Run.succeeding(
                python, [peerScript, inputs.path, folder.appendingPathComponent("peer.xlsx").path])
        }
        try? FileManager.default.removeItem(at: folder)
        return Measured(
            validate: best.validate!, report: best.report!, floor: best.floor!, peer: peer, rows: written.rows,
            files: written.files, cells: cellCount)
    }

    func line(_ shape: Shape, _ m: Measured) -> String {
        func show(_ run: Run?) -> String {
            guard let run else { return "—".padding(toLength: 18, withPad: " ", startingAt: 0) }
            return String(format: "%7.2f s %6.0f MB  ", run.seconds, run.megabytes)
        }
        let head = "\(shape.name): \(m.rows) rows in \(m.files) files".padding(
            toLength: 36, withPad: " ", startingAt: 0)
        return head + "validate " + show(m.validate) + "report " + show(m.report) + "floor " + show(m.floor)
            + "peer " + show(m.peer)
    }

    /// One year past Excel's 1,048,576 rows: «Dự án» must continue on «Dự án
    /// (2)», and openpyxl must read back every event and the generator's total.
    func split(rows: Int) throws {
        let folder = work.appendingPathComponent("split")
        let inputs = folder.appendingPathComponent("inputs")
        let written = try YearGenerator.write(to: inputs, eventsPerFile: Self.scaled("split", rows: rows).eventsPerFile)
        let outputs = folder.appendingPathComponent("outputs")
        let report = try Run.succeeding(khth, ["report", "--inputs", inputs.path, "--outputs", outputs.path])
        let check = try Run.succeeding(
            "/usr/bin/python3",
            [
                splitScript.path, outputs.appendingPathComponent("bao-cao-KHTH-2023.xlsx").path, "\(written.events)",
                "\(Double(written.fdiAttractedUSD) / 1_000_000)",
            ])
        print(
            String(
                format: "\npast Excel's last row: %d rows (%d events), report %.1f s, %.0f MB; ", written.rows,
                written.events, report.seconds, report.megabytes) + check.output.trimmingCharacters(in: .newlines))
        try? FileManager.default.removeItem(at: folder)
    }

    var splitScript: URL {
        URL(fileURLWithPath: peerScript ?? "Sources/khth-bench/peer.py").deletingLastPathComponent()
            .appendingPathComponent("split_check.py")
    }
}

/// The machine the figures were measured on, for the README's table.
enum Machine {
    static func describe() -> String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces)
            ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory
        return String(
            format: "Machine: %@, %d cores, %.0f GiB; %@", cpu, ProcessInfo.processInfo.activeProcessorCount,
            Double(memory) / Double(1 << 30), ISO8601DateFormatter().string(from: Date()))
    }
}
