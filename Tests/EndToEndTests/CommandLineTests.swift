import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// The `khth` command as a user runs it, in the manner of swift-argument-parser's
/// own tests: each verb on a clean folder, a folder with errors, an empty
/// folder and a missing one, asserting the whole output and the exit status.
@Suite struct CommandLineTests {
    func run(_ arguments: [String], in directory: URL) throws -> CommandResult {
        try Command.run(khth, arguments, currentDirectory: directory.path, allowFailure: true)
    }

    /// The shipped examples copied in as if they were real submissions.
    func cleanFolder() throws -> URL {
        let root = try makeTemporaryDirectory("clean")
        try FileManager.default.copyItem(at: shippedExamples, to: root.appendingPathComponent("inputs"))
        return root
    }

    /// A folder mixing good files, broken files and a stray document, beside the examples.
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

    func emptyFolder() throws -> URL {
        let root = try makeTemporaryDirectory("empty")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        return root
    }

    // MARK: report

    @Test func reportOnACleanFolder() throws {
        let result = try run(["report"], in: cleanFolder())
        expect(
            result, status: 0,
            output: CleanFolder.summary + CleanFolder.problems(in: "") + """
                Bảng tổng hợp: outputs/bao-cao-KHTH-2023-Q1.xlsx
                Dự thảo báo cáo (văn bản): outputs/bao-cao-KHTH-2023-Q1.txt
                Phản hồi gửi đơn vị (QHXD, QLDT): outputs/phan-hoi-2023-Q1/

                """)
    }

    @Test func reportOnTheExamplesSaysTheyAreExamples() throws {
        let root = try makeTemporaryDirectory("examples")
        try FileManager.default.copyItem(at: shippedExamples, to: root.appendingPathComponent("inputs/_vi-du"))
        let result = try run(["report"], in: root)
        expect(
            result, status: 0,
            output: """
                LƯU Ý: thư mục đầu vào chỉ có tệp ví dụ (inputs/_vi-du) — bảng tổng hợp là DỮ LIỆU VÍ DỤ.

                """ + CleanFolder.summary + CleanFolder.problems(in: "_vi-du/") + """
                    Bảng tổng hợp: outputs/bao-cao-KHTH-2023-Q1-VI-DU.xlsx
                    Dự thảo báo cáo (văn bản): outputs/bao-cao-KHTH-2023-Q1-VI-DU.txt
                    Phản hồi gửi đơn vị (QHXD, QLDT): outputs/phan-hoi-2023-Q1-VI-DU/

                    """)
    }

    @Test func reportOnAFolderWithErrors() throws {
        let root = try mixedFolder()
        let result = try run(["report", "--period", "2023-Q1"], in: root)
        expect(
            result, status: 1,
            output: MixedFolder.summary + MixedFolder.problems + """
                Bảng tổng hợp: outputs/bao-cao-KHTH-2023-Q1.xlsx
                Dự thảo báo cáo (văn bản): outputs/bao-cao-KHTH-2023-Q1.txt
                Phản hồi gửi đơn vị (QLDT, VP): outputs/phan-hoi-2023-Q1/
                Có lỗi: các dòng, tệp lỗi không được tính vào bảng tổng hợp; xem sheet «Kiểm tra» và gửi phản hồi cho đơn vị.

                """)
        // Real files are present: the examples are left out of the workbook too.
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
        let feedback = try String(
            contentsOf: root.appendingPathComponent("outputs/phan-hoi-2023-Q1/QLDT.csv"), encoding: .utf8)
        #expect(feedback.contains("KCN Không Có"))
    }

    @Test func reportOnAnEmptyFolder() throws {
        let result = try run(["report"], in: emptyFolder())
        expect(
            result, status: 4,
            errors: """
                Lỗi [no-submission] Không có báo cáo nào đọc được trong thư mục đầu vào nên không xác định được kỳ báo cáo. \
                → Thêm tệp báo cáo của đơn vị vào thư mục đầu vào, hoặc chọn kỳ bằng PERIOD=2023-Q1.

                """)
    }

