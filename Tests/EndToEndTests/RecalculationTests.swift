import Foundation
import ReportApp
import ReportCore
import TestSupport
import Testing

/// Every formula's cached value is what LibreOffice computes when it
/// recalculates the workbook — in both ways of writing it.
@Suite(.serialized) struct RecalculationTests {
    /// Compares every formula cell of `ours` with LibreOffice's recalculated copy.
    func expectCachedValuesHold(_ path: URL) throws {
        let ours = try ReadWorkbook.read(path.path)
        let theirs = try ReadWorkbook.read(try LibreOffice.recalculate(path).path)
        var compared = 0
        for sheet in ours.sheets {
            let recalculated = try #require(theirs.sheet(sheet.name))
            for reference in sheet.formulas.keys.sorted() {
                let mine = sheet.values[reference]
                let lo = recalculated.values[reference]
                compared += 1
                if let a = mine?.number, let b = lo?.number {
                    #expect(
                        abs(a - b) <= 1e-9 * max(1, abs(a)),
                        "\(sheet.name)!\(reference) = \(sheet.formulas[reference]!): ours \(a), LibreOffice \(b)")
                } else {
                    #expect(
                        mine == lo,
                        "\(sheet.name)!\(reference) = \(sheet.formulas[reference]!): ours \(String(describing: mine)), LibreOffice \(String(describing: lo))"
                    )
                }
            }
        }
        #expect(compared > 100)
    }

    @Test func normalWorkbook() throws {
        let (outcome, workbook) = try runReport(inputs: exampleInputs(), mode: .normal)
        #expect(outcome.mode == .normal)
        let projects = try #require(workbook.sheet("Dự án"))
        #expect(projects.tables.map(\.ref) == ["A4:S18"])
        #expect(projects.tables.first?.headers.contains("Vốn FDI (triệu USD)") == true)
        try expectCachedValuesHold(outcome.workbook!)
    }

    @Test func constantMemoryWorkbook() throws {
        let (outcome, workbook) = try examplesReport.get()
        #expect(outcome.mode == .constantMemory)
        let projects = try #require(workbook.sheet("Dự án"))
        #expect(projects.tables.isEmpty)
        #expect(projects.autofilter == "A4:S18")
        try expectCachedValuesHold(outcome.workbook!)
        // Same figures as the normal workbook.
        let normal = try runReport(inputs: exampleInputs(), mode: .normal).1
        for name in ["Tổng hợp", "Chỉ tiêu", "Nộp báo cáo"] {
            #expect(workbook.sheet(name)?.values == normal.sheet(name)?.values, "\(name)")
        }
    }

    /// With last year's figures in the plan, «Tổng hợp», «Chỉ tiêu», «Theo tháng» and the narrative
    /// give the change from the same period; the formulas recalculate to their cached values.
    @Test func yearOnYearFromThePlan() throws {
        let plan = try PlanFile.parse(
            Plan.defaultPlanText + """

                cung_ky_nam_truoc:
                  nam: 2022
                  nguon: "Báo cáo số 35/BC-BQL ngày 20/03/2022 (số liệu thử)"
                  fdi_theo_thang_usd: [150000000, 200000000, 168000000]
                """)
        let (outcome, workbook) = try runReport(inputs: exampleInputs(), plan: plan)
        let summary = try #require(workbook.sheet("Tổng hợp"))
        let row = try #require(summary.row(labelled: "— so với cùng kỳ năm 2022"))
        #expect(abs((row[5]?.number ?? 0) - 581.4 / 518) < 1e-9)
        #expect(row[9]?.text?.contains("35/BC-BQL") == true)
        let targets = try #require(workbook.sheet("Chỉ tiêu"))
        #expect(targets.row(labelled: "Cùng kỳ năm 2022")?[3]?.number == 518)
        let narrative = try String(contentsOf: outcome.narrative!, encoding: .utf8)
        #expect(narrative.contains("bằng 29,07 % kế hoạch năm (2.000 triệu USD), tăng 12,2 % so với cùng kỳ năm 2022."))
        #expect(workbook.sheet("Theo tháng")?.row(labelled: "Lũy kế cùng kỳ năm 2022")?[3]?.number == 518)
        try expectCachedValuesHold(outcome.workbook!)
    }

    /// A row sheet that would pass the sheet's last row goes on to a second and
    /// a third part, and every formula over «Dự án» spans them: shown here with
    /// a limit of 10 rows a sheet (6 events each), in both ways of writing.
    @Test(arguments: [ReportRun.WorkbookChoice.normal, .constantMemory])
    func rowSheetsContinueOnMoreParts(_ mode: ReportRun.WorkbookChoice) throws {
        let outputs = try makeTemporaryDirectory("parts")
        let outcome = try ReportRun(.init(inputs: exampleInputs())).report(to: outputs, mode: mode, rowLimit: 10)
        let workbook = try ReadWorkbook.read(outcome.workbook!.path)
        // Parts come after the sheets made up front, in the order the rows fill them.
        #expect(
            workbook.sheetNames == [
                "Tổng hợp", "Báo cáo", "Chỉ tiêu", "Theo tháng", "Nhiệm vụ", "Dự án", "Nộp báo cáo", "Kiểm tra",
                "Dữ liệu",
                "Dữ liệu (2)",
                "Dữ liệu (3)", "Dự án (2)", "Dữ liệu (4)", "Dữ liệu (5)", "Dự án (3)", "Dữ liệu (6)", "Dữ liệu (7)",
                "Dữ liệu (8)", "Dữ liệu (9)", "Dữ liệu (10)", "Dữ liệu (11)", "Dữ liệu (12)", "Dữ liệu (13)",
            ])
        // 14 events: 6 + 6 + 2; numbered on across the parts.
        #expect(workbook.sheet("Dự án (3)")?.number("A6") == 14)
        #expect(workbook.sheet("Dự án (3)")?.maxRow == 6)
        let targets = try #require(workbook.sheet("Chỉ tiêu"))
        let total = try #require(
            targets.row(labelled: "Vốn FDI thu hút (cấp mới + điều chỉnh tăng vốn + góp vốn, mua cổ phần)"))
        #expect(abs((total[3]?.number ?? 0) - 581.4) < 1e-9)
        #expect(targets.formulas.values.contains { $0.contains("'Dự án (3)'!") })
        try expectCachedValuesHold(outcome.workbook!)
    }

    /// The check above could pass if LibreOffice only copied our cached values:
    /// a wrong cached value must come back corrected.
    @Test func libreOfficeReallyRecalculates() throws {
        let directory = try makeTemporaryDirectory("recalc")
        let path = directory.appendingPathComponent("wrong.xlsx")
        try Command.run(
            "/usr/bin/python3",
            [
                "-c",
                """
                import openpyxl, sys
                wb = openpyxl.Workbook(); ws = wb.active
                ws["A1"] = 2; ws["A2"] = 3; ws["A3"] = "=A1+A2"
                wb.save(sys.argv[1])
                """, path.path,
            ])
        let recalculated = try ReadWorkbook.read(try LibreOffice.recalculate(path).path)
        #expect(recalculated.sheets[0].number("A3") == 5)
    }
}
