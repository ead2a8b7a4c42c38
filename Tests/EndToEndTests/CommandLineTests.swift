import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// The `khth` command as a user runs it: its words, files and exit status.
@Suite struct CommandLineTests {
    func run(_ arguments: [String], in directory: URL) throws -> CommandResult {
        try Command.run(khth, arguments, currentDirectory: directory.path, allowFailure: true)
    }

    /// A folder mixing good files, broken files and a stray document.
    func mixedFolder() throws -> URL {
        let root = try makeTemporaryDirectory("mixed")
        let inputs = root.appendingPathComponent("inputs")
        try write(
            taskHeader
                + "\r\nVP,Quý I/2023,II.7,Đang triển khai,30,\"=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",@SUM(A1),,,\r\nVP,Quý I/2023,II.9,Hoàn thành,100,,,,,\r\n",
            to: inputs.appendingPathComponent("VP_2023-Q1.csv"))
        try write(
            eventHeader
                + "\r\nQLDT,2023-03,111,Cấp mới,01/03/2023,Nhà máy A,Công ty A,Hàn Quốc,KCN VSIP,FDI,\"12,5\",triệu USD\r\n"
                + "QLDT,2023-03,112,Cấp mới,02/03/2023,Nhà máy B,Công ty B,Nhật Bản,KCN Không Có,FDI,10,triệu USD\r\n",
            to: inputs.appendingPathComponent("QLDT/QLDT_2023-03_du-an.csv"))
        try Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 200))
            .write(to: inputs.appendingPathComponent("TNMT_2023-Q1_chi-tieu.csv"))
        try Data("Báo cáo bằng Word".utf8).write(to: inputs.appendingPathComponent("ghi-chu.docx"))
        try FileManager.default.copyItem(at: shippedExamples, to: inputs.appendingPathComponent("_vi-du"))
        return root
    }

    @Test func aMixedFolderIsReportedAndExitsWithErrors() throws {
        let root = try mixedFolder()
        let result = try run(["report", "--period", "2023-Q1"], in: root)
        #expect(result.status == 1, "\(result.output)\(result.errors)")
        let output = result.output
        #expect(output.contains("Kỳ báo cáo: Quý I/2023"))
        #expect(output.contains("QLDT/QLDT_2023-03_du-an.csv:3:9: Lỗi [zone-unknown] Khu «KCN Không Có»"))
        #expect(output.contains("TNMT_2023-Q1_chi-tieu.csv: Lỗi [file-xlsx]"))
        #expect(output.contains("VP_2023-Q1.csv:3:10: Lỗi [done-without-date]"))
        #expect(output.contains("Dòng: 4 dòng dữ liệu = 2 chấp nhận + 2 bị loại + 0 không dùng"))
        #expect(output.contains("Bảng tổng hợp: outputs/bao-cao-KHTH-2023-Q1.xlsx"))
        // Real files are present: the examples are left out, and the console says so.
        #expect(!output.contains("DỮ LIỆU VÍ DỤ"))
        let workbook = try ReadWorkbook.read(root.appendingPathComponent("outputs/bao-cao-KHTH-2023-Q1.xlsx").path)
        let checks = try #require(workbook.sheet("Kiểm tra"))
        for code in ["zone-unknown", "file-xlsx", "done-without-date", "file-skipped", "examples-ignored"] {
            #expect(checks.texts().contains(code), "\(code)")
        }
        #expect(!(workbook.sheet("Tổng hợp")?.texts().contains { $0.hasPrefix("DỮ LIỆU VÍ DỤ") } ?? true))
        let data = try #require(workbook.sheet("Dữ liệu"))
        #expect(!data.texts().contains { $0.hasPrefix("_vi-du") })
        // Text that looks like a formula stays inert text.
        #expect(data.texts().contains("=HYPERLINK(\"http://x\",\"bấm\")"))
        #expect(data.texts().contains("@SUM(A1)"))
        #expect(data.formulas.isEmpty)
        #expect(output.contains("VP_2023-Q1.csv: 2 dòng = 1 chấp nhận + 1 bị loại — Dùng"))
        let feedback = try String(
            contentsOf: root.appendingPathComponent("outputs/phan-hoi-2023-Q1/QLDT.csv"), encoding: .utf8)
        #expect(feedback.contains("KCN Không Có"))
    }

    /// Files that never say their period: nothing to consolidate, but their rows
    /// are still checked and counted (they used to vanish from the account).
    @Test func rowsOfFilesWithoutAPeriodAreCheckedNotLost() throws {
        let root = try makeTemporaryDirectory("noperiod")
        let inputs = root.appendingPathComponent("inputs")
        try write(
            taskHeader
                + ",Ngày gửi\r\nVP,,II.7,Đang triển khai,30,,,,,,\r\nVP,,II.9,Hoàn thành,100,,,,,15/03/2023,\r\n",
            to: inputs.appendingPathComponent("VP.csv"))
        try write(
            taskHeader + "\r\nTTR,,II.9,Đang triển khai,50,,,,,\r\n", to: inputs.appendingPathComponent("TTR.csv"))
        let result = try run(["validate"], in: root)
        #expect(result.status == 1, "\(result.output)\(result.errors)")
        #expect(result.output.contains("Dòng: 3 dòng dữ liệu = 0 chấp nhận + 3 bị loại"))
        #expect(result.output.contains("VP.csv:2:2: Lỗi [value-required] Ô «Kỳ báo cáo» đang để trống."))
        #expect(result.output.contains("TTR.csv:2:2: Lỗi [value-required] Ô «Kỳ báo cáo» đang để trống."))
        // An empty «Ngày gửi» column is told apart from a missing one.
        #expect(result.output.contains("VP.csv: Thông tin [sent-date-missing] Cột «Ngày gửi» để trống ở mọi dòng;"))
        #expect(result.output.contains("TTR.csv: Thông tin [sent-date-missing] Tệp không có cột «Ngày gửi»;"))
        let report = try run(["report"], in: root)
        #expect(report.status == 4)
        #expect(
            report.errors.contains("Không xác định được kỳ báo cáo: các tệp đọc được đều để trống cột «Kỳ báo cáo»."))
        let chosen = try run(["report", "--period", "2023-Q1"], in: root)
        #expect(chosen.status == 1)
        #expect(chosen.output.contains("Dòng: 3 dòng dữ liệu = 0 chấp nhận + 3 bị loại"))
    }

    @Test func feedbackFieldsAreQuotedAndInert() {
        #expect(CSVOutput.field("Hà Nội") == "\"Hà Nội\"")
        #expect(CSVOutput.field("Công ty \"ABC\", Ltd.") == "\"Công ty \"\"ABC\"\", Ltd.\"")
        #expect(CSVOutput.field("=SUM(A1)") == "\"'=SUM(A1)\"")
        #expect(CSVOutput.field("@x\"") == "\"'@x\"\"\"")
        #expect(CSVOutput.field("") == "\"\"")
    }

    @Test func validateChecksWithoutWriting() throws {
        let root = try mixedFolder()
        let result = try run(["validate"], in: root)
        #expect(result.status == 1)
        #expect(result.output.contains("[zone-unknown]"))
        #expect(result.output.contains("[file-skipped] Bỏ qua tệp: không phải tệp CSV (.docx)"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("outputs").path))
        let clean = try run(["validate", "--inputs", shippedExamples.path], in: root)
        #expect(clean.status == 0, "\(clean.output)")
    }

    @Test func anEditedPlanChangesTheReport() throws {
        let root = try makeTemporaryDirectory("plan")
        try FileManager.default.copyItem(at: shippedExamples, to: root.appendingPathComponent("inputs/_vi-du"))
        let export = try run(["plan", "--output", "ke-hoach-2023.yaml"], in: root)
        #expect(export.status == 0)
        let planFile = root.appendingPathComponent("ke-hoach-2023.yaml")
        let text = try String(contentsOf: planFile, encoding: .utf8)
        #expect(text == Plan.defaultPlanText)
        try text.replacingOccurrences(of: "ke_hoach: 2000", with: "ke_hoach: 500").write(
            to: planFile, atomically: true, encoding: .utf8)
        let result = try run(["report", "--plan", "ke-hoach-2023.yaml"], in: root)
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        let summary = try #require(
            try ReadWorkbook.read(root.appendingPathComponent("outputs/bao-cao-KHTH-2023-Q1-VI-DU.xlsx").path).sheet(
                "Tổng hợp"))
        let fdi = try #require(summary.row(labelled: "III.1"))
        #expect(fdi[3]?.number == 500)
        #expect(abs((fdi[6]?.number ?? 0) - 581.4 / 500) < 1e-9)
        #expect(fdi[8]?.text == "Vượt")
    }

    @Test func aBrokenPlanFileIsReportedWhereItIs() throws {
        let root = try makeTemporaryDirectory("badplan")
        try Plan.defaultPlanText.replacingOccurrences(of: "ke_hoach: 2000", with: "ke_hoach: hai nghìn")
            .write(to: root.appendingPathComponent("kh.yaml"), atomically: true, encoding: .utf8)
        let line = Plan.defaultPlanText.components(separatedBy: "\n").firstIndex { $0.contains("ke_hoach: 2000") }! + 1
        let result = try run(["report", "--plan", "kh.yaml", "--inputs", shippedExamples.path], in: root)
        #expect(result.status == 3)
        #expect(result.errors.contains("kh.yaml:\(line):15: Kế hoạch \"hai nghìn\" phải là một số"), "\(result.errors)")
    }

    @Test func argumentMistakesAreExplained() throws {
        let root = try makeTemporaryDirectory("args")
        let period = try run(["report", "--period", "Quý 5/2023"], in: root)
        #expect(period.status == 64)
        #expect(period.errors.contains("Kỳ báo cáo «Quý 5/2023» không đọc được"))
        let missing = try run(["report", "--inputs", "khong-co"], in: root)
        #expect(missing.status == 4)
        #expect(missing.errors.contains("Không tìm thấy thư mục đầu vào"))
    }
}