    @Test func reportOnAMissingFolder() throws {
        let result = try run(["report", "--inputs", "khong-co"], in: emptyFolder())
        expect(result, status: 4, errors: MissingFolder.errors)
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
        let required = "Lỗi [value-required] Ô «Kỳ báo cáo» đang để trống. → Điền «Kỳ báo cáo» cho dòng này."
        let problems = """
            Tệp: 2 tệp báo cáo — 2 dùng, 0 bị thay thế, 0 bị loại cả tệp.
            Dòng dữ liệu: 3 = 0 chấp nhận + 3 bị loại.
            Kiểm tra: 3 lỗi, 0 cảnh báo.
            Cần xem:
              TTR.csv: 1 dòng = 0 chấp nhận + 1 bị loại — dùng
                dòng 2, cột B (Kỳ báo cáo): \(required)
              VP.csv: 2 dòng = 0 chấp nhận + 2 bị loại — dùng
                dòng 2, cột B (Kỳ báo cáo): \(required)
                dòng 3, cột B (Kỳ báo cáo): \(required)
            Có lỗi: các dòng, tệp lỗi sẽ không được tính khi lập bảng tổng hợp.

            """
        expect(try run(["validate"], in: root), status: 1, output: problems)
        // An empty «Ngày gửi» column is told apart from a missing one.
        let all = try run(["validate", "--all"], in: root)
        #expect(
            all.lines.contains(
                "    cả tệp: Thông tin [sent-date-missing] Cột «Ngày gửi» để trống ở mọi dòng; ngày nhận được lấy theo ngày sửa tệp trên máy. → Ghi ngày gửi báo cáo vào cột «Ngày gửi»."
            ))
        #expect(
            all.lines.contains(
                "    cả tệp: Thông tin [sent-date-missing] Tệp không có cột «Ngày gửi»; ngày nhận được lấy theo ngày sửa tệp trên máy. → Nên dùng mẫu báo cáo có cột «Ngày gửi»."
            ))
        expect(
            try run(["report"], in: root), status: 4,
            errors: """
                Lỗi [no-period] Không xác định được kỳ báo cáo: các tệp đọc được đều để trống cột «Kỳ báo cáo». \
                → Điền kỳ báo cáo vào tệp, hoặc chọn kỳ bằng PERIOD=2023-Q1 (khi đó mọi dòng thiếu kỳ được báo lỗi).

                """)
        let chosen = try run(["report", "--period", "2023-Q1"], in: root)
        #expect(chosen.status == 1)
        #expect(chosen.lines.contains("Dòng dữ liệu: 3 = 0 chấp nhận + 3 bị loại."))
    }

    // MARK: validate

    @Test func validateOnACleanFolder() throws {
        let root = try cleanFolder()
        expect(try run(["validate"], in: root), status: 0, output: CleanFolder.summary + CleanFolder.problems(in: ""))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("outputs").path))
    }

    @Test func validateOnAFolderWithErrors() throws {
        let root = try mixedFolder()
        expect(
            try run(["validate"], in: root), status: 1,
            output: MixedFolder.summary + MixedFolder.problems
                + "Có lỗi: các dòng, tệp lỗi sẽ không được tính khi lập bảng tổng hợp.\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("outputs").path))
        // With --all, the notes too: what was skipped and why, the examples left out.
        let all = try run(["validate", "--all"], in: root)
        #expect(
            all.lines.contains(
                "  ghi-chu.docx: Thông tin [file-skipped] Bỏ qua tệp: không phải tệp báo cáo Excel hoặc CSV (.docx). → Không cần làm gì; chỉ các tệp .xlsx, .xlsm, .csv (và .txt, .tsv) được đọc."
            ))
        #expect(
            all.lines.contains(
                "  _vi-du: Thông tin [examples-ignored] Thư mục có tệp báo cáo thật nên 28 tệp ví dụ trong thư mục _vi-du không được đưa vào báo cáo. → Không cần làm gì. Muốn chạy thử với ví dụ, dùng thư mục riêng: make report INPUTS=inputs/_vi-du."
            ))
    }

    @Test func validateOnAnEmptyFolder() throws {
        expect(
            try run(["validate"], in: emptyFolder()), status: 0,
            output: "Không có tệp báo cáo nào trong thư mục đầu vào.\nKiểm tra: 0 lỗi, 0 cảnh báo.\n")
    }

    @Test func validateOnAMissingFolder() throws {
        expect(
            try run(["validate", "--inputs", "khong-co"], in: emptyFolder()), status: 4, errors: MissingFolder.errors)
    }

    // MARK: plan

    @Test func planIsWrittenOnceAndNotOverwritten() throws {
        let root = try emptyFolder()
        expect(
            try run(["plan", "--output", "kh.yaml"], in: root), status: 0,
            output: "Đã ghi kế hoạch ra «kh.yaml». Sửa tệp rồi chạy: make report PLAN=kh.yaml\n")
        #expect(try String(contentsOf: root.appendingPathComponent("kh.yaml"), encoding: .utf8) == Plan.defaultPlanText)
        expect(
            try run(["plan", "--output", "kh.yaml"], in: root), status: 4,
            errors: "Tệp «kh.yaml» đã có; thêm --force để ghi đè.\n")
        expect(
            try run(["plan", "--output", "khong-co/kh.yaml"], in: root), status: 4,
            errors: """
                Lỗi [output-unwritable] Không ghi được «khong-co/kh.yaml»: không có thư mục hoặc tệp này. \
                → Kiểm tra thư mục đầu ra có tồn tại, ghi được và còn chỗ trống; đóng bảng tổng hợp nếu đang mở trong Excel.

                """)
    }

    @Test func anEditedPlanChangesTheReport() throws {
        let root = try makeTemporaryDirectory("plan")
        try FileManager.default.copyItem(at: shippedExamples, to: root.appendingPathComponent("inputs/_vi-du"))
        #expect(try run(["plan", "--output", "ke-hoach-2023.yaml"], in: root).status == 0)
        let planFile = root.appendingPathComponent("ke-hoach-2023.yaml")
        let text = try String(contentsOf: planFile, encoding: .utf8)
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
        let fix = "Sửa tệp kế hoạch ở chỗ được chỉ ra (mở bằng Notepad, lưu dạng UTF-8), hoặc tạo lại bằng: make plan."
        expect(
            try run(["report", "--plan", "kh.yaml", "--inputs", shippedExamples.path], in: root), status: 3,
            errors:
                "kh.yaml:\(line):15: Lỗi [plan-invalid] Kế hoạch \"hai nghìn\" phải là một số, ví dụ 2000 hoặc 99,5. → \(fix)\n"
        )
        try Data([0xFF, 0xFE, 0x00]).write(to: root.appendingPathComponent("kh.yaml"))
        expect(
            try run(["validate", "--plan", "kh.yaml", "--inputs", shippedExamples.path], in: root), status: 3,
            errors:
                "kh.yaml: Lỗi [plan-unreadable] Không đọc được tệp kế hoạch (cần tệp văn bản UTF-8): tệp không phải văn bản UTF-8. → \(fix)\n"
        )
    }

    // MARK: templates

    @Test func templatesCannotBeWrittenWhereAFileIs() throws {
        let root = try emptyFolder()
        try Data().write(to: root.appendingPathComponent("mau"))
        expect(
            try run(["templates", "--output", "mau/2023"], in: root), status: 4,
            errors: """
                Lỗi [output-unwritable] Không ghi được «mau/2023»: một phần của đường dẫn là tệp, không phải thư mục. \
                → Kiểm tra thư mục đầu ra có tồn tại, ghi được và còn chỗ trống; đóng bảng tổng hợp nếu đang mở trong Excel.

                """)
    }

    // MARK: arguments

    @Test func argumentMistakesAreExplained() throws {
        let root = try emptyFolder()
        let usage = """
            Usage: khth report [--inputs <inputs>] [--period <period>] [--plan <plan>] [--all] [--outputs <outputs>] [--mode <mode>]
              See 'khth report --help' for more information.

            """
        expect(
            try run(["report", "--period", "Quý 5/2023"], in: root), status: 64,
            errors: "Error: Kỳ báo cáo «Quý 5/2023» không đọc được. Ví dụ: 2023-Q1, 2023-03, 2023-H1, 2023-9M, 2023.\n"
                + usage)
        expect(
            try run(["report", "--mode", "fast"], in: root), status: 64,
            errors: """
                Error: The value 'fast' is invalid for '--mode <mode>'. Please provide one of 'constant-memory' and 'normal'.
                Help:  --mode <mode>  Cách ghi bảng: constant-memory (ghi dần từng dòng, nhanh, bộ nhớ không tăng) hoặc normal (giữ cả bảng đến cuối để «Dự án» là một Excel Table; chỉ nên dùng cho đầu vào nhỏ).

                """ + usage)
    }

    @Test func feedbackFieldsAreQuotedAndInert() {
        #expect(CSVOutput.field("Hà Nội") == "\"Hà Nội\"")
        #expect(CSVOutput.field("Công ty \"ABC\", Ltd.") == "\"Công ty \"\"ABC\"\", Ltd.\"")
        #expect(CSVOutput.field("=SUM(A1)") == "\"'=SUM(A1)\"")
        #expect(CSVOutput.field("@x\"") == "\"'@x\"\"\"")
        #expect(CSVOutput.field("") == "\"\"")
    }
}

