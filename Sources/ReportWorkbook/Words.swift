import ReportCore

/// The workbook's fixed Vietnamese words: sheet names and titles.
enum Words {
    static let summarySheet = "Tổng hợp"
    static let targetsSheet = "Chỉ tiêu"
    static let tasksSheet = "Nhiệm vụ"
    static let projectsSheet = "Dự án"
    static let trackerSheet = "Nộp báo cáo"
    static let checksSheet = "Kiểm tra"
    static let dataSheet = "Dữ liệu"

    static let yes = "Có"
    static let no = "Không"
    static let notReported = "Chưa báo cáo"
    static let exampleBanner =
        "DỮ LIỆU VÍ DỤ — bảng này được lập từ các tệp mẫu trong thư mục inputs/_vi-du, không phải báo cáo thật của đơn vị."

    static func mainTitle(_ plan: PlanDocument) -> String {
        "BÁO CÁO TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ \(plan.number.uppercased())"
    }

    static func periodLine(_ report: ConsolidatedReport) -> String {
        "Kỳ báo cáo: \(report.period.label) — số liệu từ ngày \(report.window.lowerBound) đến ngày \(report.window.upperBound) (lũy kế năm từ ngày \(report.yearToDate.lowerBound))"
    }

    static func unitName(_ code: String, in plan: Plan) -> String {
        plan.unit(code: code).map { "\($0.code) - \($0.name)" } ?? code
    }
}
