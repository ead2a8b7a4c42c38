import Foundation
import ReportApp
import ReportCore
import TestSupport

/// The repository, found from this file.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let shippedExamples = repository.appendingPathComponent("inputs/_vi-du")

/// A fresh inputs folder holding a copy of the shipped examples under `_vi-du`.
func exampleInputs() throws -> URL {
    let root = try makeTemporaryDirectory("inputs")
    try FileManager.default.copyItem(at: shippedExamples, to: root.appendingPathComponent("_vi-du"))
    return root
}

/// Runs the report over a folder and reads the workbook back with openpyxl.
func runReport(
    inputs: URL, period: String? = nil, plan: Plan = .default554,
    mode: ReportRun.WorkbookChoice = .constantMemory
) throws -> (ReportRun.Outcome, ReadWorkbook) {
    let outputs = try makeTemporaryDirectory("outputs")
    let request = ReportRun.Request(inputs: inputs, period: period.flatMap(ReportingPeriod.init(parsing:)), plan: plan)
    let outcome = try ReportRun(request).report(to: outputs, mode: mode)
    return (outcome, try ReadWorkbook.read(outcome.workbook!.path))
}

/// The examples' report, made once for the tests that only read it.
let examplesReport: Result<(ReportRun.Outcome, ReadWorkbook), Error> = Result {
    try runReport(inputs: exampleInputs())
}

/// The `khth` executable built beside the test bundle.
var khth: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khth").path
}

extension ReadWorkbook.Sheet {
    /// The row (one-based) whose column A or B holds `label`, and that row's values.
    func row(labelled label: String) -> [ReadWorkbook.Value?]? {
        guard
            let found = values.filter({ ($0.key.hasPrefix("A") || $0.key.hasPrefix("B")) && $0.value.text == label })
                .map({ Int($0.key.dropFirst())! }).min()
        else { return nil }
        return row(found)
    }

    /// Every row whose column A or B holds `label`, top to bottom.
    func rows(labelled label: String) -> [[ReadWorkbook.Value?]] {
        values.filter { ($0.key.hasPrefix("A") || $0.key.hasPrefix("B")) && $0.value.text == label }
            .map { Int($0.key.dropFirst())! }.sorted().map(row)
    }

    func texts() -> [String] { values.values.compactMap(\.text) }
}

func write(_ text: String, to url: URL, bom: Bool = true) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(((bom ? "\u{FEFF}" : "") + text).utf8).write(to: url)
}

let taskHeader =
    "Mã đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành (%),Kết quả thực hiện,\"Khó khăn, vướng mắc\",\"Đề xuất, kiến nghị\",Hạn hoàn thành,Ngày hoàn thành"
let eventHeader =
    "Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Tên dự án,Nhà đầu tư,Quốc gia/vùng lãnh thổ,Khu,Nguồn vốn,Vốn đăng ký,Đơn vị tính"
