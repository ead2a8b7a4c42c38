import Foundation
import TestSupport

@testable import ReportCore

/// Runs both intake passes over bytes in memory, as the app does over files.
struct IntakeResult {
    var survey: FileSurvey
    var account: FileAccount
    var rows: [SubmissionRow]
    var diagnostics: [Diagnostic]

    /// File-level and row-level diagnostics together.
    var all: [Diagnostic] { survey.diagnostics + diagnostics }
    /// The codes as users read them.
    func codes() -> [String] { all.map(\.code.rawValue) }
    func first(_ code: Rule.Code) -> Diagnostic? { all.first { $0.code == code } }
    func first(_ code: String) -> Diagnostic? { all.first { $0.code.rawValue == code } }

    var tasks: [TaskProgressRow] { rows.compactMap { if case .task(let r) = $0 { r } else { nil } } }
    var events: [CertificateEventRow] { rows.compactMap { if case .event(let r) = $0 { r } else { nil } } }
    var indicators: [IndicatorRow] { rows.compactMap { if case .indicator(let r) = $0 { r } else { nil } } }
}

let lookup554 = PlanLookup(plan: .default554)

func intake(_ bytes: [UInt8], file: String = "test.csv", chunkSize: Int = 1 << 20) throws -> IntakeResult {
    let survey = try SubmissionReader.survey(
        file: file, source: MemoryByteSource(bytes, chunkSize: chunkSize), lookup: lookup554)
    var rows: [SubmissionRow] = []
    var diagnostics: [Diagnostic] = []
    let account = try SubmissionReader.read(
        file: file, source: MemoryByteSource(bytes, chunkSize: chunkSize), survey: survey, lookup: lookup554,
        accepted: { rows.append($0) }, diagnostic: { diagnostics.append($0) })
    return IntakeResult(survey: survey, account: account, rows: rows, diagnostics: diagnostics)
}

func intake(_ text: String, file: String = "test.csv", chunkSize: Int = 1 << 20) throws -> IntakeResult {
    try intake(Array(text.utf8), file: file, chunkSize: chunkSize)
}

let taskHeader =
    "Mã đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành (%),Kết quả thực hiện,Khó khăn, vướng mắc,Đề xuất, kiến nghị,Hạn hoàn thành,Ngày hoàn thành"
    .replacingOccurrences(of: "Khó khăn, vướng mắc", with: "\"Khó khăn, vướng mắc\"")
    .replacingOccurrences(of: "Đề xuất, kiến nghị", with: "\"Đề xuất, kiến nghị\"")

let eventHeader =
    "Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Tên dự án,Nhà đầu tư,Quốc gia/vùng lãnh thổ,Khu,Nguồn vốn,Vốn đăng ký,Đơn vị tính"

let indicatorHeader = "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu,Đối tượng,Kết quả,Ngày,Ghi chú"
