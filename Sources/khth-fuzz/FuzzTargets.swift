import Foundation
import ReportApp
import ReportCore

/// The fuzz targets behind `make fuzz`: each takes bytes and checks what must
/// hold for any input, not only that nothing crashes. `KHTH_FUZZ` chooses one:
///
/// - `csv`: both intake passes over the bytes as one CSV file, against the
///   default plan: every data row accepted, rejected or not used; every
///   diagnostic placed inside the file and worded (a fix for all but notes);
///   accepted text NFC, with no hidden characters.
/// - `workbook`: the bytes as a unit's `.xlsx` in an inputs folder, validated
///   as `khth validate` does: the same accounting per sheet, every diagnostic
///   naming the file.
/// - `values`: the bytes as a cell's text through the readers of numbers,
///   dates, periods, money and the closed lists: results in range, and the
///   same reading twice.
/// - `decoding`, `parser`, `header`: one stage of intake each (`StageTarget`).
enum FuzzTarget: String, CaseIterable {
    case csv, workbook, values, decoding, parser, header

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KHTH_FUZZ"] ?? "csv"
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("KHTH_FUZZ: one of \(allCases.map(\.rawValue).joined(separator: ", ")), not \(name)")
        }
        return target
    }()

    static let lookup = PlanLookup(plan: .default554)

    func run(_ bytes: [UInt8]) {
        switch self {
        case .csv: Self.csv(bytes)
        case .workbook: Self.workbook(bytes)
        case .values: Self.values(bytes)
        case .decoding: StageTarget.decoding(bytes)
        case .parser: StageTarget.parser(bytes)
        case .header: StageTarget.header(bytes)
        }
    }

    static func require(_ condition: Bool, _ what: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(what())") }
    }

    static func csv(_ bytes: [UInt8]) {
        let file = "VP_2023-03.csv"
        guard let survey = try? SubmissionReader.survey(file: file, source: MemoryByteSource(bytes), lookup: lookup)
        else { return }
        var rows: [SubmissionRow] = []
        var diagnostics = survey.diagnostics
        guard
            let account = try? SubmissionReader.read(
                file: file, source: MemoryByteSource(bytes), survey: survey, lookup: lookup,
                accepted: { rows.append($0) }, diagnostic: { diagnostics.append($0) })
        else { return }
        require(account.balances, "data rows \(account.dataRows) ≠ accepted + rejected + not used")
        require(rows.count == account.accepted, "\(rows.count) rows handed on, \(account.accepted) counted")
        // Lines are physical lines (ended by LF, CRLF or a lone CR): never past the file's last.
        var lines = 1
        for (index, byte) in bytes.enumerated()
        where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            lines += 1
        }
        for diagnostic in diagnostics {
            require(diagnostic.file == file, "a diagnostic names another file: \(diagnostic.file)")
            if let line = diagnostic.line { require(line >= 1 && line <= lines, "line \(line) of \(lines)") }
            require(
                !diagnostic.message.isEmpty && (!diagnostic.fix.isEmpty || diagnostic.severity == .info),
                "a diagnostic without words: \(diagnostic.code.rawValue) «\(diagnostic.message)» → «\(diagnostic.fix)»")
        }
        for row in rows { texts(of: row).forEach(requireClean) }
    }

    static func texts(of row: SubmissionRow) -> [String] {
        switch row {
        case .task(let task): [task.unit, task.task, task.results, task.difficulties, task.proposals]
        case .event(let event): [event.unit, event.certificate, event.project, event.investor, event.country]
        case .indicator(let indicator): [indicator.unit, indicator.target, indicator.subject, indicator.note]
        }
    }

    static func requireClean(_ text: String) {
        require(text == text.precomposedStringWithCanonicalMapping, "accepted text not NFC: \(text.debugDescription)")
        let hidden = text.unicodeScalars.contains {
            ($0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value)) || (0x7F...0x9F).contains($0.value)
                || [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains($0.value)
        }
        require(!hidden, "accepted text holds a hidden character: \(text.debugDescription)")
    }

    static func workbook(_ bytes: [UInt8]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khth-fuzz-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? Data(bytes).write(to: folder.appendingPathComponent("VP_2023-03.xlsx"))) != nil else { return }
        let run = ReportRun(ReportRun.Request(inputs: folder, period: nil, plan: .default554))
        guard let outcome = try? run.validate() else { return }
        for line in outcome.files {
            require(line.account.balances, "\(line.file): data rows ≠ accepted + rejected + not used")
        }
        for diagnostic in outcome.diagnostics {
            require(diagnostic.file.hasPrefix("VP_2023-03.xlsx"), "a diagnostic names \(diagnostic.file)")
            require(!diagnostic.message.isEmpty, "a diagnostic without words")
        }
    }

    static func values(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        require(DateReading.read(text) == DateReading.read(text), "a date read two ways")
        if case .day(let day, _) = DateReading.read(text) {
            require((1...12).contains(day.month) && (1...31).contains(day.day), "an impossible day \(day)")
        }
        switch NumberReading.read(text) {
        case .exact(let value, _): require(value.isFinite, "a number that is not finite: \(value)")
        case .ambiguous(let vietnamese, let english):
            require(vietnamese.isFinite && english.isFinite, "an ambiguous reading that is not finite")
        case .invalid: break
        }
        if let period = ReportingPeriod(parsing: text) {
            require(ReportingPeriod(parsing: period.code) == period, "period \(period.code) does not read back")
        }
        _ = TaskStatus(reading: text)
        _ = EventType(reading: text)
        _ = CurrencyUnit(reading: text)
        _ = PercentEvidence.number(in: text)
    }
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzTarget.chosen.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's entry point under this name; libFuzzer's driver runs from it.
    @_cdecl("khth_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, fuzzOne)
    }
#else
    /// Without the fuzzer: runs the chosen target over the files named, as a
    /// regression check of a corpus (`KHTH_FUZZ=csv khth-fuzz corpus/csv/*`).
    @main struct Replay {
        static func main() throws {
            for path in CommandLine.arguments.dropFirst() {
                FuzzTarget.chosen.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            }
        }
    }
#endif
