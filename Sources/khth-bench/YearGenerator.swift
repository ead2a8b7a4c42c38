import Foundation
import ReportCore

/// A real year's inputs, the shape users run: every submission the plan's
/// units owe for 2023 (task progress monthly and for each longer period,
/// indicators from QHXD and TNMT) and monthly and quarterly investment lists
/// from five units — 252 files, about 10,000 rows, all three kinds, Vietnamese
/// text, half the files writing numbers the Vietnamese way and half the
/// English way. Every row is valid, every event distinct and dated inside its
/// period's window, every file sent on time: a clean year.
enum YearGenerator {
    static let investmentUnits = ["QLDT", "TTXT", "DNLD", "QHXD", "VP"]
    static let countries = ["Hàn Quốc", "Nhật Bản", "Singapore", "Trung Quốc", "Đài Loan (Trung Quốc)", "Hoa Kỳ"]
    static let events: [EventType] = [.newCertificate, .capitalIncrease, .shareAcquisition, .capitalDecrease]

    /// What was written, and what the report must find in it.
    struct Written {
        var files = 0
        var rows = 0
        /// Certificate events, every one distinct and counted.
        var events = 0
        /// FDI attracted (new, increases, share purchases), USD.
        var fdiAttractedUSD = 0
    }

    /// Writes the files under `folder`.
    @discardableResult
    static func write(to folder: URL, plan: Plan = .default554, eventsPerFile: Int = 107) throws -> Written {
        var written = Written()
        var files = 0
        var rows = 0
        var certificate = 2_100_000_000
        let year = plan.year
        let periods = ReportingPeriod.Granularity.allCases.flatMap { $0.periods(in: year) }
        for (index, period) in periods.enumerated() {
            let window = plan.calendar.window(of: period)
            let sent = plan.calendar.adding(workingDays: 1, to: plan.calendar.window(of: period).upperBound)
            let english = index % 2 == 1
            for unit in plan.units {
                if unit.owes(.taskProgress, for: period) {
                    rows += try save(
                        taskFile(unit: unit.code, period: period, window: window, sent: sent, plan: plan, seed: files),
                        folder, period, "\(unit.code)_\(period.code)_tien-do.csv")
                    files += 1
                }
                if unit.owes(.indicators, for: period)
                    || (unit.duties[.indicators] != nil && period.granularity == .month)
                {
                    rows += try save(
                        indicatorFile(unit: unit.code, period: period, window: window, sent: sent, plan: plan),
                        folder, period, "\(unit.code)_\(period.code)_chi-tieu.csv")
                    files += 1
                }
            }
            let lists =
                period.granularity == .month || period.granularity == .quarter
                ? investmentUnits : period.granularity == .year ? ["QLDT"] : []
            for unit in lists {
                let text = investmentFile(
                    unit: unit, period: period, window: window, sent: sent, plan: plan, first: certificate,
                    count: eventsPerFile, english: english, truth: &written)
                certificate += eventsPerFile
                rows += try save(text, folder, period, "\(unit)_\(period.code)_du-an.csv")
                files += 1
            }
        }
        written.files = files
        written.rows = rows
        return written
    }

    /// Writes one CSV (UTF-8 with BOM, CRLF); returns its data rows.
    static func save(_ text: (String, Int), _ folder: URL, _ period: ReportingPeriod, _ name: String) throws -> Int {
        let url = folder.appendingPathComponent(period.code).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(("\u{FEFF}" + text.0).utf8).write(to: url)
        return text.1
    }

    /// The period as units write it, in the several forms they use.
    static func written(_ period: ReportingPeriod) -> String {
        switch period.span {
        case .month(let month): month % 2 == 0 ? "Tháng \(month)/\(period.year)" : period.code
        default: period.label
        }
    }

    static func day(_ window: ClosedRange<Day>, _ offset: Int) -> Day {
        let length = window.upperBound.ordinal - window.lowerBound.ordinal + 1
        return Day(ordinal: window.lowerBound.ordinal + offset % length)
    }

