import Foundation
import ReportCore
import ReportWorkbook

/// One run over the inputs: read every file twice (survey, then rows), decide
/// which submissions count, consolidate, and write the workbook and the
/// per-unit feedback. `validate` stops before writing.
public struct ReportRun {
    public struct Request: Sendable {
        public var inputs: URL
        public var outputs: URL
        public var period: ReportingPeriod?
        public var plan: Plan
        public var mode: WorkbookChoice
        /// Whether to write the workbook (false for `validate`).
        public var write: Bool

        public init(
            inputs: URL, outputs: URL, period: ReportingPeriod? = nil, plan: Plan = .default554,
            mode: WorkbookChoice = .automatic, write: Bool = true
        ) {
            self.inputs = inputs
            self.outputs = outputs
            self.period = period
            self.plan = plan
            self.mode = mode
            self.write = write
        }
    }

    /// How the workbook is held while written. Automatic: normal below
    /// `constantMemoryThreshold` bytes of input, constant memory above.
    public enum WorkbookChoice: Sendable { case automatic, normal, constantMemory }

    /// About 80,000 rows of a typical submission: below it a normal workbook
    /// (with an Excel table) costs little memory; above it memory must stay flat.
    public static let constantMemoryThreshold = 16 << 20

    public struct Outcome: Sendable {
        public var period: ReportingPeriod?
        public var workbook: URL?
        public var feedbackFolder: URL?
        public var isExample: Bool
        public var files: [FileLine]
        public var diagnostics: [Diagnostic]
        public var mode: ReportWorkbookWriter.Mode?
        public var report: ConsolidatedReport?

        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
        public var totals: FileAccount {
            files.reduce(into: FileAccount()) { total, file in
                let a = file.account
                total.dataRows += a.dataRows
                total.accepted += a.accepted
                total.rejected += a.rejected
                total.notUsed += a.notUsed
                total.blank += a.blank
            }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noSubmissions
        case noPeriod
        case periodOutsidePlan(ReportingPeriod, Int)
        case cannotWrite(String, Error)

        public var description: String {
            switch self {
            case .noSubmissions:
                "Không có báo cáo nào đọc được trong thư mục đầu vào nên không xác định được kỳ báo cáo. Chọn kỳ bằng PERIOD=2023-Q1 hoặc thêm tệp CSV."
            case .noPeriod:
                "Không xác định được kỳ báo cáo: các tệp đọc được đều để trống cột «Kỳ báo cáo». Điền kỳ báo cáo vào tệp, hoặc chọn kỳ bằng PERIOD=2023-Q1 (khi đó mọi dòng thiếu kỳ được báo lỗi)."
            case .periodOutsidePlan(let period, let year):
                "Kỳ \(period.label) không thuộc năm kế hoạch \(year)."
            case .cannotWrite(let path, let error): "Không ghi được «\(path)»: \(error)"
            }
        }
    }

    let request: Request
    let lookup: PlanLookup

    public init(_ request: Request) {
        self.request = request
        lookup = PlanLookup(plan: request.plan)
    }

