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
        subcommands: [Report.self, Validate.self, ExportPlan.self, Templates.self],
        defaultSubcommand: Report.self)
}

/// Exit statuses with a meaning, for scripts and the Makefile.
enum Status {
    /// The inputs had errors (lỗi): the report was still written without them.
    static let inputErrors = ExitCode(1)
    /// The plan file cannot be used.
    static let planError = ExitCode(3)
    /// Nothing could be read or written (missing folder, no submissions, disk).
    static let runFailure = ExitCode(4)
}

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục chứa các tệp CSV của đơn vị.")
    var inputs = "inputs"

    @Option(
        name: .long,
        help: "Kỳ báo cáo, ví dụ 2023-Q1, 2023-03, 2023-H1, 2023-9M, 2023 (mặc định: kỳ mới nhất có báo cáo).")
    var period: String?

    @OptionGroup var plan: PlanOption

    @Flag(name: .long, help: "In mọi thông báo, kể cả thông tin.")
    var all = false

    func validate() throws {
        if let period, ReportingPeriod(parsing: period) == nil {
            throw ValidationError(
                "Kỳ báo cáo «\(period)» không đọc được. Ví dụ: 2023-Q1, 2023-03, 2023-H1, 2023-9M, 2023.")
        }
    }

    var reportingPeriod: ReportingPeriod? { period.flatMap(ReportingPeriod.init(parsing:)) }

    func loadPlan() throws -> Plan { try plan.load() }
}

/// `--plan`: an edited plan instead of the embedded 554/KH-BQL.
struct PlanOption: ParsableArguments {
    @Option(name: .long, help: "Tệp kế hoạch (YAML) thay cho Kế hoạch 554/KH-BQL có sẵn; tạo bằng lệnh `khth plan`.")
    var plan: String?

    /// The plan to use; one that cannot be read ends the run with a message.
    func load() throws -> Plan {
        guard let plan else { return .default554 }
        let text: String
        do {
            text = try String(contentsOfFile: plan, encoding: .utf8)
        } catch {
            printError("Không đọc được tệp kế hoạch «\(plan)» (cần tệp văn bản UTF-8): \(error.localizedDescription)")
            throw Status.planError
        }
        do {
            return try PlanFile.parse(text, file: plan)
        } catch {
            printError("Tệp kế hoạch có lỗi — \(error)")
            throw Status.planError
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

extension ReportRun.Outcome {
    var exitCode: ExitCode { errors > 0 ? Status.inputErrors : .success }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Đọc các tệp CSV, kiểm tra, tổng hợp và ghi bảng tổng hợp (.xlsx).",
        discussion: "Thoát với mã 1 nếu đầu vào có lỗi (bảng vẫn được ghi, không tính các dòng lỗi).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Thư mục ghi bảng tổng hợp và phản hồi cho đơn vị.")
    var outputs = "outputs"

    @Option(name: .long, help: "Cách ghi bảng: automatic, normal hoặc constant-memory (cho đầu vào rất lớn).")
    var mode = "automatic"

    func validate() throws {
        guard ["automatic", "normal", "constant-memory"].contains(mode) else {
            throw ValidationError("--mode phải là automatic, normal hoặc constant-memory.")
        }
    }

    func run() throws {
        let plan = try common.loadPlan()
        let choice: ReportRun.WorkbookChoice =
            mode == "normal" ? .normal : mode == "constant-memory" ? .constantMemory : .automatic
        let request = ReportRun.Request(
            inputs: URL(fileURLWithPath: common.inputs), outputs: URL(fileURLWithPath: outputs),
            period: common.reportingPeriod, plan: plan, mode: choice, write: true)
        let outcome: ReportRun.Outcome
        do {
            outcome = try ReportRun(request).run()
        } catch {
            printError("Không lập được bảng tổng hợp: \(error)")
            throw Status.runFailure
        }
        for line in ConsoleSummary.lines(outcome, showAll: common.all) { print(line) }
        throw outcome.exitCode
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Chỉ kiểm tra các tệp CSV (không ghi bảng tổng hợp); in mọi lỗi, cảnh báo.",
        discussion: "Thoát với mã 1 nếu có lỗi.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let plan = try common.loadPlan()
        let request = ReportRun.Request(
            inputs: URL(fileURLWithPath: common.inputs), outputs: URL(fileURLWithPath: "."),
            period: common.reportingPeriod, plan: plan, write: false)
        let outcome: ReportRun.Outcome
        do {
            outcome = try ReportRun(request).run()
        } catch {
            printError("Không kiểm tra được: \(error)")
            throw Status.runFailure
        }
        for line in ConsoleSummary.lines(outcome, showAll: true) { print(line) }
        throw outcome.exitCode
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
            printError("Không ghi được «\(output)»: \(error.localizedDescription)")
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
            printError("Không ghi được mẫu vào «\(output)»: \(error)")
            throw Status.runFailure
        }
        print("Đã ghi mẫu báo cáo vào «\(output)»:")
        for template in templates {
            let rows = template.rows.isEmpty ? "" : " (\(template.rows.count) dòng có sẵn mã)"
            print(
                "  \(template.unit.code) — \(template.kind.label)\(rows): \(template.fileStem).csv, \(template.fileStem).xlsx"
            )
        }
        print("Đơn vị điền mẫu, lưu thành «CSV UTF-8» rồi gửi lại; đặt các tệp nhận được vào thư mục inputs.")
    }
}
