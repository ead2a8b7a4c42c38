import Foundation
import ReportApp
import TestSupport
import Testing

/// Every workbook the tool writes — the report in both ways of writing, every
/// template — checked by an OOXML validator (openxml-audit, which `make test`
/// installs into `.build/test-venv`), strict, for the Office 2007 and the
/// Microsoft 365 profiles; and a control, that it does find a broken part.
@Suite struct ValidatorTests {
    static let validator = repository.appendingPathComponent(".build/test-venv/bin/openxml-audit").path

    struct Finding: Decodable {
        let severity: String
        let description: String
        let partUri: String?
    }
    struct Result: Decodable {
        let file: String
        let valid: Bool
        let errorCount: Int
        let warningCount: Int
        let errors: [Finding]
    }

    /// The validator's findings for every workbook under `folder`.
    func audit(_ folder: URL, profile: String) throws -> [Result] {
        #expect(FileManager.default.isExecutableFile(atPath: Self.validator), "run `make test-deps` first")
        let run = try Command.run(
            Self.validator,
            [
                "--format", profile, "--policy", "strict", "--output", "json", "--max-errors", "0", "--recursive",
                folder.path,
            ],
            allowFailure: true)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode([Result].self, from: run.stdout)
    }

    /// The example report (normal and constant memory) and every unit's templates, in one folder.
    func workbooks() throws -> URL {
        let folder = try makeTemporaryDirectory("validated")
        for mode in [ReportRun.WorkbookChoice.normal, .constantMemory] {
            let (outcome, _) = try runReport(inputs: exampleInputs(), mode: mode)
            try FileManager.default.copyItem(
                at: outcome.workbook!, to: folder.appendingPathComponent("bao-cao-\(mode).xlsx"))
        }
        try Command.run(khth, ["templates", "--output", folder.appendingPathComponent("mau").path])
        return folder
    }

    @Test func everyWorkbookWrittenIsValid() throws {
        let folder = try workbooks()
        for profile in ["office2007", "microsoft365"] {
            let results = try audit(folder, profile: profile)
            #expect(results.count == 2 + 10, "\(results.map(\.file))")
            for result in results {
                #expect(result.valid && result.errorCount == 0, "\(profile) \(result.file): \(result.errors)")
                let findings = result.errors.filter {
                    // Constant memory writes each string in its cell (libxlsxwriter
                    // cannot build the shared-string table without holding it all);
                    // valid OOXML, which Excel moves to a table when it next saves.
                    !(result.file.hasSuffix("bao-cao-constantMemory.xlsx") && $0.description.contains("inline-string"))
                }
                #expect(findings.isEmpty, "\(profile) \(result.file): \(findings.map(\.description))")
            }
        }
    }

    /// The control: a sheet with an element the schema does not allow is found.
    @Test func aBrokenPartIsFound() throws {
        let folder = try makeTemporaryDirectory("broken")
        let (outcome, _) = try runReport(inputs: exampleInputs(), mode: .normal)
        _ = try Python.run(
            script: #"""
                import sys, zipfile
                with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
                    for info in source.infolist():
                        data = source.read(info.filename)
                        if info.filename == "xl/worksheets/sheet1.xml":
                            data = data.replace(b"<sheetData>", b"<sheetData><bogus/>", 1)
                        out.writestr(info, data)
                """#, arguments: [outcome.workbook!.path, folder.appendingPathComponent("broken.xlsx").path])
        let results = try audit(folder, profile: "office2007")
        #expect(results.count == 1)
        #expect(results.first?.valid == false)
        #expect(results.first?.errors.contains { $0.description == "Unexpected element 'bogus' found" } == true)
    }
}
