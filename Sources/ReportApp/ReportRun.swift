import Foundation
import ReportCore
import ReportWorkbook

/// One run over the inputs, in its stages: find the files, survey each (the
/// first pass), choose the period, then read every used file's rows (the
/// second pass) while consolidation streams them out, and finish. `report`
/// streams the rows into the workbook and writes the feedback; `validate`
/// runs the same stages and writes nothing.
public struct ReportRun {
    public struct Request: Sendable {
        public var inputs: URL
        public var period: ReportingPeriod?
        public var plan: Plan

        public init(inputs: URL, period: ReportingPeriod? = nil, plan: Plan = .default554) {
            self.inputs = inputs
            self.period = period
            self.plan = plan
        }
    }

    /// How the workbook is held while written. Constant memory (the default)
    /// streams every row to disk as it is consolidated, so the row sheets'
    /// XML is made while the other core reads the files, and memory stays
    /// flat; normal holds the whole workbook until the end, which lets
    /// «Dự án» be an Excel table — slower, and only for small inputs.
    public enum WorkbookChoice: Sendable { case constantMemory, normal }

    public struct Outcome: Sendable {
        public var period: ReportingPeriod?
        public var workbook: URL?
        /// The narrative draft as plain text, beside the workbook.
        public var narrative: URL?
        public var feedbackFolder: URL?
        /// The units the feedback folder has a file for.
        public var feedbackUnits: [String] = []
        public var isExample: Bool
        /// Examples left out because real files are present.
        public var examplesLeftOut: Int
        /// Entries of the inputs folder not read as submissions (other formats, lock files).
        public var skipped: [String]
        public var files: [FileLine]
        public var diagnostics: [Diagnostic]
        public var mode: ReportWorkbookWriter.Mode?
        public var report: ConsolidatedReport?

        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
        public var totals: FileAccount { FileLine.total(files) }
    }

    /// A run that could not go on: its problem, in the diagnostics' vocabulary.
    public struct Failure: Error, CustomStringConvertible {
        public let diagnostic: Diagnostic
        init(_ rule: Rule, place: String) { diagnostic = Diagnostic(rule, file: place) }
        public var description: String { diagnostic.message }
    }

    let request: Request
    let lookup: PlanLookup
    /// Readings of the values files repeat (units, periods, dates, lists), shared by every file of the run.
    let cache = ValueCache()
    /// The line a long run shows on a terminal (none in tests and logs).
    public var progress: ProgressLine?
    /// Moments of the reading, for the tests that change the inputs under a run.
    enum Moment {
        /// Every file surveyed; the second pass is next.
        case surveyed
        /// The second pass has taken the first row of this file.
        case firstRow(file: String)
    }
    var watch: ((Moment) -> Void)?

    public init(_ request: Request) {
        self.request = request
        lookup = PlanLookup(plan: request.plan)
    }

    /// Checks every file and row, consolidating to find what only shows
    /// across files (a repeated event), and writes nothing.
    public func validate() throws -> Outcome {
        let found = try findFiles()
        let surveyed = survey(found.folder)
        guard let period = try choosePeriod(surveyed, required: false) else {
            // Nothing to consolidate, but every row is still checked and counted.
            var diagnostics = surveyed.diagnostics
            let accounts = try readRows(surveyed, accepted: { _ in }, diagnostic: { diagnostics.append($0) })
            return outcome(
                found, surveyed, files: FileLine.lines(surveyed.submissions, accounts: accounts),
                diagnostics: diagnostics)
        }
        let consolidated = try consolidate(surveyed, period: period, into: nil)
        return outcome(found, surveyed, report: consolidated.report, diagnostics: consolidated.diagnostics)
    }

