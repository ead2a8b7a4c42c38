import Foundation
import ReportApp
import TestSupport
import Testing

/// Periods over the examples: each event counted in the month its date falls
/// in, the quarter equal to its months, the year to date to their sum.
@Suite struct PeriodTests {
    func fdi(_ period: String) throws -> (thisPeriod: Double, yearToDate: Double) {
        let (outcome, workbook) = try runReport(inputs: exampleInputs(), period: period)
        #expect(outcome.period?.code == period)
        let row = try #require(workbook.sheet("Tổng hợp")?.row(labelled: "III.1"))
        return (row[4]?.number ?? .nan, row[5]?.number ?? .nan)
    }

    @Test func quarterAndYearToDateAreTheSumOfTheMonths() throws {
        let months = try ["2023-01", "2023-02", "2023-03"].map(fdi)
        let quarter = try fdi("2023-Q1")
        #expect(months.map(\.thisPeriod) == [87.5, 230.5, 263.4])
        #expect(abs(months.map(\.thisPeriod).reduce(0, +) - quarter.thisPeriod) < 1e-9)
        #expect(abs(months[2].yearToDate - quarter.yearToDate) < 1e-9)
        #expect(abs(months[1].yearToDate - (87.5 + 230.5)) < 1e-9)
        // The Taipei Circuit certificate, reported in February and again in March,
        // counts in February only.
        #expect(months[1].thisPeriod == 85 + 120 + 25.5)
    }
}
