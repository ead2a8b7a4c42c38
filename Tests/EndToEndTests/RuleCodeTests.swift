import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// The vocabulary of problems: every code listed once, named as its rule's
/// case is, and each made to fire by a fixture — rows, files, folders, the
/// plan file and the run alike.
@Suite struct RuleCodeTests {
    @Test func everyCodeIsListedOnceAndNamedAsItsCase() {
        let codes = Rule.Code.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in Rule.Code.allCases {
            #expect(Self.normalized("\(code)") == Self.normalized(code.rawValue), "\(code)")
        }
    }

    @Test func everyCodeHasAFixture() {
        let missing = Rule.Code.allCases.filter { CodeFixture.find($0.rawValue) == nil }
        #expect(missing.isEmpty, "no fixture for \(missing.map(\.rawValue))")
    }

    @Test(arguments: Rule.Code.allCases)
    func everyCodeFires(_ code: Rule.Code) throws {
        let fixture = try #require(CodeFixture.find(code.rawValue))
        let root = try makeTemporaryDirectory("code")
        let inputs = root.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try fixture.setup(inputs)
        let found = try fixture.run.diagnostics(root: root, inputs: inputs)
        let fired = try #require(found.first { $0.code == code }, "\(code.rawValue): \(found)")
        // The rule that fired is the case of the same name: a test can ask which one it was.
        let caseName = String(describing: fired.rule).prefix { $0 != "(" }
        #expect(Self.normalized(String(caseName)) == Self.normalized(code.rawValue))
        #expect(!fired.message.isEmpty)
        #expect(fired.severity == code.severity)
    }

    @Test func aPlanFileThatIsNotTextFiresFromTheCommandLine() throws {
        let root = try makeTemporaryDirectory("plan-bytes")
        try Data([0xFF, 0xFE, 0x00]).write(to: root.appendingPathComponent("kh.yaml"))
        let result = try Command.run(
            khth, ["validate", "--plan", "kh.yaml", "--inputs", shippedExamples.path], currentDirectory: root.path,
            allowFailure: true)
        #expect(result.status == 3)
        #expect(result.errors.hasPrefix("kh.yaml: Lỗi [\(Rule.Code.planUnreadable.rawValue)] "))
    }

    static func normalized(_ name: String) -> String { name.lowercased().filter { $0 != "-" } }
}

/// A setting in which one rule fires.
struct CodeFixture: Sendable {
    let code: String
    /// Fills the (empty) inputs folder.
    let setup: @Sendable (URL) throws -> Void
    let run: Run

    enum Run: Sendable {
        /// `validate`, with the period given if any.
        case validate(period: String? = nil)
        /// `report` into `outputs` under the run's folder.
        case report(outputs: String = "outputs")
        /// `validate` over a folder that is not there.
        case missingInputs
        /// `validate`, with each file appended to once the survey has read it.
        case changedAfterSurvey
        /// The plan reader over this text.
        case plan(String)
        /// The plan file of that name in the run's folder, as `--plan` loads it.
        case planFile(String)

        func diagnostics(root: URL, inputs: URL) throws -> [Diagnostic] {
            do {
                switch self {
                case .validate(let period):
                    return try ReportRun(.init(inputs: inputs, period: period.flatMap(ReportingPeriod.init(parsing:))))
                        .validate().diagnostics
                case .report(let outputs):
                    return try ReportRun(.init(inputs: inputs)).report(to: root.appendingPathComponent(outputs))
                        .diagnostics
                case .missingInputs:
                    return try ReportRun(.init(inputs: root.appendingPathComponent("khong-co"))).validate().diagnostics
                case .changedAfterSurvey:
                    var run = ReportRun(.init(inputs: inputs))
                    run.watch = { moment in
                        guard case .surveyed = moment else { return }
                        for name in (try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? [] {
                            let handle = FileHandle(forWritingAtPath: inputs.appendingPathComponent(name).path)
                            _ = try? handle?.seekToEnd()
                            try? handle?.write(contentsOf: Data(CodeFixture.goodTask.utf8))
                            try? handle?.close()
                        }
                    }
                    return try run.validate().diagnostics
                case .plan(let text):
                    do {
                        _ = try PlanFile.parse(text, file: "kh.yaml")
                        return []
                    } catch {
                        return [error.diagnostic]
                    }
                case .planFile(let name):
                    do {
                        _ = try PlanFiles.load(root.appendingPathComponent(name).path)
                        return []
                    } catch {
                        return [error.diagnostic]
                    }
                }
            } catch let failure as ReportRun.Failure {
                return [failure.diagnostic]
            }
        }
    }

    static func find(_ code: String) -> CodeFixture? {
        if let row = RowRuleFixture.rows.first(where: { $0.code == code }) {
            return CodeFixture(code: code, setup: { try file($0, "don-vi.csv", row.text) }, run: .validate())
        }
        return all.first { $0.code == code }
    }

