import Foundation
import ReportApp
import ReportCore
import TestSupport
import Testing

/// Deadlines counted in working days skip Vietnam's public holidays, which the
/// plan lists (with their source): a January report due in Tết is late only after Tết.
@Suite struct HolidayTests {
    func day(_ d: Int, _ m: Int, _ y: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func aDeadlineThatFallsInTetMovesPastIt() {
        var calendar = Plan.default554.calendar
        #expect(calendar.holidays.contains(day(23, 1, 2023)))
        #expect(calendar.holidaySource?.contains("8056/VPCP-KGVX") == true)
        calendar.deadlineWorkingDays = 5
        let january = ReportingPeriod(year: 2023, span: .month(1))
        // Cut-off Saturday 14/01; 16–19/01 are four working days, 20–26/01 Tết, 27/01 the fifth.
        #expect(calendar.deadline(of: january) == day(27, 1, 2023))
        calendar.holidays = []
        #expect(calendar.deadline(of: january) == day(20, 1, 2023))
        // The days in lieu of 29/04–03/05 too: April's report (cut-off Friday 14/04) is not affected, May's is.
        #expect(Plan.default554.calendar.adding(workingDays: 1, to: day(28, 4, 2023)) == day(4, 5, 2023))
    }

    /// The tracker follows: the same file, sent on 25/01, is on time with the holidays and late without.
    @Test func theTrackersStateFollowsTheHolidays() throws {
        let inputs = try makeTemporaryDirectory("tet")
        try write(
            taskHeader + ",Ngày gửi\nVP,2023-01,II.7,Đang triển khai,10,Đang xây dựng đề án,,,,,25/01/2023\n",
            to: inputs.appendingPathComponent("VP_2023-01_tien-do.csv"))
        let text = Plan.defaultPlanText.replacingOccurrences(
            of: "han_nop_ngay_lam_viec: 2", with: "han_nop_ngay_lam_viec: 5")
        let withHolidays = try PlanFile.parse(text)
        let withoutTet = try PlanFile.parse(
            text.replacingOccurrences(of: "- 20/01/2023 - 26/01/2023", with: "- 28/01/2023"))
        for (plan, state, deadline) in [
            (withHolidays, "Đúng hạn", "27/01/2023"), (withoutTet, "Trễ hạn", "20/01/2023"),
        ] {
            let (_, workbook) = try runReport(inputs: inputs, period: "2023-01", plan: plan)
            let tracker = try #require(workbook.sheet("Nộp báo cáo"))
            let line = try #require(
                (1...tracker.maxRow).map(tracker.row).first {
                    $0.count > 6 && $0[1]?.text?.hasPrefix("VP - ") == true && $0[2]?.text == "Tiến độ nhiệm vụ"
                })
            #expect(line[3]?.text == "Tháng 1/2023")
            #expect(line[4]?.date?.hasPrefix(deadline.split(separator: "/").reversed().joined(separator: "-")) == true)
            #expect(line[6]?.text == state)
        }
    }
}
