/// When each period's data starts and stops, and when its report is due.
///
/// Decree 09/2019/NĐ-CP sets the data window of administrative reports: a month
/// runs from the 15th of the previous month to the 14th; a quarter from the 15th
/// of the month before it to the 14th of its last month; half-year 15/12 of the
/// previous year to 14/06; nine months to 14/09; year 15/12 to 14/12. Statistical
/// reports use calendar months instead. Either way the month windows tile the
/// year, and every longer period is the union of its months.
public struct ReportingCalendar: Hashable, Sendable {
    public enum Windows: String, Hashable, Sendable {
        /// Decree 09/2019/NĐ-CP: the 15th of the previous month to the 14th.
        case decree09 = "nghi_dinh_09"
        /// The 1st to the last day of the month.
        case calendarMonths = "thang_duong_lich"
    }

    public var windows: Windows
    /// Working days after the cut-off by which units must send their report.
    public var deadlineWorkingDays: Int
    /// Week days that are days off: public holidays, Tết, the days in lieu
    /// the government announces for the year (plan data, with its source).
    public var holidays: Set<Day>
    /// Saturdays or Sundays announced as working days (làm bù).
    public var workingWeekendDays: Set<Day>
    /// The announcement the holidays are taken from.
    public var holidaySource: String?

    public init(
        windows: Windows = .decree09, deadlineWorkingDays: Int = 2, holidays: Set<Day> = [],
        workingWeekendDays: Set<Day> = [], holidaySource: String? = nil
    ) {
        self.windows = windows
        self.deadlineWorkingDays = deadlineWorkingDays
        self.holidays = holidays
        self.workingWeekendDays = workingWeekendDays
        self.holidaySource = holidaySource
    }

    /// Whether offices work that day: a week day that is no holiday, or a weekend day announced as working.
    public func isWorkingDay(_ day: Day) -> Bool {
        workingWeekendDays.contains(day) || (!day.isWeekend && !holidays.contains(day))
    }

    /// The working day `count` working days after `day`, weekends and holidays skipped.
    public func adding(workingDays count: Int, to day: Day) -> Day {
        var result = day
        var remaining = count
        while remaining > 0 {
            result = result.adding(days: 1)
            if isWorkingDay(result) { remaining -= 1 }
        }
        return result
    }

    /// The data window of one month of a year.
    public func window(month: Int, year: Int) -> ClosedRange<Day> {
        switch windows {
        case .decree09:
            let start =
                month == 1 ? Day(year: year - 1, month: 12, day: 15)! : Day(year: year, month: month - 1, day: 15)!
            return start...Day(year: year, month: month, day: 14)!
        case .calendarMonths:
            return Day(year: year, month: month, day: 1)!...Day.endOf(month: month, year: year)
        }
    }

    /// The data window of a period: from the start of its first month's window to
    /// the end (the cut-off, ngày chốt số liệu) of its last month's.
    public func window(of period: ReportingPeriod) -> ClosedRange<Day> {
        let months = period.months
        return window(month: months.lowerBound, year: period.year)
            .lowerBound...window(month: months.upperBound, year: period.year).upperBound
    }

    /// Year to date: from the start of the year's window to the period's cut-off.
    public func yearToDate(of period: ReportingPeriod) -> ClosedRange<Day> {
        window(month: 1, year: period.year).lowerBound...window(of: period).upperBound
    }

    /// The whole year's window.
    public func window(ofYear year: Int) -> ClosedRange<Day> {
        window(of: ReportingPeriod(year: year, span: .year))
    }

    /// The month (year, month) whose window holds a day.
    public func month(containing day: Day) -> (year: Int, month: Int) {
        switch windows {
        case .calendarMonths:
            return (day.year, day.month)
        case .decree09:
            if day.day <= 14 { return (day.year, day.month) }
            return day.month == 12 ? (day.year + 1, 1) : (day.year, day.month + 1)
        }
    }

    /// The last day a report for the period is on time: working days after
    /// the cut-off, so a deadline that would fall in Tết moves past it.
    public func deadline(of period: ReportingPeriod) -> Day {
        adding(workingDays: deadlineWorkingDays, to: window(of: period).upperBound)
    }

    /// The share of the year's window that has passed at the period's cut-off,
    /// 0…1: what "on course for the time elapsed" compares with.
    public func elapsedShare(at period: ReportingPeriod) -> Double {
        let year = window(ofYear: period.year)
        let total = Double(year.upperBound.ordinal - year.lowerBound.ordinal + 1)
        let done = Double(window(of: period).upperBound.ordinal - year.lowerBound.ordinal + 1)
        return min(max(done / total, 0), 1)
    }
}