    static let task = Headers.task
    static let event = Headers.event
    static let goodTask = "VP,2023-03,II.7,Đang triển khai,10,,,,,"
    static let goodEvent = "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,12,triệu USD"

    /// A CSV file as Excel's "CSV UTF-8" writes it.
    static func file(_ folder: URL, _ name: String, _ text: String) throws {
        try bytes(folder, name, Array(("\u{FEFF}" + text).utf8))
    }

    static func bytes(_ folder: URL, _ name: String, _ content: [UInt8]) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content).write(to: url)
    }

    static func csv(_ lines: String...) -> String { lines.joined(separator: "\r\n") + "\r\n" }

    static func link(_ folder: URL, _ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
    }

    static func one(_ code: String, _ text: String, run: Run = .validate()) -> CodeFixture {
        CodeFixture(code: code, setup: { try file($0, "VP.csv", text) }, run: run)
    }

    static func raw(_ code: String, _ content: [UInt8]) -> CodeFixture {
        CodeFixture(code: code, setup: { try bytes($0, "VP.csv", content) }, run: .validate())
    }

    static let all: [CodeFixture] = files + workbooks + headers + rows + submissions + planAndRun

    /// A workbook written by openpyxl: `ws` is its first sheet, `header` and
    /// `row` (Python lists) the task template's header and a good row.
    static func book(_ folder: URL, _ name: String, _ body: String) throws {
        let cells = { (line: String) in
            "["
                + line.split(separator: ",", omittingEmptySubsequences: false).map { "\"\($0)\"" }
                .joined(separator: ",") + "]"
        }
        _ = try Python.run(
            script: """
                import sys, openpyxl
                wb = openpyxl.Workbook()
                ws = wb.active
                ws.title = "Tiến độ"
                header = \(cells(Headers.task.replacingOccurrences(of: "\"", with: "")
                    .replacingOccurrences(of: "Khó khăn, vướng mắc", with: "Khó khăn vướng mắc")
                    .replacingOccurrences(of: "Đề xuất, kiến nghị", with: "Đề xuất kiến nghị")))
                row = \(cells(goodTask))
                row[4] = 10
                \(body)
                wb.save(sys.argv[1])
                """, arguments: [folder.appendingPathComponent(name).path])
    }

    static let plainBook = "ws.append(header)\nws.append(row)"

    static let workbooks: [CodeFixture] = [
        CodeFixture(code: "file-renamed-workbook", setup: { try book($0, "VP.csv", plainBook) }, run: .validate()),
        CodeFixture(
            code: "workbook-encrypted",
            setup: {
                try FileManager.default.copyItem(
                    at: repository.appendingPathComponent("Tests/XlsxReaderTests/Fixtures/encrypted.xlsx"),
                    to: $0.appendingPathComponent("VP.xlsx"))
            }, run: .validate()),
        CodeFixture(
            code: "workbook-unreadable", setup: { try bytes($0, "VP.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0]) },
            run: .validate()),
        CodeFixture(code: "workbook-not-xlsx", setup: { try bytes($0, "VP.ods", Array("PK".utf8)) }, run: .validate()),
        CodeFixture(code: "workbook-macros", setup: { try book($0, "VP.xlsm", plainBook) }, run: .validate()),
        CodeFixture(
            code: "workbook-no-submission",
            setup: { try book($0, "VP.xlsx", "ws.append(['Họ tên', 'Ngày sinh'])\nws.append(['A', 'B'])") },
            run: .validate()),
        CodeFixture(
            code: "sheet-skipped",
            setup: {
                try book(
                    $0, "VP.xlsx", plainBook + "\nlists = wb.create_sheet('Danh mục')\nlists.sheet_state = 'hidden'")
            },
            run: .validate()),
        CodeFixture(
            code: "row-hidden",
            setup: { try book($0, "VP.xlsx", plainBook + "\nws.row_dimensions[2].hidden = True") }, run: .validate()),
        CodeFixture(
            code: "formula-uncached",
            setup: { try book($0, "VP.xlsx", "row[4] = '=5*2'\n" + plainBook) }, run: .validate()),
        CodeFixture(
            code: "cell-outside-table",
            setup: { try book($0, "VP.xlsx", "ws.append(header)\nws.append(row + ['', '', 'ghi thêm'])") },
            run: .validate()),
    ]

    static let files: [CodeFixture] = [
        raw("file-empty", []),
        raw("file-xlsx", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x41, count: 100)),
        raw("file-xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]),
        raw("file-pdf", Array("%PDF-1.7\n%âãÏÓ".utf8)),
        raw("file-binary", [0x00, 0x01, 0x02, 0x03, 0x00, 0xFF, 0x10, 0x11, 0x12, 0x00, 0x7F, 0x00]),
        // Reading the process's own memory from its start fails (EIO), even for root.
        CodeFixture(code: "file-unreadable", setup: { try link($0, "VP.csv", to: "/proc/self/mem") }, run: .validate()),
        CodeFixture(
            code: "file-changed", setup: { try file($0, "VP.csv", csv(task, goodTask)) }, run: .changedAfterSurvey),
        CodeFixture(
            code: "file-skipped", setup: { try bytes($0, "ghi-chu.docx", Array("Word".utf8)) }, run: .validate()),
        CodeFixture(
            code: "file-link-broken", setup: { try link($0, "TNMT.csv", to: "../khong-co/TNMT.csv") },
            run: .validate()),
        CodeFixture(
            code: "file-link-loop",
            setup: { folder in
                try link(folder, "a.csv", to: "b.csv")
                try link(folder, "b.csv", to: "a.csv")
            }, run: .validate()),
        CodeFixture(
            code: "file-not-regular", setup: { _ = mkfifo($0.appendingPathComponent("VP.csv").path, 0o644) },
            run: .validate()),
        CodeFixture(
            code: "folder-named-like-file",
            setup: {
                try FileManager.default.createDirectory(
                    at: $0.appendingPathComponent("VP.csv"), withIntermediateDirectories: true)
            }, run: .validate()),
        CodeFixture(
            code: "folder-too-deep",
            setup: {
                let deep = (0..<70).map { _ in "d" }.joined(separator: "/")
                try file($0, deep + "/VP.csv", csv(task, goodTask))
            }, run: .validate()),
        // "Hải Phòng, Việt Nam" in TCVN3 (ABC): ả = 0xB6, ò = 0xDF, ệ = 0xD6.
        raw(
            "encoding-tcvn3",
            Array("QLDT,H".utf8) + [0xB6] + Array("i Ph".utf8) + [0xDF] + Array("ng Vi".utf8) + [0xD6]
                + Array("t Nam\r\n".utf8)),
        // The same in VNI: a mark byte after each ASCII vowel.
        raw(
            "encoding-vni",
            Array("QLDT,Ha".utf8) + [0xFB] + Array("i Pho".utf8) + [0xF8] + Array("ng Vie".utf8) + [0xE4]
                + Array("t Nam\r\n".utf8)),
        raw("encoding-unknown", Array("QLDT,Hx".utf8) + [0x81] + Array("x ".utf8) + [0x8D] + Array("yz\r\n".utf8)),
        raw(
            "encoding-letters-lost",
            Array(
                (csv(task, goodTask).data(using: .windowsCP1252, allowLossyConversion: true)) ?? Data())),
        one(
            "text-letters-lost",
            csv(
                "Ma don vi,Ky bao cao,Ma nhiem vu,Tinh trang,Ty le hoan thanh,Ket qua thuc hien",
                "VP,2023-03,II.7,Dang trien khai,10,K?t qu? t?t")),
        CodeFixture(
            code: "examples-ignored",
            setup: { folder in
                try file(folder, "VP.csv", csv(task, goodTask))
                try file(folder, "_vi-du/TTR.csv", csv(task, "TTR,2023-03,II.9,Đang triển khai,10,,,,,"))
            }, run: .validate()),
    ]

    static let headers: [CodeFixture] = [
        one("kind-unknown", csv("Họ tên,Ngày sinh", "Nguyễn Văn A,01/01/1990")),
        one("missing-column", csv("Mã đơn vị,Mã nhiệm vụ,Tình trạng", "VP,II.7,Đang triển khai")),
        one(
            "missing-optional-column",
            csv("Mã đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng", "VP,2023-03,II.7,Đang triển khai")),
        one("unknown-column", csv(task + ",Cột lạ", goodTask + ",x")),
        one("duplicate-column", csv(task + ",Mã nhiệm vụ", goodTask + ",II.8")),
        one("preamble-skipped", csv("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", task, goodTask)),
        one("no-data-rows", csv(task)),
        one("numbering-row-skipped", csv(task, "(1),(2),(3),(4),(5),(6),(7),(8),(9),(10)", goodTask)),
        one("total-row-skipped", csv(event, goodEvent, "Tổng cộng,,,,,,,,,,12,")),
        one("header-repeated-skipped", csv(task, goodTask, task, "VP,2023-03,II.9,Đang triển khai,20,,,,,")),
        one("signature-skipped", csv(task, goodTask, "Người lập biểu,,,,,THỦ TRƯỞNG ĐƠN VỊ,,,,")),
        one("section-row-skipped", csv("STT," + event, "I,,,,,,KCN VSIP Hải Phòng,,,,,,", "1," + goodEvent)),
    ]

    static let rows: [CodeFixture] = [
        one("csv-unclosed-quote", csv(task, "VP,2023-03,II.7,\"Đang triển khai,10,,,,,")),
        raw(
            "encoding-invalid-bytes",
            Array(("\u{FEFF}" + task + "\r\nVP,2023-03,II.7,Đang triển khai,10,K").utf8) + [0xFF]
                + Array("t,,,,\r\n".utf8)),
        one(
            "cell-too-long",
            csv(task, "VP,2023-03,II.7,Đang triển khai,10," + String(repeating: "x", count: 33_000) + ",,,,")),
        one(
            "line-too-long",
            csv(task, "VP,2023-03,II.7,Đang triển khai,10," + String(repeating: "x", count: 4 << 20) + ",,,,", goodTask)
        ),
        one("row-unit-differs", csv(task, goodTask, "TTR,2023-03,II.9,Đang triển khai,10,,,,,")),
        one("row-period-differs", csv(task, goodTask, "VP,2023-02,II.9,Đang triển khai,10,,,,,")),
        one(
            "percent-as-fraction",
            csv(task, "VP,2023-03,II.7,Đang triển khai,\"0,4\",,,,,", "VP,2023-03,II.9,Đang triển khai,\"0,6\",,,,,")),
        one(
            "percent-below-one",
            csv(task, "VP,2023-03,II.7,Đang triển khai,50,,,,,", "VP,2023-03,II.9,Đang triển khai,\"0,5\",,,,,")),
        one("task-repeated", csv(task, goodTask, "VP,2023-03,II.7,Tạm dừng,10,,,,,")),
        one(
            "date-ambiguous",
            csv(
                task, "VP,2023-03,II.7,Đang triển khai,10,,,,03/15/2023,",
                "VP,2023-03,II.9,Đang triển khai,10,,,,03/04/2023,")),
        one("number-invalid", csv(event, goodEvent.replacingOccurrences(of: ",12,", with: ",nhiều,"))),
        one(
            "number-styles-mixed",
            csv(
                event, "QLDT,2023-03,1,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,1.500.000,USD",
                "QLDT,2023-03,2,Cấp mới,02/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,\"2,500,000\",USD")),
        one(
            "event-other-year",
            csv(event, "QLDT,2023-01,9,Cấp mới,01/12/2022,A,B,Nhật Bản,KCN VSIP,FDI,12,triệu USD")),
    ]

    static let submissions: [CodeFixture] = [
        CodeFixture(
            code: "event-duplicate",
            setup: { folder in
                try file(folder, "QLDT_t3.csv", csv(event, goodEvent))
                try file(
                    folder, "QLDT_q1.csv", csv(event, goodEvent.replacingOccurrences(of: "2023-03", with: "2023-Q1")))
            }, run: .validate()),
        CodeFixture(code: "submission-superseded", setup: twoVersions, run: .validate()),
        CodeFixture(code: "submission-supersedes", setup: twoVersions, run: .validate()),
        one("sent-date-missing", csv(task, goodTask)),
        one(
            "sent-dates-differ",
            csv(
                task + ",Ngày gửi", goodTask + ",15/03/2023", "VP,2023-03,II.9,Đang triển khai,10,,,,,,16/03/2023")),
    ]

    static let twoVersions: @Sendable (URL) throws -> Void = { folder in
        try file(folder, "VP.csv", csv(task, goodTask))
        try file(folder, "VP_sua.csv", csv(task, "VP,2023-03,II.7,Đang triển khai,20,,,,,"))
    }

    static let planAndRun: [CodeFixture] = [
        CodeFixture(
            code: "plan-unreadable",
            setup: { try bytes($0.deletingLastPathComponent(), "kh.yaml", [0xFF, 0xFE, 0x00]) },
            run: .planFile("kh.yaml")),
        CodeFixture(
            code: "plan-invalid", setup: { _ in },
            run: .plan(Plan.defaultPlanText.replacingOccurrences(of: "ke_hoach: 2000", with: "ke_hoach: hai nghìn"))),
        CodeFixture(code: "inputs-missing", setup: { _ in }, run: .missingInputs),
        CodeFixture(code: "no-submission", setup: { _ in }, run: .report()),
        one("no-period", csv(task, "VP,,II.7,Đang triển khai,10,,,,,"), run: .report()),
        one("period-outside-plan", csv(task, goodTask), run: .validate(period: "2024-Q1")),
        CodeFixture(
            code: "output-unwritable",
            setup: { folder in
                try file(folder, "VP.csv", csv(task, goodTask))
                try Data().write(to: folder.deletingLastPathComponent().appendingPathComponent("tep"))
            }, run: .report(outputs: "tep/outputs")),
    ]
}
