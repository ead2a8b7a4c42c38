import Testing

@testable import ReportCore

@Suite struct CalendarTests {
    func day(_ d: Int, _ m: Int, _ y: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2023-03", "2023-03"), ("03/2023", "2023-03"), ("Tháng 3/2023", "2023-03"), ("T3/2023", "2023-03"),
        ("tháng 03 năm 2023", "2023-03"), ("2023-Q1", "2023-Q1"), ("Q1/2023", "2023-Q1"), ("Quý I/2023", "2023-Q1"),
        ("Quý 1/2023", "2023-Q1"), ("QUY IV/2023", "2023-Q4"), ("2023-H1", "2023-H1"), ("6 tháng/2023", "2023-H1"),
        ("6 tháng đầu năm 2023", "2023-H1"), ("2023-9M", "2023-9M"), ("9 tháng/2023", "2023-9M"),
        ("2023", "2023"), ("Năm 2023", "2023"),
    ])
    func periodsAsUnitsWriteThem(text: String, code: String) {
        #expect(ReportingPeriod(parsing: text)?.code == code)
    }

    @Test(arguments: [
        "Quý 5/2023", "Tháng 13/2023", "2023-Q0", "14/03/2023", "", "tháng ba", "2022 2023",
        // Found by the values fuzz target: `0007` was read as the year 7.
        "0007-07", "T7/0007", "0007q1",
    ])
    func unreadablePeriods(text: String) {
        #expect(ReportingPeriod(parsing: text) == nil)
    }

    @Test func decree09Windows() {
        let calendar = ReportingCalendar(windows: .decree09)
        let q1 = ReportingPeriod(year: 2023, span: .quarter(1))
        #expect(calendar.window(of: q1) == day(15, 12, 2022)...day(14, 3, 2023))
        #expect(
            calendar.window(of: ReportingPeriod(year: 2023, span: .month(3))) == day(15, 2, 2023)...day(14, 3, 2023))
        #expect(
            calendar.window(of: ReportingPeriod(year: 2023, span: .half(1))) == day(15, 12, 2022)...day(14, 6, 2023))
        #expect(
            calendar.window(of: ReportingPeriod(year: 2023, span: .nineMonths)) == day(15, 12, 2022)...day(14, 9, 2023))
        #expect(calendar.window(of: ReportingPeriod(year: 2023, span: .year)) == day(15, 12, 2022)...day(14, 12, 2023))
        #expect(calendar.month(containing: day(15, 12, 2022)) == (2023, 1))
        #expect(calendar.month(containing: day(14, 3, 2023)) == (2023, 3))
        #expect(calendar.month(containing: day(15, 3, 2023)) == (2023, 4))
    }

    @Test func calendarMonthWindows() {
        let calendar = ReportingCalendar(windows: .calendarMonths)
        #expect(calendar.window(of: ReportingPeriod(year: 2024, span: .month(2))) == day(1, 2, 2024)...day(29, 2, 2024))
        #expect(
            calendar.window(of: ReportingPeriod(year: 2023, span: .quarter(2))) == day(1, 4, 2023)...day(30, 6, 2023))
        #expect(calendar.month(containing: day(15, 3, 2023)) == (2023, 3))
    }

    @Test func deadlinesCountWorkingDays() {
        let calendar = ReportingCalendar(windows: .decree09, deadlineWorkingDays: 2)
        // 14/01/2023 is a Saturday: Monday and Tuesday are the two working days.
        #expect(day(14, 1, 2023).weekday == 6)
        #expect(calendar.deadline(of: ReportingPeriod(year: 2023, span: .month(1))) == day(17, 1, 2023))
        #expect(calendar.deadline(of: ReportingPeriod(year: 2023, span: .quarter(1))) == day(16, 3, 2023))
    }

    @Test func daysRoundTripThroughOrdinalsAndSerials() {
        for ordinal in stride(from: -1000, through: 40_000, by: 37) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
        #expect(day(30, 6, 2023).excelSerial == 45107)
        #expect(Day(excelSerial: 45107) == day(30, 6, 2023))
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func previousPeriodAndNesting() {
        let q2 = ReportingPeriod(year: 2023, span: .quarter(2))
        #expect(q2.previous?.code == "2023-Q1")
        #expect(ReportingPeriod(year: 2023, span: .month(1)).previous == nil)
        #expect(ReportingPeriod(year: 2023, span: .month(3)).isWithin(ReportingPeriod(year: 2023, span: .quarter(1))))
        #expect(!ReportingPeriod(year: 2023, span: .month(4)).isWithin(ReportingPeriod(year: 2023, span: .quarter(1))))
    }
}
