import ReportCore

/// The workbook's Vietnamese words: sheet names, titles, and the words for
/// each typed state of the report model.
enum Words {
    static let summarySheet = "Tổng hợp"
    static let narrativeSheet = "Báo cáo"
    static let targetsSheet = "Chỉ tiêu"
    static let monthsSheet = "Theo tháng"
    static let tasksSheet = "Nhiệm vụ"
    static let projectsSheet = "Dự án"
    static let trackerSheet = "Nộp báo cáo"
    static let checksSheet = "Kiểm tra"
    static let dataSheet = "Dữ liệu"

    /// What the «Bảng mã» column says of a worksheet, which has no encoding.
    static let workbookSheet = "Excel (.xlsx)"

    static let yes = "Có"
    static let no = "Không"
    static let notReported = "Chưa báo cáo"
    /// A country left empty (DDI events need none).
    static let countryNotWritten = "(không ghi)"
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

    static func country(_ name: String) -> String { name.isEmpty ? countryNotWritten : name }

    static func status(_ status: TargetStatus) -> String {
        switch status {
        case .exceeded: "Vượt"
        case .reached: "Đạt"
        case .reachedLate: "Đạt (trễ hạn)"
        case .onTrack: "Đúng tiến độ"
        case .behind: "Chậm tiến độ"
        case .overdue: "Quá hạn"
        case .notReached: "Chưa đạt"
        }
    }

    static func timeliness(_ timeliness: Timeliness) -> String {
        switch timeliness {
        case .onTime: "Đúng hạn"
        case .late: "Quá hạn"
        case .withinDeadline: "Trong hạn"
        }
    }

    /// A task's status as consolidated; not reported on when nil.
    static func status(_ status: TaskStatus?) -> String { status?.rawValue ?? notReported }

    static func submission(_ state: Tracker.State) -> String {
        switch state {
        case .onTime: "Đúng hạn"
        case .late: "Trễ hạn"
        case .missing: "Chưa nộp"
        case .unknownDate: "Đã nộp (không rõ ngày)"
        }
    }

    /// Why «Dữ liệu» holds an event and «Dự án» does not.
    static func notCounted(_ why: DataLine.NotCounted) -> String {
        switch why {
        case .duplicate(let first): "Trùng sự kiện ở \(first.submission) dòng \(first.line); chỉ tính một lần"
        case .afterPeriod(let month): "Ngày cấp thuộc \(month.label.lowercased()), sau kỳ báo cáo"
        case .otherYear(let year): "Ngày cấp thuộc năm \(year), ngoài năm kế hoạch"
        }
    }

    static func file(_ state: FileLine.State) -> String {
        switch state {
        case .used(let replacing) where replacing.isEmpty: "Dùng"
        case .used(let replacing): "Dùng (thay thế \(replacing.joined(separator: ", ")))"
        case .superseded(let newer): "Bị thay thế bởi \(newer)"
        case .rejected: "Bị loại cả tệp"
        }
    }
}
