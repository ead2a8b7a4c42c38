import Foundation
import ReportApp
import ReportCore

/// The benchmark behind `make bench` (see `Shapes`), its parts, and the
/// intake micro-measures of `--micro` (see `Micro`).
///
///   khth-bench [--shapes year,100k,1m] [--split ROWS] [--runs N] [--python PY --peer peer.py]
///   khth-bench --smoke                      the real year once, no peer: that the bench runs
///   khth-bench --micro [--rows N] [--only kinds] [--runs N]
///   khth-bench --write-year DIR [--events-per-file N]
///   khth-bench --write-csv DIR --rows N | --write-workbook DIR --rows N
///   khth-bench --cells REPORT.xlsx CELLS.tsv
struct Bench {
    static func main() throws {
        let arguments = CommandLine.arguments
        func value(_ name: String) -> String? { arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
        if let index = arguments.firstIndex(of: "--child") {
            try Micro.child(kind: arguments[index + 1], path: arguments[index + 2])
            return
        }
        if let folder = value("--write-year") {
            let written = try YearGenerator.write(
                to: URL(fileURLWithPath: folder), eventsPerFile: value("--events-per-file").flatMap(Int.init) ?? 107)
            print("Wrote a year of submissions: \(written.files) files, \(written.rows) rows.")
            return
        }
        if let folder = value("--write-csv") {
            let count = value("--rows").flatMap(Int.init) ?? 100_000
            let url = URL(fileURLWithPath: folder).appendingPathComponent("QLDT_2023-03_du-an.csv")
            let bytes = try Generator.write(rows: count, to: url)
            print("Wrote \(url.path): \(count) rows, \(bytes / 1_000_000) MB.")
            return
        }
        if let folder = value("--write-workbook") {
            let count = value("--rows").flatMap(Int.init) ?? 100_000
            let url = URL(fileURLWithPath: folder).appendingPathComponent("QLDT_2023-03_du-an.xlsx")
            let bytes = try WorkbookGenerator.write(rows: count, to: url)
            print("Wrote \(url.path): \(count) rows, \(bytes / 1_000_000) MB.")
            return
        }
        if let workbook = value("--cells"), let index = arguments.firstIndex(of: "--cells") {
            let (rows, cells) = try Cells.extract(workbook: workbook, to: URL(fileURLWithPath: arguments[index + 2]))
            print("\(rows) rows, \(cells) cells")
            return
        }
        if arguments.contains("--micro") {
            try Micro.run(arguments)
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("khth-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let tools = URL(fileURLWithPath: value("--tools") ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = value("--tools") == nil ? tools.deletingLastPathComponent() : tools
        let smoke = arguments.contains("--smoke")
        let named: [String: Shapes.Shape] = [
            "year": Shapes.year, "100k": Shapes.scaled("100k rows", rows: 100_000),
            "1m": Shapes.scaled("1M rows", rows: 1_000_000),
        ]
        let chosen = (value("--shapes") ?? (smoke ? "year" : "year,100k,1m")).split(separator: ",").map {
            named[String($0)]!
        }
        try Shapes(
            tools: folder, python: smoke ? nil : value("--python"), peerScript: value("--peer"),
            runs: value("--runs").flatMap(Int.init) ?? (smoke ? 1 : 3), shapes: chosen,
            splitRows: smoke ? nil : value("--split").flatMap(Int.init), work: work, smoke: smoke
        ).run()
    }
}

/// The intake measures of earlier work: reading, parsing and validating one
/// large generated file, each in its own process, the fastest of several runs.
enum Micro {
    static func run(_ arguments: [String]) throws {
        let rows = arguments.firstIndex(of: "--rows").map { Int(arguments[$0 + 1])! } ?? 1_000_000
        let only = arguments.firstIndex(of: "--only").map {
            Set(arguments[$0 + 1].split(separator: ",").map(String.init))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khth-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let small = max(rows / 10, 1000)
        print(
            "Generating \(small) and \(rows) investment rows (UTF-8 BOM, CRLF, quoted fields, line breaks in cells, 1 % NFD)…"
        )
        let smallFile = directory.appendingPathComponent("small/QLDT_2023-03_du-an.csv")
        let largeFile = directory.appendingPathComponent("large/QLDT_2023-03_du-an.csv")
        let narrowFile = directory.appendingPathComponent("narrow/QLDT_2023-03_du-an.csv")
        let decomposedFile = directory.appendingPathComponent("nfd/QLDT_2023-03_du-an.csv")
        // Only the files the chosen measures read are made.
        func wanted(_ kinds: String...) -> Bool { only.map { !$0.isDisjoint(with: kinds) } ?? true }
        let smallBytes = try Generator.write(rows: small, to: smallFile)
        let largeBytes = wanted("records", "parse", "intake") ? try Generator.write(rows: rows, to: largeFile) : 0
        let narrowBytes = wanted("parse-narrow") ? try Generator.write(rows: rows, to: narrowFile, narrow: true) : 0
        let decomposedBytes =
            wanted("parse-nfd") ? try Generator.write(rows: rows, to: decomposedFile, decomposed: true) : 0
        // The small file's rows again as a unit's workbook, for reading .xlsx beside .csv.
        let workbookFile = directory.appendingPathComponent("xlsx/QLDT_2023-03_du-an.xlsx")
        let workbookBytes = try WorkbookGenerator.write(rows: small, to: workbookFile)
        print(
            "  \(small) rows: \(smallBytes / 1_000_000) MB; \(rows) rows: \(largeBytes / 1_000_000) MB;"
                + " \(rows) narrow rows (11 columns, short names): \(narrowBytes / 1_000_000) MB;"
                + " \(rows) rows all in NFD: \(decomposedBytes / 1_000_000) MB\n")
        let runs = arguments.firstIndex(of: "--runs").map { Int(arguments[$0 + 1])! } ?? 3
        print("Each measure runs in its own process, \(runs) times; the fastest run is shown.")
        print("measure                               rows       seconds  rows/s      MB/s    peak RSS")
        var results: [String: (Double, Int)] = [:]
        let plan: [(kind: String, file: URL, rows: Int, bytes: Int)] = [
            ("records", largeFile, rows, largeBytes), ("parse", largeFile, rows, largeBytes),
            ("parse-narrow", narrowFile, rows, narrowBytes), ("parse-nfd", decomposedFile, rows, decomposedBytes),
            ("intake", smallFile, small, smallBytes), ("intake", largeFile, rows, largeBytes),
            ("validate-csv", smallFile, small, smallBytes), ("validate-xlsx", workbookFile, small, workbookBytes),
        ]
        let labels = [
            "records": "records (CSV reading, no String)", "parse": "parse (String per field, NFC)",
            "parse-narrow": "parse, narrow rows (11 columns)", "reference": "  yardstick: NOTES-csv's loop",
            "validate-csv": "validate, the rows as CSV", "validate-xlsx": "validate, the same rows as .xlsx",
            "parse-nfd": "parse, all text NFD (\"tổ hợp\")",
            "intake": "intake (survey + validation)",
        ]
        for (kind, file, count, bytes) in plan where only?.contains(kind) ?? true {
            // The yardstick runs on the same file, turn about with the parse, so
            // that both see the machine in the same moods.
            let kinds = kind == "parse-narrow" ? [kind, "reference"] : [kind]
            var best: [String: (seconds: Double, rss: Int)] = [:]
            for _ in 0..<runs {
                for each in kinds {
                    let (seconds, rss) = try measure(kind: each.hasPrefix("parse") ? "parse" : each, path: file.path)
                    if seconds < best[each]?.seconds ?? .infinity {
                        best[each] = (seconds, max(rss, best[each]?.rss ?? 0))
                    }
                }
            }
            for each in kinds {
                let (seconds, rss) = best[each]!
                results["\(each)-\(count)"] = (seconds, rss)
                print(
                    labels[each]!.padding(toLength: 38, withPad: " ", startingAt: 0)
                        + String(
                            format: "%-10d %-8.2f %-11.0f %-7.0f %d MB", count, seconds, Double(count) / seconds,
                            Double(bytes) / 1_000_000 / seconds, rss / 1024))
            }
        }
        print("")
        if let a = results["intake-\(small)"], let b = results["intake-\(rows)"] {
            print(
                String(
                    format: "intake peak memory, %d rows / %d rows: %.2f× for %.0f× the rows",
                    rows, small, Double(b.1) / Double(a.1), Double(rows) / Double(small)))
        }
        if let records = results["records-\(rows)"], let parse = results["parse-\(rows)"] {
            print(String(format: "parse time / records time: %.2f× (the Strings and NFC)", parse.0 / records.0))
        }
        if let narrow = results["parse-narrow-\(rows)"], let reference = results["reference-\(rows)"] {
            // The aim was set where NOTES-csv measured its loop at 2.2 M rows/s: as a
            // ratio to that loop, measured in this run, it does not move with the machine.
            let ratio = reference.0 / narrow.0
            let aim = ReferenceReader.aimRowsPerSecond / ReferenceReader.notesRowsPerSecond
            print(
                String(
                    format: "parse speed / yardstick speed, narrow file: %.2f× (the 1.5 M rows/s aim: %.2f×) — ", ratio,
                    aim)
                    + (ratio >= aim ? "aim met" : "aim not met"))
            print(
                String(
                    format: "  i.e. %.2f M rows/s on the machine where NOTES-csv measured the yardstick",
                    ratio * ReferenceReader.notesRowsPerSecond / 1e6))
        }
        if let csv = results["validate-csv-\(small)"], let xlsx = results["validate-xlsx-\(small)"] {
            print(
                String(
                    format: "validate, .xlsx time / CSV time, same %d rows: %.2f×; peak memory %.2f×", small,
                    xlsx.0 / csv.0, Double(xlsx.1) / Double(csv.1)))
        }
        if let parse = results["parse-\(rows)"], let intake = results["intake-\(rows)"] {
            print(String(format: "intake time / parse time: %.2f× (two passes and validation)", intake.0 / parse.0))
        }
    }

    /// Runs one measurement in a child process; returns its seconds and peak RSS (KiB).
    static func measure(kind: String, path: String) throws -> (Double, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--child", kind, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let parts = output.split(separator: " ")
        guard parts.count == 2, let seconds = Double(parts[0]),
            let rss = Int(parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "child said: \(output)"])
        }
        return (seconds, rss)
    }

    static func child(kind: String, path: String) throws {
        let url = URL(fileURLWithPath: path)
        let lookup = PlanLookup(plan: .default554)
        let start = Date()
        switch kind {
        case "records":
            let counts = try SubmissionReader.countRecords(source: FileByteSource(url: url))
            precondition(counts.fields > 0)
        case "reference":
            var characters = 0
            try ReferenceReader.forEachField(path: path) { characters += $0.utf8.count }
            precondition(characters > 0)
        case "parse":
            var characters = 0
            try SubmissionReader.forEachField(source: FileByteSource(url: url)) { characters += $0.utf8.count }
            precondition(characters > 0)
        case "validate-csv", "validate-xlsx":
            let outcome = try ReportRun(.init(inputs: url.deletingLastPathComponent())).validate()
            precondition(outcome.totals.accepted > 0 && outcome.errors == 0, "\(outcome.diagnostics.prefix(3))")
        case "intake":
            let survey = try SubmissionReader.survey(
                file: "bench.csv", source: FileByteSource(url: url), lookup: lookup)
            var accepted = 0
            let account = try SubmissionReader.read(
                file: "bench.csv", source: FileByteSource(url: url), survey: survey,
                lookup: lookup, accepted: { _ in accepted += 1 }, diagnostic: { _ in })
            precondition(account.accepted == accepted && accepted > 0, "\(account)")
        default: fatalError("unknown measure \(kind)")
        }
        let seconds = Date().timeIntervalSince(start)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("\(seconds) \(usage.ru_maxrss)")
    }
}

/// Writes realistic investment submissions.
enum Generator {
    static let zones = [
        "KCN VSIP Hải Phòng", "KCN Tràng Duệ", "KCN Đình Vũ", "KCN Nam Cầu Kiền", "KCN An Dương", "KCN Nomura",
    ]
    static let countries = ["Hàn Quốc", "Nhật Bản", "Singapore", "Trung Quốc", "Đài Loan (Trung Quốc)", "Hoa Kỳ"]
    static let events = ["Cấp mới", "Điều chỉnh tăng vốn", "Góp vốn, mua cổ phần", "Điều chỉnh giảm vốn"]

    /// The full investment template (13 columns, ~233 bytes a row), or a
    /// narrow one (11 columns, short names, ~141 bytes a row, the shape of the
    /// file NOTES-csv measured the Swift CSV libraries on).
    /// `decomposed`: every text in NFD, as Unikey's "Unicode tổ hợp" types it.
    static func write(rows: Int, to url: URL, narrow: Bool = false, decomposed: Bool = false) throws -> Int {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        // Decomposed once, the texts rows are made of: Foundation's NFD of whole chunks takes minutes.
        let nfd: (String) -> String = decomposed ? { $0.decomposedStringWithCanonicalMapping } : { $0 }
        let (events, countries, zones) = (Self.events.map(nfd), Self.countries.map(nfd), Self.zones.map(nfd))
        let period = nfd("Tháng 3/2023")
        let (projectStart, projectEnd) =
            narrow ? (nfd("Nhà máy số "), "") : (nfd("Nhà máy sản xuất linh kiện điện tử số "), nfd(" Hải Phòng"))
        let (stage, investor) = (nfd("giai đoạn"), nfd("Công ty TNHH Đầu tư"))
        var buffer = nfd(
            narrow
                ? "\u{FEFF}Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Tên dự án,Quốc gia/vùng lãnh thổ,Khu,Nguồn vốn,Vốn đăng ký,Đơn vị tính\r\n"
                : "\u{FEFF}Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Tên dự án,Nhà đầu tư,Quốc gia/vùng lãnh thổ,Khu,Nguồn vốn,Vốn đăng ký,Đơn vị tính,Ngày gửi\r\n"
        )
        var total = 0
        for index in 0..<rows {
            let day = 15 + index % 14
            var project = "\(projectStart)\(index)\(projectEnd)"
            if index % 100 == 7 { project = project.decomposedStringWithCanonicalMapping }
            if index % 20 == 3 { project = "\"\(project),\n\(stage) \(index % 3 + 1)\"" }
            let amount = "\(1 + index % 900).\(String(format: "%03d", index % 1000)).000"
            if narrow {
                buffer +=
                    "QLDT,\(period),\(2_100_000_000 + index),\"\(events[index % 4])\",\(day)/02/2023,\(project),\(countries[index % 6]),\(zones[index % 6]),FDI,\(amount),USD\r\n"
            } else {
                buffer +=
                    "QLDT,\(period),\(2_100_000_000 + index),\"\(events[index % 4])\",\(day)/02/2023,\(project),\(investor) \(index % 5000),\(countries[index % 6]),\(zones[index % 6]),FDI,\(amount),USD,15/03/2023\r\n"
            }
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                total += buffer.utf8.count
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        return total + buffer.utf8.count
    }
}

/// The bench's lines go out as they are printed, unbuffered: a long run piped
/// to a log shows its figures as they come, and keeps them if a later part fails.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    FileHandle.standardOutput.write(Data(text.utf8))
}

try Bench.main()
