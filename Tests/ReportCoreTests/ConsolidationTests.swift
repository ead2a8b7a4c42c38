import Foundation
import Testing

@testable import ReportCore

@Suite struct ConsolidationTests {
    let plan = Plan.default554

    func day(_ d: Int, _ m: Int, _ y: Int = 2023) -> Day { Day(year: y, month: m, day: d)! }
    func period(_ code: String) -> ReportingPeriod { ReportingPeriod(parsing: code)! }

    func event(
        _ certificate: String, _ type: EventType = .newCertificate, on date: Day, millionUSD: Double,
        file: String = "f.csv", line: Int = 2, period code: String = "2023-03", zone: String = "VSIP",
        country: String = "Nhật Bản", source: CapitalSource = .fdi
    ) -> CertificateEventRow {
        CertificateEventRow(
            source: SourceLine(file: file, line: line), unit: "QLDT", period: period(code), certificate: certificate,
            event: type, date: date, project: "Dự án \(certificate)", investor: "NĐT", country: country, zone: zone,
            capitalSource: source, amount: millionUSD, currency: source == .fdi ? .millionUSD : .billionVND,
            reportAmount: millionUSD)
    }

    func report(_ rows: [SubmissionRow], for code: String, surveys: [FileSurvey] = []) -> ConsolidatedReport {
        var consolidator = Consolidator(plan: plan, period: period(code))
        for row in rows { _ = consolidator.add(row) }
        return consolidator.report(submissions: SubmissionSet(surveys: surveys, fileDates: [:]), accounts: [:])
    }