    static func taskFile(
        unit: String, period: ReportingPeriod, window: ClosedRange<Day>, sent: Day, plan: Plan, seed: Int
    ) -> (String, Int) {
        let items = plan.allTaskItems
        var text = KindLayout.of(.taskProgress).templateOrder.map(\.header).map(quoted).joined(separator: ",") + "\r\n"
        let count = 8
        for offset in 0..<count {
            let task = items[(seed * 3 + offset * 5) % items.count]
            let done = (seed + offset) % 6 == 0
            let percent = done ? 100 : 10 + (seed * 7 + offset * 13) % 80
            let completed = done ? "\(day(window, offset * 3))" : ""
            let fields = [
                unit, written(period), task.code, done ? "Hoàn thành" : "Đang triển khai", "\(percent)",
                "Đã triển khai các nội dung của nhiệm vụ, đạt kết quả theo kế hoạch; phối hợp với các sở, ngành",
                offset % 3 == 0 ? "Vướng mắc về thủ tục đất đai, giải phóng mặt bằng" : "",
                offset % 4 == 0 ? "Đề nghị UBND thành phố chỉ đạo các sở, ngành hỗ trợ" : "", "\(task.deadline)",
                completed, "\(sent)",
            ]
            text += fields.map(quoted).joined(separator: ",") + "\r\n"
        }
        return (text, count)
    }

    static func indicatorFile(unit: String, period: ReportingPeriod, window: ClosedRange<Day>, sent: Day, plan: Plan)
        -> (String, Int)
    {
        var text = KindLayout.of(.indicators).templateOrder.map(\.header).map(quoted).joined(separator: ",") + "\r\n"
        var rows: [[String]] = []
        for target in plan.targets where target.lead == unit {
            switch target.measure {
            case .compliantZoneShare:
                for (index, zone) in plan.operatingIndustrialZones.enumerated() {
                    rows.append([target.code, zone.name, index == 3 ? "Không đạt" : "Đạt", "", "Quan trắc tự động"])
                }
            case .milestone:
                for subject in target.subjects {
                    rows.append([target.code, subject.name, "Chưa trình", "", "Đang hoàn thiện hồ sơ"])
                }
            case .projectStarts:
                for (index, subject) in target.subjects.enumerated() {
                    let started = index == 0 && period.months.upperBound >= 3
                    rows.append([
                        target.code, subject.name, started ? "Đã khởi công" : "Chưa khởi công",
                        started
                            ? "\(day(plan.calendar.window(of: ReportingPeriod(year: period.year, span: .month(3))), 2))"
                            : "",
                        "",
                    ])
                }
            case .fdiCapital: break
            }
        }
        for row in rows {
            text += ([unit, written(period)] + row + ["\(sent)"]).map(quoted).joined(separator: ",") + "\r\n"
        }
        return (text, rows.count)
    }

    static func investmentFile(
        unit: String, period: ReportingPeriod, window: ClosedRange<Day>, sent: Day, plan: Plan, first: Int,
        count: Int, english: Bool, truth: inout Written
    ) -> (String, Int) {
        let zones = plan.zones.filter { $0.kind == .industrialZone }
        var text = KindLayout.of(.investment).templateOrder.map(\.header).map(quoted).joined(separator: ",") + "\r\n"
        for index in 0..<count {
            let fdi = index % 5 != 4
            let event = events[index % events.count]
            // FDI in USD with thousands grouped twice or more, DDI in tỷ đồng: never ambiguous.
            let amount =
                fdi
                ? "\(1 + index % 90)\(english ? "," : ".")\(String(format: "%03d", index % 1000))\(english ? "," : ".")000"
                : "\(10 + index % 400)"
            truth.events += 1
            if fdi && event.countsAsAttracted {
                truth.fdiAttractedUSD += (1 + index % 90) * 1_000_000 + index % 1000 * 1000
            }
            let fields = [
                unit, written(period), "\(first + index)", event.rawValue, "\(day(window, index))",
                "Nhà máy sản xuất linh kiện điện tử số \(first + index)", "Công ty TNHH Đầu tư \(index % 500)",
                fdi ? countries[index % countries.count] : "Việt Nam", zones[index % zones.count].name,
                fdi ? "FDI" : "DDI", amount, fdi ? "USD" : "tỷ đồng", "\(sent)",
            ]
            text += fields.map(quoted).joined(separator: ",") + "\r\n"
        }
        return (text, count)
    }

    static func quoted(_ field: String) -> String {
        field.contains(",") || field.contains("\"")
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