    public func run() throws -> Outcome {
        let plan = request.plan
        let folder = try InputFolder(root: request.inputs)
        var diagnostics = folder.diagnostics
        var surveys: [FileSurvey] = []
        var fileDates: [String: SubmissionSet.FileDate] = [:]
        for file in folder.files {
            fileDates[file.path] = file.modified
            do {
                surveys.append(
                    try SubmissionReader.survey(file: file.path, source: FileByteSource(url: file.url), lookup: lookup))
            } catch {
                var survey = FileSurvey(file: file.path)
                survey.shape = .binary
                survey.diagnostics.append(Diagnostic(.fileUnreadable("\(error)"), file: file.path))
                surveys.append(survey)
            }
        }
        let submissions = SubmissionSet(surveys: surveys, fileDates: fileDates)
        diagnostics += surveys.flatMap(\.diagnostics) + submissions.diagnostics
        let urls = Dictionary(uniqueKeysWithValues: folder.files.map { ($0.path, $0.url) })
        /// Reads every used file's rows, handing accepted ones to `accepted`; returns the files' accounts.
        func readUsed(accepted: (SubmissionRow) throws -> Void) throws -> [String: FileAccount] {
            var accounts: [String: FileAccount] = [:]
            for entry in submissions.entries {
                guard entry.isUsed, let url = urls[entry.file] else { continue }
                accounts[entry.file] = try SubmissionReader.read(
                    file: entry.file, source: FileByteSource(url: url), survey: entry.survey, lookup: lookup,
                    accepted: accepted, diagnostic: { diagnostics.append($0) })
            }
            return accounts
        }
        guard let period = request.period ?? submissions.latestPeriod(calendar: plan.calendar) else {
            if request.write { throw submissions.used.isEmpty ? Failure.noSubmissions : Failure.noPeriod }
            // Nothing to consolidate, but every row is still checked and counted.
            let accounts = try readUsed(accepted: { _ in })
            return Outcome(
                period: nil, workbook: nil, feedbackFolder: nil, isExample: folder.isExample,
                files: fileLines(submissions, accounts: accounts),
                diagnostics: diagnostics.sorted(by: Diagnostic.byPlace))
        }
        guard period.year == plan.year else { throw Failure.periodOutsidePlan(period, plan.year) }

        let totalBytes = folder.files.reduce(0) { $0 + $1.size }
        let mode: ReportWorkbookWriter.Mode =
            switch request.mode {
            case .normal: .normal
            case .constantMemory: .constantMemory
            case .automatic: totalBytes > Self.constantMemoryThreshold ? .constantMemory : .normal
            }
        let name = "bao-cao-KHTH-\(period.code)" + (folder.isExample ? "-VI-DU" : "")
        let workbookURL = request.outputs.appendingPathComponent(name + ".xlsx")
        var writer: ReportWorkbookWriter?
        if request.write {
            try FileManager.default.createDirectory(at: request.outputs, withIntermediateDirectories: true)
            writer = try ReportWorkbookWriter(
                path: workbookURL.path, mode: mode, plan: plan, period: period,
                example: folder.isExample)
        }
        var consolidator = Consolidator(plan: plan, period: period)
        let accounts = try readUsed { row in
            if case .event(let event) = row {
                let (placement, found) = consolidator.add(event)
                diagnostics += found
                if placement.isCounted {
                    try writer?.appendProject(
                        event, placement: placement, countryName: consolidator.countryName(event.country))
                }
            } else {
                diagnostics += consolidator.add(row)
            }
            try writer?.append(row)
        }
        let report = consolidator.report(submissions: submissions, accounts: accounts)
        diagnostics.sort(by: Diagnostic.byPlace)
        let files = fileLines(submissions, accounts: accounts)
        var outcome = Outcome(
            period: period, workbook: nil, feedbackFolder: nil, isExample: folder.isExample,
            files: files, diagnostics: diagnostics, mode: mode, report: report)
        if let writer {
            do {
                try writer.finish(report: report, consolidator: consolidator, diagnostics: diagnostics, files: files)
            } catch {
                throw Failure.cannotWrite(workbookURL.path, error)
            }
            outcome.workbook = workbookURL
            outcome.feedbackFolder = try Feedback.write(
                diagnostics: diagnostics, units: plan.units.map(\.code),
                to: request.outputs.appendingPathComponent(
                    "phan-hoi-\(period.code)" + (folder.isExample ? "-VI-DU" : "")))
        }
        return outcome
    }

    /// Every file with its account; unusable and superseded files count their rows too.
    func fileLines(_ submissions: SubmissionSet, accounts: [String: FileAccount]) -> [FileLine] {
        submissions.entries.map { entry in
            var account = accounts[entry.file] ?? FileAccount()
            let survey = entry.survey
            let state: String
            if let newer = entry.supersededBy {
                account.dataRows = survey.dataRows
                account.blank = survey.blankRows
                account.notUsed = survey.dataRows
                state = "Bị thay thế bởi \(newer)"
            } else if !survey.isUsable {
                account.dataRows = survey.dataRows
                account.blank = survey.blankRows
                account.rejected = survey.dataRows
                state = "Bị loại cả tệp"
            } else {
                state =
                    entry.supersedes.isEmpty ? "Dùng" : "Dùng (thay thế \(entry.supersedes.joined(separator: ", ")))"
            }
            account.errors += survey.diagnostics.filter { $0.severity == .error }.count
            account.warnings += survey.diagnostics.filter { $0.severity == .warning }.count
            return FileLine(file: entry.file, survey: survey, account: account, received: entry.received, state: state)
        }
    }
}
