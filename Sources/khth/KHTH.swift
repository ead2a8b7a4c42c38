import ArgumentParser
import Foundation
import ReportApp
import ReportCore

/// `khth`: the consolidation tool of the General Planning Department.
@main
struct KHTH: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khth",
        abstract: "Tổng hợp báo cáo tiến độ thực hiện kế hoạch năm của Ban Quản lý Khu kinh tế Hải Phòng.",
        discussion: Status.help,
        subcommands: [Report.self, Validate.self, ExportPlan.self, Templates.self],
        defaultSubcommand: Report.self)
}

/// Exit statuses with a meaning, for scripts and the Makefile (README, "Mã thoát").
enum Status {
    /// The inputs had errors (lỗi): the report was still written without them.
    static let inputErrors = ExitCode(1)
    /// The plan file cannot be used.
    static let planError = ExitCode(3)
    /// The inputs could not be read, or the outputs not written.
    static let runFailure = ExitCode(4)

    static let help = """
        Mã thoát: 0 — không có lỗi (có thể có cảnh báo); 1 — đầu vào có lỗi; 3 — tệp kế hoạch có lỗi; \
        4 — không đọc được đầu vào hoặc không ghi được kết quả; 64 — lệnh gõ sai.
        """
}

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục chứa các tệp báo cáo của đơn vị.")
    var inputs = "inputs"

    @Option(
        name: .long,
        help: "Kỳ báo cáo, ví dụ 2023-Q1, 2023-03, 2023-H1, 2023-9M, 2023 (mặc định: kỳ mới nhất có báo cáo).")
    var period: String?

    @OptionGroup var plan: PlanOption

    @Flag(name: .long, help: "Liệt kê mọi tệp và mọi thông báo, kể cả thông tin.")
    var all = false

    func validate() throws {
        if let period, ReportingPeriod(parsing: period) == nil {
            throw ValidationError(
                "Kỳ báo cáo «\(period)» không đọc được. Ví dụ: 2023-Q1, 2023-03, 2023-H1, 2023-9M, 2023.")
        }
    }

    func request() throws -> ReportRun.Request {
        ReportRun.Request(
            inputs: URL(fileURLWithPath: inputs), period: period.flatMap(ReportingPeriod.init(parsing:)),
            plan: try plan.load())
    }

    /// Runs one verb of the pipeline and prints what the console shows of it.
    func run(_ verb: ConsoleSummary.Verb, _ body: (ReportRun) throws -> ReportRun.Outcome) throws {
        let outcome: ReportRun.Outcome
        var run = ReportRun(try request())
        run.progress = ProgressLine.onTerminal()
        defer { run.progress?.finish() }
        do {
            outcome = try body(run)
            run.progress?.finish()
        } catch let failure as ReportRun.Failure {
            run.progress?.finish()
            printError(ConsoleSummary(verb: verb).failure(failure.diagnostic))
            throw Status.runFailure
        }
        let console = ConsoleSummary(verb: verb, showAll: all, colour: ConsoleSummary.terminalHasColour)
        for line in console.lines(outcome) { print(line) }
        throw outcome.errors > 0 ? Status.inputErrors : ExitCode.success
    }
}

/// `--plan`: an edited plan instead of the embedded 554/KH-BQL.
struct PlanOption: ParsableArguments {
    @Option(name: .long, help: "Tệp kế hoạch (YAML) thay cho Kế hoạch 554/KH-BQL có sẵn; tạo bằng lệnh `khth plan`.")
    var plan: String?

    /// The plan to use; one that cannot be read ends the run with its problem.
    func load() throws -> Plan {
        guard let plan else { return .default554 }
        do {
            return try PlanFiles.load(plan)
        } catch {
            printError(ConsoleSummary(verb: .report).line(error.diagnostic))
            throw Status.planError
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Đọc các tệp báo cáo, kiểm tra, tổng hợp và ghi bảng tổng hợp (.xlsx).",
        discussion: "Bảng vẫn được ghi khi đầu vào có lỗi, không tính các dòng lỗi. " + Status.help)

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case constantMemory = "constant-memory"
        case normal

        var choice: ReportRun.WorkbookChoice {
            switch self {
            case .normal: .normal
            case .constantMemory: .constantMemory
            }
        }
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Thư mục ghi bảng tổng hợp và phản hồi cho đơn vị.")
    var outputs = "outputs"

    @Option(
        name: .long,
        help:
            "Cách ghi bảng: constant-memory (ghi dần từng dòng, nhanh, bộ nhớ không tăng) hoặc normal (giữ cả bảng đến cuối để «Dự án» là một Excel Table; chỉ nên dùng cho đầu vào nhỏ)."
    )
    var mode = Mode.constantMemory

    func run() throws {
        try common.run(.report) { try $0.report(to: URL(fileURLWithPath: outputs), mode: mode.choice) }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Chỉ kiểm tra các tệp báo cáo (không ghi bảng tổng hợp); in mọi lỗi, cảnh báo.",
        discussion: Status.help)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try common.run(.validate) { try $0.validate() }
    }
}

struct ExportPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Xuất kế hoạch có sẵn (554/KH-BQL) ra tệp YAML để sửa cho năm sau.")

    @Option(name: .shortAndLong, help: "Tệp sẽ ghi.")
    var output = "ke-hoach-554-KH-BQL.yaml"

    @Flag(name: .long, help: "Ghi đè nếu tệp đã có.")
    var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: output) && !force {
            printError("Tệp «\(output)» đã có; thêm --force để ghi đè.")
            throw Status.runFailure
        }
        do {
            try Data(Plan.defaultPlanText.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            let problem = Diagnostic(.outputUnwritable(path: output, reason: SystemWords.reason(error)), file: output)
            printError(ConsoleSummary(verb: .report).failure(problem))
            throw Status.runFailure
        }
        print("Đã ghi kế hoạch ra «\(output)». Sửa tệp rồi chạy: make report PLAN=\(output)")
    }
}

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Tạo mẫu báo cáo trống cho từng đơn vị: tệp CSV và tệp Excel có danh sách chọn.")

    @Option(name: .shortAndLong, help: "Thư mục sẽ ghi các mẫu (tệp cùng tên được ghi đè).")
    var output = "outputs/mau-bao-cao"

    @OptionGroup var plan: PlanOption

    func run() throws {
        let plan = try self.plan.load()
        let templates: [SubmissionTemplate]
        do {
            templates = try TemplateFiles.write(plan: plan, to: URL(fileURLWithPath: output))
        } catch {
            let problem = Diagnostic(.outputUnwritable(path: output, reason: SystemWords.reason(error)), file: output)
            printError(ConsoleSummary(verb: .report).failure(problem))
            throw Status.runFailure
        }
        print("Đã ghi mẫu báo cáo vào «\(output)»:")
        for template in templates {
            let rows = template.rows.isEmpty ? "" : " (\(template.rows.count) dòng có sẵn mã)"
            print(
                "  \(template.unit.code) — \(template.kind.label)\(rows): \(template.fileStem).csv, \(template.fileStem).xlsx"
            )
        }
        print("Đơn vị điền mẫu rồi gửi lại chính tệp Excel (hoặc tệp CSV); đặt các tệp nhận được vào thư mục inputs.")
    }
}