    /// Consolidates the inputs into the workbook in `outputs` and writes each unit's feedback.
    /// `rowLimit`: rows a sheet holds before the row sheets go on to a second part (Excel's; smaller in tests).
    public func report(
        to outputs: URL, mode choice: WorkbookChoice = .constantMemory, rowLimit: Int = SheetParts.excelRows
    ) throws -> Outcome {
        let found = try findFiles()
        let surveyed = survey(found.folder)
        guard let period = try choosePeriod(surveyed, required: true) else { throw Failure(.noPeriod, place: ".") }
        let mode: ReportWorkbookWriter.Mode =
            switch choice {
            case .normal: .normal
            case .constantMemory: .constantMemory
            }
        let suffix = found.folder.isExample ? "-VI-DU" : ""
        let workbookURL = outputs.appendingPathComponent("bao-cao-KHTH-\(period.code)\(suffix).xlsx")
        let writer: ReportWorkbookWriter
        let folder: OutputFolder
        do {
            folder = try OutputFolder(outputs) {
                FileHandle.standardError.write(
                    Data("Một lần chạy khác đang ghi vào \(ConsoleSummary.relative(outputs.path)); đang chờ…\n".utf8))
            }
        } catch {
            let shown = ConsoleSummary.relative(outputs.path)
            throw Failure(.outputUnwritable(path: shown, reason: SystemWords.reason(error)), place: shown)
        }
        defer { folder.release() }
        do {
            writer = try ReportWorkbookWriter(
                path: workbookURL.path, mode: mode, plan: request.plan, period: period,
                example: found.folder.isExample, rowLimit: rowLimit)
        } catch {
            let shown = ConsoleSummary.relative(outputs.path)
            throw Failure(.outputUnwritable(path: shown, reason: SystemWords.reason(error)), place: shown)
        }
        let consolidated = try consolidate(surveyed, period: period, into: writer)
        progress?.begin(.writing)
        do {
            try writer.finish(report: consolidated.report, diagnostics: consolidated.diagnostics)
        } catch {
            let shown = ConsoleSummary.relative(workbookURL.path)
            throw Failure(.outputUnwritable(path: shown, reason: SystemWords.reason(error)), place: shown)
        }
        var result = outcome(found, surveyed, report: consolidated.report, diagnostics: consolidated.diagnostics)
        result.mode = mode
        result.workbook = workbookURL
        let narrativeURL = workbookURL.deletingPathExtension().appendingPathExtension("txt")
        do {
            try NarrativeText.write(Narrative(report: consolidated.report), to: narrativeURL)
            result.narrative = narrativeURL
        } catch {
            let shown = ConsoleSummary.relative(narrativeURL.path)
            throw Failure(.outputUnwritable(path: shown, reason: SystemWords.reason(error)), place: shown)
        }
        let feedback = outputs.appendingPathComponent("phan-hoi-\(period.code)\(suffix)")
        do {
            let written = try Feedback.write(diagnostics: consolidated.diagnostics, to: feedback)
            result.feedbackFolder = written.isEmpty ? nil : feedback
            result.feedbackUnits = written
        } catch {
            let shown = ConsoleSummary.relative(feedback.path)
            throw Failure(.outputUnwritable(path: shown, reason: SystemWords.reason(error)), place: shown)
        }
        return result
    }

    // MARK: The stages

    struct Found {
        let folder: InputFolder
    }

    /// Finds the files: which entries of the inputs folder are read, and why the others are not.
    func findFiles() throws -> Found {
        do {
            return Found(folder: try InputFolder(root: request.inputs))
        } catch InputFolderError.missing(let path) {
            let shown = ConsoleSummary.relative(path)
            throw Failure(.inputsMissing(path: shown), place: shown)
        }
    }

    struct Surveyed {
        let folder: InputFolder
        let surveys: [FileSurvey]
        let submissions: SubmissionSet
        /// The folder's, the surveys' and the submission set's diagnostics.
        let diagnostics: [Diagnostic]
    }

