import Testing
@testable import ReportCore

@Suite struct SmokeTests {
    @Test func readsASimpleTaskFile() throws {
        let csv = taskHeader + "\r\nQLDT,Quý I/2023,II.1.a,Đang triển khai,40,\"Đã làm việc với 3 nhà đầu tư, điện gió\",,,,\r\n"
        let result = try intake(csv)
        #expect(result.survey.kind == .taskProgress)
        #expect(result.diagnostics.map(\.consoleLine) == [])
        #expect(result.tasks.count == 1)
        #expect(result.tasks.first?.results == "Đã làm việc với 3 nhà đầu tư, điện gió")
        #expect(result.tasks.first?.percent == 40)
        #expect(result.account.balances)
    }
}