/// Compares a run's whole output and status; a mismatch shows both texts.
func expect(
    _ result: CommandResult, status: Int32, output: String = "", errors: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "status", sourceLocation: sourceLocation)
    #expect(
        result.output == output, "\n--- stdout\n\(result.output)--- expected\n\(output)", sourceLocation: sourceLocation
    )
    #expect(
        result.errors == errors, "\n--- stderr\n\(result.errors)--- expected\n\(errors)", sourceLocation: sourceLocation
    )
}

extension CommandResult {
    var lines: [String] { output.components(separatedBy: "\n") }
}

/// What the console says of the shipped examples read as real files.
enum CleanFolder {
    static let summary = """
        Kỳ báo cáo: Quý I/2023 (số liệu từ 15/12/2022 đến 14/03/2023).
        Tệp: 28 tệp báo cáo — 27 dùng, 1 bị thay thế, 0 bị loại cả tệp.
        Dòng dữ liệu: 101 = 87 chấp nhận + 0 bị loại + 14 không dùng (tệp bị thay thế).
        Nộp báo cáo: đã nhận 27/33 báo cáo phải nộp (23 đúng hạn, 4 trễ hạn); đơn vị chưa nộp đủ: VP (1), DNLD (1), TTR (2), TTXT (2).
        Kiểm tra: 0 lỗi, 4 cảnh báo.

        """
    /// The problems of the examples, whose paths start with `prefix`.
    static func problems(in prefix: String) -> String {
        """
        Cần xem:
          \(prefix)2023-03/QLDT_2023-03_du-an.csv: 8 dòng = 8 chấp nhận + 0 bị loại — dùng
            dòng 6: Cảnh báo [event-duplicate] Sự kiện GCNĐKĐT số 2143210987 (Cấp mới, ngày 02/02/2023) đã có ở tệp \(prefix)2023-02/QLDT_2023-02_du-an.csv dòng 3; chỉ tính một lần. → Không cần sửa nếu đúng là cùng một sự kiện; nếu là hai lần điều chỉnh khác nhau, kiểm tra lại ngày cấp.
            dòng 6, cột E (Ngày cấp): Cảnh báo [event-outside-window] Ngày cấp 02/02/2023 nằm ngoài khung số liệu của kỳ Tháng 3/2023 (15/02/2023 – 14/03/2023); sự kiện được tính theo ngày cấp vào tháng 2/2023. → Kiểm tra ngày cấp; báo cáo kỳ nào chỉ gồm sự kiện trong khung số liệu của kỳ đó.
            dòng 9, cột E (Ngày cấp): Cảnh báo [event-outside-window] Ngày cấp 15/03/2023 nằm ngoài khung số liệu của kỳ Tháng 3/2023 (15/02/2023 – 14/03/2023); sự kiện được tính theo ngày cấp vào tháng 4/2023. → Kiểm tra ngày cấp; báo cáo kỳ nào chỉ gồm sự kiện trong khung số liệu của kỳ đó.
          \(prefix)2023-Q1/QHXD_2023-Q1_tien-do.csv: 14 dòng = 0 chấp nhận + 0 bị loại + 14 không dùng — bị thay thế bởi \(prefix)2023-Q1/QHXD_2023-Q1_tien-do_sua.csv
            cả tệp: Cảnh báo [submission-superseded] Tệp bị thay thế bởi tệp \(prefix)2023-Q1/QHXD_2023-Q1_tien-do_sua.csv (gửi sau) cho cùng đơn vị QHXD, kỳ Quý I/2023, loại Tiến độ nhiệm vụ; 14 dòng của tệp này không được tính. → Nếu muốn dùng tệp kia, hãy chuyển tệp không dùng ra khỏi thư mục inputs.

        """
    }
}