    /// The first pass over every file, and which submissions count.
    func survey(_ folder: InputFolder) -> Surveyed {
        var surveys: [FileSurvey] = []
        var notes: [Diagnostic] = []
        var fileDates: [String: SubmissionSet.FileDate] = [:]
        let files = folder.files
        progress?.begin(.reading, files: files.count)
        // Both cores: the files are surveyed turn about on two threads, each with
        // its own value cache (the caches only remember readings), and the
        // results taken back in path order, so nothing depends on which read what.
        typealias Found = (surveys: [FileSurvey], notes: [Diagnostic])
        func lane(_ first: Int, cache: ValueCache) -> [Found] {
            stride(from: first, to: files.count, by: 2).map { index in
                defer { progress?.fileDone() }
                return survey(files[index], cache: cache)
            }
        }
        let second = ThreadTask { lane(1, cache: ValueCache()) }
        second.start()
        let evens = lane(0, cache: cache)
        let odds = (try? second.wait()) ?? []
        let results = files.indices.map { $0.isMultiple(of: 2) ? evens[$0 / 2] : odds[$0 / 2] }
        for (file, result) in zip(files, results) {
            fileDates[file.path] = file.modified
            surveys += result.surveys
            notes += result.notes
        }
        let submissions = SubmissionSet(surveys: surveys, fileDates: fileDates)
        watch?(.surveyed)
        return Surveyed(
            folder: folder, surveys: surveys, submissions: submissions,
            diagnostics: folder.diagnostics + notes + surveys.flatMap(\.diagnostics) + submissions.diagnostics)
    }

    /// The period asked for, else the latest one the submissions report; nil
    /// when none is stated and none is `required`.
    func choosePeriod(_ surveyed: Surveyed, required: Bool) throws -> ReportingPeriod? {
        let plan = request.plan
        guard let period = request.period ?? surveyed.submissions.latestPeriod(calendar: plan.calendar) else {
            guard required else { return nil }
            throw Failure(surveyed.submissions.used.isEmpty ? .noSubmission : .noPeriod, place: request.inputs.path)
        }
        guard period.year == plan.year else {
            throw Failure(.periodOutsidePlan(period, planYear: plan.year), place: request.inputs.path)
        }
        return period
    }

    /// Reads every used file's rows, handing each accepted row to `accepted`
    /// and each problem to `diagnostic`; returns each file's account. A file
    /// changed or gone since it was surveyed is not read: its rows count as
    /// rejected, as the survey found them. One changed while it was read is
    /// said to be so.
    func readRows(
        _ surveyed: Surveyed, accepted: (SubmissionRow) throws -> Void, diagnostic: (Diagnostic) throws -> Void
    ) throws -> [String: FileAccount] {
        let files = Dictionary(uniqueKeysWithValues: surveyed.folder.files.map { ($0.path, $0) })
        var accounts: [String: FileAccount] = [:]
        var workbook: (path: String, input: WorkbookInput)?
        progress?.begin(.checking, files: Set(surveyed.submissions.used.map(\.survey.file)).count)
        // The file being read, its first submission's account, and whether it is read at all.
        var current: (file: InputFolder.File, entry: String, read: Bool)?
        func fileEnds() throws {
            guard let (file, entry, read) = current else { return }
            progress?.fileDone()
            guard read, let change = file.change(whileRead: true) else { return }
            accounts[entry, default: FileAccount()].errors += 1
            try diagnostic(Diagnostic(.fileChanged(change), file: file.path))
        }
        // The tests' watch, told of a file's first row; a test of nil per row otherwise.
        var rowSeen = watch == nil
        let watched: (SubmissionRow) throws -> Void = { row in
            if !rowSeen, let (file, _, _) = current {
                rowSeen = true
                watch?(.firstRow(file: file.path))
            }
            try accepted(row)
        }
        for entry in surveyed.submissions.entries {
            guard entry.isUsed, let file = files[entry.survey.file] else { continue }
            if current?.file.path != file.path {
                try fileEnds()
                let change = file.change()
                current = (file, entry.file, change == nil)
                rowSeen = watch == nil
                if let change { try diagnostic(Diagnostic(.fileChanged(change), file: file.path)) }
            }
            guard current?.read == true else {
                var account = FileAccount()
                account.unread = true
                if current?.entry == entry.file { account.errors = 1 }
                accounts[entry.file] = account
                continue
            }
            do {
                if let sheet = entry.survey.sheet {
                    if workbook?.path != file.path {
                        workbook = (file.path, try WorkbookInput(path: file.url.path, file: file.path))
                    }
                    guard let input = workbook?.input, let found = input.book.sheets.first(where: { $0.name == sheet }),
                        let rows = try input.rows(of: found)
                    else { continue }
                    accounts[entry.file] = try SubmissionReader.read(
                        rows: rows, survey: entry.survey, lookup: lookup, cache: cache, accepted: watched,
                        diagnostic: diagnostic)
                } else {
                    accounts[entry.file] = try SubmissionReader.read(
                        file: entry.file, source: FileByteSource(file), survey: entry.survey, lookup: lookup,
                        cache: cache, accepted: watched, diagnostic: diagnostic)
                }
            } catch let problem as WorkbookProblem {
                try diagnostic(Diagnostic(problem.rule, file: entry.survey.file, sheet: entry.survey.sheet))
            } catch let failure as InputFolderError {
                try diagnostic(
                    Diagnostic(.fileUnreadable(reason: SystemWords.reason(failure)), file: entry.survey.file))
            }
        }
        try fileEnds()
        return accounts
    }