    @Test func anEventIsCountedOnceWhateverPeriodsReportIt() {
        var consolidator = Consolidator(plan: plan, period: period("2023-Q1"))
        let march = event("0123 456 789", on: day(10, 3), millionUSD: 40, file: "t3.csv")
        let again = event("0123456789", on: day(10, 3), millionUSD: 40, file: "q1.csv", line: 7, period: "2023-Q1")
        #expect(consolidator.add(.event(march)).diagnostics.isEmpty)
        let repeated = consolidator.add(.event(again))
        let found = repeated.diagnostics
        #expect(
            found.first?.rule
                == .eventDuplicate(
                    certificate: "0123456789", event: .newCertificate,
                    date: day(10, 3), first: SourceLine(file: "t3.csv", line: 2)))
        // Not counted, so a line of «Dữ liệu» that says why.
        guard case .data(let line) = repeated.line else {
            Issue.record("a repeat is no project line")
            return
        }
        #expect(line.notCounted == .duplicate(of: SourceLine(file: "t3.csv", line: 2)))
        #expect(found.first?.code == .eventDuplicate)
        #expect(found.first?.message.contains("t3.csv dòng 2") == true)
        let q1 = consolidator.report(submissions: SubmissionSet(surveys: [], fileDates: [:]), accounts: [:])
        #expect(q1.fdi.yearToDate == 40)
        #expect(q1.fdi.thisPeriod == 40)
    }

    @Test func aCertificateIsKnownWhateverIsWrittenAroundItsNumber() {
        var consolidator = Consolidator(plan: plan, period: period("2023-Q1"))
        #expect(
            consolidator.add(.event(event("2110987655", on: day(1, 3), millionUSD: 10, file: "t3.csv"))).diagnostics
                .isEmpty)
        for (index, written) in ["GCN số 2110987655", "Số: 2110 987 655", "2110987655 (đc lần 2)"].enumerated() {
            let repeated = consolidator.add(
                .event(
                    event(
                        written, on: day(1, 3), millionUSD: 10, file: "q1.csv",
                        line: index + 2, period: "2023-Q1")))
            guard case .eventDuplicate(_, _, _, let first)? = repeated.diagnostics.first?.rule else {
                Issue.record("\(written): \(repeated.diagnostics)")
                continue
            }
            #expect(first == SourceLine(file: "t3.csv", line: 2), "\(written)")
            if case .project = repeated.line { Issue.record("\(written) counted twice") }
        }
        // Two long numbers (a certificate and a date): the whole text stays the key.
        #expect(EventKey.normalize("2110987655 cấp 01/03/2023") != EventKey.normalize("2110987655"))
        #expect(EventKey.normalize("A-12.3") == "A123")
        let q1 = consolidator.report(submissions: SubmissionSet(surveys: [], fileDates: [:]), accounts: [:])
        #expect(q1.fdi.yearToDate == 10)
    }

    @Test func certificatesWrittenAsTextAreOneEventEachAndKeysStaySmall() {
        var consolidator = Consolidator(plan: plan, period: period("2023-Q1"))
        let written = ["A-12.3", "a 12 3", "B-12.3", "A-12.3"]
        let lines = written.enumerated().map { index, certificate in
            consolidator.add(
                .event(
                    event(certificate, on: day(1, 3), millionUSD: 5, file: "q1.csv", line: index + 2, period: "2023-Q1")
                ))
        }
        let counted = lines.map { line in if case .project = line.line { true } else { false } }
        #expect(counted == [true, false, true, false])
        // The de-duplication table is the only memory that grows with the input: 16 bytes of key per event.
        #expect(MemoryLayout<EventKey>.stride == 16)
    }

    @Test func anEventOfOnePeriodIsNotCountedInTheNext() {
        // Reported in March and again in April; its date puts it in March (Decree 09: 15/02–14/03).
        let rows: [SubmissionRow] = [
            .event(event("A1", on: day(10, 3), millionUSD: 40, file: "t3.csv", period: "2023-03")),
            .event(event("A1", on: day(10, 3), millionUSD: 40, file: "t4.csv", period: "2023-04")),
            .event(event("B2", on: day(20, 3), millionUSD: 15, file: "t4.csv", line: 3, period: "2023-04")),
        ]
        let march = report(rows, for: "2023-03")
        let april = report(rows, for: "2023-04")
        #expect(march.fdi.thisPeriod == 40)
        #expect(april.fdi.thisPeriod == 15)
        #expect(april.fdi.yearToDate == 55)
        let q2 = report(rows, for: "2023-Q2")
        #expect(q2.fdi.thisPeriod == 15)
    }

    @Test func yearToDateIsTheSumOfItsMonths() {
        let amounts: [(Int, Int, Double)] = [
            (20, 12), (3, 1), (1, 2), (14, 2), (15, 2), (28, 3), (2, 4), (30, 4), (14, 5), (1, 6), (13, 6),
        ]
        .enumerated().map { ($0.element.0, $0.element.1, Double($0.offset + 1) * 12.35) }
        let rows = amounts.enumerated().map { index, entry -> SubmissionRow in
            let date = entry.1 == 12 ? day(entry.0, 12, 2022) : day(entry.0, entry.1)
            return .event(event("C\(index)", on: date, millionUSD: entry.2, line: index + 2))
        }
        let june = report(rows, for: "2023-06")
        let months = (1...6).map { report(rows, for: "2023-\(String(format: "%02d", $0))").fdi.thisPeriod }
        #expect(abs(june.fdi.yearToDate - months.reduce(0, +)) < 1e-9)
        #expect(abs(report(rows, for: "2023-H1").fdi.thisPeriod - june.fdi.yearToDate) < 1e-9)
        let quarters = [report(rows, for: "2023-Q1"), report(rows, for: "2023-Q2")].map(\.fdi.thisPeriod)
        #expect(abs(quarters.reduce(0, +) - june.fdi.yearToDate) < 1e-9)
        // 20/12/2022 lies in January 2023's data window.
        #expect(months[0] == 12.35 + 24.7)
    }

    @Test func decreasesAndDDIAreApartFromFDIAttracted() {
        let rows: [SubmissionRow] = [
            .event(event("A", on: day(1, 3), millionUSD: 100)),
            .event(event("B", .capitalDecrease, on: day(2, 3), millionUSD: 7, line: 3)),
            .event(event("C", .termination, on: day(3, 3), millionUSD: 0, line: 4)),
            .event(event("D", .capitalIncrease, on: day(4, 3), millionUSD: 850, line: 5, source: .ddi)),
        ]
        let march = report(rows, for: "2023-03")
        #expect(march.fdi.yearToDate == 100)
        #expect(march.fdi.decreases.map(\.yearToDate) == [7, 0])
        #expect(march.fdi.decreases.map(\.events) == [1, 1])
        #expect(march.fdi.ddiYearToDate == 850)
    }

    @Test func targetStatusRules() {
        let cutoff = day(14, 3)
        let deadline = day(31, 12)
        #expect(
            TargetStatus.cumulative(achieved: 600, plan: 2000, elapsedShare: 0.25, cutoff: cutoff, deadline: deadline)
                == .onTrack)
        #expect(
            TargetStatus.cumulative(achieved: 400, plan: 2000, elapsedShare: 0.25, cutoff: cutoff, deadline: deadline)
                == .behind)
        #expect(
            TargetStatus.cumulative(achieved: 2000, plan: 2000, elapsedShare: 0.25, cutoff: cutoff, deadline: deadline)
                == .reached)
        #expect(
            TargetStatus.cumulative(achieved: 2100, plan: 2000, elapsedShare: 1, cutoff: cutoff, deadline: deadline)
                == .exceeded)
        #expect(
            TargetStatus.cumulative(
                achieved: 1900, plan: 2000, elapsedShare: 1, cutoff: day(14, 12, 2024), deadline: deadline)
                == .notReached)
        #expect(TargetStatus.milestone(doneOn: day(20, 6), cutoff: day(14, 9), deadline: day(30, 6)) == .reached)
        #expect(TargetStatus.milestone(doneOn: day(2, 7), cutoff: day(14, 9), deadline: day(30, 6)) == .reachedLate)
        #expect(TargetStatus.milestone(doneOn: nil, cutoff: day(14, 3), deadline: day(30, 6)) == .onTrack)
        #expect(TargetStatus.milestone(doneOn: nil, cutoff: day(14, 9), deadline: day(30, 6)) == .overdue)
        #expect(TargetStatus.state(achieved: 77.8, plan: 100) == .notReached)
        #expect(TargetStatus.state(achieved: 100, plan: 100) == .reached)
    }

    func task(
        _ code: String, _ unit: String, _ status: TaskStatus, period code2: String = "2023-Q1", percent: Double? = nil,
        completed: Day? = nil, results: String = "", line: Int = 2
    ) -> SubmissionRow {
        .task(
            TaskProgressRow(
                source: SourceLine(file: "\(unit).csv", line: line), unit: unit, period: period(code2),
                task: code, status: status, percent: percent, results: results, difficulties: "", proposals: "",
                due: nil, completed: completed))
    }

    @Test func tasksTakeEachUnitsLatestReportAndCombine() {
        let rows = [
            task("II.1.b", "QHXD", .inProgress, period: "2023-01", percent: 40),
            task("II.1.b", "QHXD", .done, period: "2023-03", percent: 100, completed: day(10, 3), results: "Xong"),
            task("II.1.b", "QHXD", .inProgress, period: "2023-Q1", percent: 95, results: "Gần xong"),
            task("II.1.b", "QLDT", .done, period: "2023-Q1", percent: 100, completed: day(1, 3)),
            task("II.6.c", "TNMT", .notStarted, period: "2023-04"),
            task("II.7", "VP", .done, period: "2023-02", completed: day(1, 2)),
        ]
        let q1 = report(rows, for: "2023-Q1")
        let item = q1.tasks.first { $0.task.code == "II.1.b" }!
        // For Q1 the quarterly report wins over March's: they end together, the quarter is longer.
        #expect(item.reports.map(\.unit) == ["QLDT", "QHXD"])
        #expect(item.reports.first { $0.unit == "QHXD" }?.period.code == "2023-Q1")
        #expect(item.status == .inProgress)
        #expect(item.percent == 97.5)
        #expect(item.timeliness == .withinDeadline)
        // An April report does not exist yet for Q1.
        #expect(q1.tasks.first { $0.task.code == "II.6.c" }?.status == nil)
        let parent = q1.tasks.first { $0.task.code == "II.1" }!
        #expect(parent.status == .inProgress)
        #expect(!parent.isLeaf)
        #expect(q1.tasks.first { $0.task.code == "II.7" }?.timeliness == .onTime)
        #expect(Consolidator.combine([.done, .done]) == .done)
        #expect(Consolidator.combine([.done, .notStarted]) == .inProgress)
        #expect(Consolidator.combine([.paused, .notStarted]) == .paused)
        #expect(Consolidator.combine([]) == nil)
    }

    @Test func overdueTasksAreLateAfterTheirDeadline() {
        let rows = [task("II.7", "VP", .inProgress, period: "2023-09")]
        let nine = report(rows, for: "2023-9M")
        let line = nine.tasks.first { $0.task.code == "II.7" }!
        #expect(line.due == day(31, 12))
        #expect(line.timeliness == .withinDeadline)
        let lateDue = rows.map { row -> SubmissionRow in
            guard case .task(var task) = row else { return row }
            task.due = day(30, 6)
            return .task(task)
        }
        #expect(report(lateDue, for: "2023-9M").tasks.first { $0.task.code == "II.7" }?.timeliness == .late)
    }

    func survey(
        _ file: String, unit: String, period code: String, kind: SubmissionKind = .taskProgress,
        sent: Day?
    ) -> FileSurvey {
        var survey = FileSurvey(file: file)
        survey.shape = .text(.utf8)
        survey.kind = kind
        survey.unit = unit
        survey.period = period(code)
        survey.sentDate = sent
        survey.dataRows = 3
        return survey
    }

    @Test func theLaterSubmissionSupersedesAndIsListed() {
        let older = survey("b-first.csv", unit: "QHXD", period: "2023-Q1", sent: day(15, 3))
        let newer = survey("a-corrected.csv", unit: "QHXD", period: "2023-Q1", sent: day(16, 3))
        for order in [[older, newer], [newer, older]] {
            let set = SubmissionSet(surveys: order, fileDates: [:])
            #expect(set.used.map(\.file) == ["a-corrected.csv"])
            let notice = set.diagnostics.first { $0.code == .submissionSuperseded }!
            #expect(notice.file == "b-first.csv")
            #expect(notice.message.contains("a-corrected.csv"))
            #expect(notice.message.contains("3 dòng"))
        }
        // Same day: the later modification time, then the name.
        let x = survey("x.csv", unit: "VP", period: "2023-03", sent: nil)
        let y = survey("y.csv", unit: "VP", period: "2023-03", sent: nil)
        let dates = [
            "x.csv": SubmissionSet.FileDate(day: day(16, 3), seconds: 200),
            "y.csv": SubmissionSet.FileDate(day: day(16, 3), seconds: 100),
        ]
        #expect(SubmissionSet(surveys: [x, y], fileDates: dates).used.map(\.file) == ["x.csv"])
        #expect(SubmissionSet(surveys: [x, y], fileDates: [:]).used.map(\.file) == ["y.csv"])
    }

    @Test func trackerCountsExpectedReceivedLateAndMissing() {
        let surveys = [
            survey("vp-1.csv", unit: "VP", period: "2023-01", sent: day(18, 1)),
            survey("vp-q1.csv", unit: "VP", period: "2023-Q1", sent: day(16, 3)),
            survey("qldt-3.csv", unit: "QLDT", period: "2023-03", kind: .investment, sent: day(15, 3)),
        ]
        let q1 = report([], for: "2023-Q1", surveys: surveys)
        let tracker = q1.tracker
        // 7 units owe task progress for 3 months and the quarter, QLDT 3 monthly
        // investment reports, QHXD and TNMT a quarterly indicator report.
        #expect(tracker.expected == 7 * 4 + 3 + 2)
        #expect(tracker.received == 3)
        #expect(tracker.onTime == 2)
        #expect(tracker.lines.first { $0.file == "vp-1.csv" }?.state == .late)
        #expect(tracker.lines.first { $0.file == "vp-1.csv" }?.deadline == day(17, 1))
        #expect(abs(tracker.reportingRate - 3.0 / 33.0) < 1e-12)
    }

    @Test func zoneComplianceNamesTheNonCompliantAndTheSilent() {
        let rows: [SubmissionRow] = plan.operatingIndustrialZones.prefix(7).enumerated().map { index, zone in
            .indicator(
                IndicatorRow(
                    source: SourceLine(file: "tnmt.csv", line: index + 2), unit: "TNMT",
                    period: period("2023-Q1"), target: "III.2", subject: zone.code,
                    result: index == 3 ? .nonCompliant : .compliant, date: day(1, 3), note: ""))
        }
        let q1 = report(rows, for: "2023-Q1")
        let zones = q1.zoneCompliance!
        #expect(zones.compliant == 6)
        #expect(zones.total == 9)
        #expect(zones.nonCompliant.map(\.name) == ["KCN Tràng Duệ"])
        #expect(zones.notReported.map(\.name) == ["KCN Nam Đình Vũ (khu 1)", "KCN An Dương"])
        #expect(q1.targets.first { $0.target.code == "III.2" }?.status == .notReached)
    }
}