/// What the console says of the mixed folder.
enum MixedFolder {
    static let summary = """
        Các tệp ví dụ (inputs/_vi-du) không được đưa vào vì thư mục có tệp báo cáo thật.
        Kỳ báo cáo: Quý I/2023 (số liệu từ 15/12/2022 đến 14/03/2023).
        Tệp: 3 tệp báo cáo — 2 dùng, 0 bị thay thế, 1 bị loại cả tệp.
          Không đọc 1 tệp khác: ghi-chu.docx.
        Dòng dữ liệu: 4 = 2 chấp nhận + 2 bị loại.
        Nộp báo cáo: đã nhận 2/33 báo cáo phải nộp (0 đúng hạn, 2 trễ hạn); đơn vị chưa nộp đủ: VP (3), QLDT (6), QHXD (5), TNMT (5), DNLD (4), TTR (4), TTXT (4).
        Kiểm tra: 3 lỗi, 0 cảnh báo.

        """
    static let problems = """
        Cần xem:
          QLDT/QLDT_2023-03_du-an.csv: 2 dòng = 1 chấp nhận + 1 bị loại — dùng
            dòng 3, cột I (Khu): Lỗi [zone-unknown] Khu «KCN Không Có» không có trong danh mục khu của kế hoạch. → Dùng tên khu trong danh mục của kế hoạch (xem sheet Chỉ tiêu, mục III.2), ví dụ «KCN VSIP Hải Phòng».
          TNMT_2023-Q1_chi-tieu.csv: 0 dòng = 0 chấp nhận + 0 bị loại — bị loại cả tệp
            cả tệp: Lỗi [file-xlsx] Tệp mang đuôi .csv nhưng là tệp nén (tệp Excel .xlsx hoặc bảng tính khác bị đổi đuôi), và không đọc được như tệp Excel. → Đề nghị đơn vị gửi lại tệp Excel gốc với đúng đuôi .xlsx, hoặc lưu thành «CSV UTF-8 (Comma delimited) (*.csv)».
          VP_2023-Q1.csv: 2 dòng = 1 chấp nhận + 1 bị loại — dùng
            dòng 3, cột J (Ngày hoàn thành): Lỗi [done-without-date] Tình trạng «Hoàn thành» nhưng chưa ghi Ngày hoàn thành. → Ghi Ngày hoàn thành (dd/mm/yyyy), hoặc sửa Tình trạng nếu chưa hoàn thành.

        """
}

enum MissingFolder {
    static let errors = """
        Lỗi [inputs-missing] Không tìm thấy thư mục đầu vào «khong-co». \
        → Tạo thư mục và đặt các tệp báo cáo của đơn vị vào đó, hoặc chỉ thư mục khác bằng INPUTS=…

        """
}