    struct Consolidated {
        let report: ConsolidatedReport
        /// Every diagnostic of the run, in the order of their places.
        let diagnostics: [Diagnostic]
    }

    /// The second pass, consolidating as it reads: each accepted row goes on,
    /// complete, to `sink` (the workbook) the moment it is read.
    func consolidate(_ surveyed: Surveyed, period: ReportingPeriod, into sink: ReportWorkbookWriter?) throws
        -> Consolidated
    {
        guard let sink else { return try consolidate(surveyed, period: period, each: { _ in true }) }
        // Reading on one core while the workbook is written on the other.
        let queue = RowQueue()
        let reader = ThreadTask {
            defer { queue.finish() }
            var batch: [ConsolidatedRow] = []
            batch.reserveCapacity(Self.batchSize)
            let consolidated = try self.consolidate(surveyed, period: period) { row in
                batch.append(row)
                guard batch.count == Self.batchSize else { return true }
                defer { batch.removeAll(keepingCapacity: true) }
                return queue.push(batch)
            }
            if !batch.isEmpty { _ = queue.push(batch) }
            return consolidated
        }
        reader.start()
        do {
            while let batch = queue.pop() {
                for row in batch { try sink.append(row) }
            }
        } catch {
            queue.cancel()
            _ = try? reader.wait()
            let path = ConsoleSummary.relative(sink.path)
            throw Failure(.outputUnwritable(path: path, reason: SystemWords.reason(error)), place: path)
        }
        return try reader.wait()
    }

    /// Rows handed from the reader to the writer at a time.
    static let batchSize = 1024

    /// Consolidates every used file's rows, handing each on to `each` as it
    /// is consolidated; `each` returning false stops the reading.
    func consolidate(_ surveyed: Surveyed, period: ReportingPeriod, each: (ConsolidatedRow) -> Bool) throws
        -> Consolidated
    {
        var consolidator = Consolidator(plan: request.plan, period: period)
        let investmentRows = surveyed.submissions.used.filter { $0.survey.kind == .investment }
        consolidator.reserve(events: investmentRows.reduce(0) { $0 + $1.survey.dataRows })
        var diagnostics = surveyed.diagnostics
        var unshownRows = 0
        let accounts = try readRows(
            surveyed,
            accepted: { row in
                let consolidated = consolidator.add(row)
                diagnostics += consolidated.diagnostics
                unshownRows += 1
                if unshownRows == 4096 {
                    progress?.add(rows: unshownRows)
                    unshownRows = 0
                }
                guard each(consolidated) else { throw CancellationError() }
            }, diagnostic: { diagnostics.append($0) })
        progress?.add(rows: unshownRows)
        diagnostics.sort(by: Diagnostic.byPlace)
        return Consolidated(
            report: consolidator.report(submissions: surveyed.submissions, accounts: accounts),
            diagnostics: diagnostics)
    }

    func outcome(
        _ found: Found, _ surveyed: Surveyed, report: ConsolidatedReport? = nil, files: [FileLine]? = nil,
        diagnostics: [Diagnostic]
    ) -> Outcome {
        Outcome(
            period: report?.period, workbook: nil, narrative: nil, feedbackFolder: nil,
            isExample: found.folder.isExample,
            examplesLeftOut: found.folder.examplesLeftOut, skipped: found.folder.skipped,
            files: report?.files ?? files ?? [], diagnostics: diagnostics.sorted(by: Diagnostic.byPlace), mode: nil,
            report: report)
    }
}
