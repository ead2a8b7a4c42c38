import Foundation
import ReportApp
import ReportCore
import TestSupport
import Testing

/// The narrative draft («Báo cáo» and the text beside the workbook) says what
/// the sheets hold, in the words and number style of an official report; the
/// year on year appears only when the plan gives last year's figures; «Theo
/// tháng» shows the year month by month.
@Suite struct NarrativeTests {
    let outcome: ReportRun.Outcome
    let workbook: ReadWorkbook

    init() throws { (outcome, workbook) = try examplesReport.get() }

    var paragraphs: [String] {
        let sheet = workbook.sheet("Báo cáo")!
        return (1...sheet.maxRow).compactMap { sheet.row($0).first??.text }
    }

    /// `581,4`: a number as the narrative writes it, from the cell's value.
    func vietnamese(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }

    @Test func theFDISentenceHoldsTheSummarysFigures() throws {
        let summary = try #require(workbook.sheet("Tổng hợp"))
        let fdi = try #require(summary.row(labelled: "III.1"))
        let sentence = try #require(paragraphs.first { $0.hasPrefix("III.1.") })
        #expect(sentence.contains("đến ngày 14/03/2023"))
        #expect(sentence.contains("thu hút FDI đạt \(vietnamese(fdi[5]!.number!, digits: 1)) triệu USD"))
        #expect(sentence.contains("bằng \(vietnamese(fdi[6]!.number! * 100, digits: 2)) % kế hoạch năm"))
        #expect(sentence.contains("(2.000 triệu USD)"))
        // Each event type's count and capital, as «Chỉ tiêu» breaks them down.
        let targets = try #require(workbook.sheet("Chỉ tiêu"))
        for (label, words) in [
            ("Cấp mới", "cấp mới %d dự án với tổng vốn đăng ký %@ triệu USD"),
            ("Điều chỉnh tăng vốn", "điều chỉnh tăng vốn %d lượt dự án, tăng thêm %@ triệu USD"),
            ("Góp vốn, mua cổ phần", "góp vốn, mua cổ phần %d lượt, %@ triệu USD"),
        ] {
            let row = try #require(targets.row(labelled: label))
            let expected = String(format: words, Int(row[3]!.number!), vietnamese(row[2]!.number!, digits: 1))
            #expect(sentence.contains(expected), "\(expected)")
        }
        #expect(sentence.contains("cấp mới 5 dự án với tổng vốn đăng ký 465,0 triệu USD"))
        #expect(sentence.hasSuffix("Thời gian đã qua 24,7 % năm kế hoạch; đánh giá: đúng tiến độ."))
        // No figures of last year in the plan: not a word of them.
        #expect(!paragraphs.contains { $0.contains("cùng kỳ") })
        #expect(!summary.texts().contains { $0.contains("cùng kỳ") })
    }

    @Test func taskSentencesQuoteTheUnitsResultsAndTheClosingNamesWhoHasNotReported() throws {
        let task = try #require(paragraphs.first { $0.hasPrefix("- II.1.a.") })
        #expect(task.contains("(chủ trì: QLDT; hạn 31/12/2023): đang triển khai; trong hạn."))
        #expect(task.contains("QLDT: Tiếp và làm việc với 05 đoàn nhà đầu tư năng lượng sạch"))
        #expect(paragraphs.contains("II. KHÓ KHĂN, VƯỚNG MẮC"))
        #expect(
            paragraphs.contains(
                "- TNMT (nhiệm vụ II.6.a): Thiếu kinh phí thuê đơn vị tư vấn."))
        #expect(paragraphs.contains("- TNMT (nhiệm vụ II.6.a): Đề nghị bổ sung kinh phí năm 2023."))
        #expect(
            paragraphs.contains(
                "Đã nhận 27/33 báo cáo phải nộp (23 đúng hạn, 4 trễ hạn); các đơn vị chưa gửi đủ báo cáo: VP (1 báo cáo), DNLD (1 báo cáo), TTR (2 báo cáo), TTXT (2 báo cáo)."
            ))
        // The next steps start with the overdue; here none is, so none is announced.
        #expect(paragraphs.contains("Tiếp tục triển khai 24 nhiệm vụ, mục chưa hoàn thành:"))
    }

    @Test func theTextFileIsTheSheetsParagraphs() throws {
        let url = try #require(outcome.narrative)
        #expect(url.lastPathComponent == "bao-cao-KHTH-2023-Q1-VI-DU.txt")
        let bytes = try Data(contentsOf: url)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let written = text.components(separatedBy: "\r\n\r\n").map { $0.trimmingCharacters(in: .newlines) }
        let shown = paragraphs.drop { $0 != "BÁO CÁO" }
        #expect(Array(shown.prefix(written.count)) == written)
        #expect(written.first == "BÁO CÁO")
        // On the sheet: one paragraph a row across the page, A4 portrait.
        let sheet = try #require(workbook.sheet("Báo cáo"))
        #expect(sheet.orientation == "portrait" && sheet.paperSize == 9)
        #expect(sheet.merged.contains { $0.hasPrefix("A") && $0.contains(":B") })
        #expect(written.contains { $0.hasPrefix("III.1. ") })
    }

    @Test func theMonthsSheetShowsTheYearMonthByMonth() throws {
        let months = try #require(workbook.sheet("Theo tháng"))
        let header = try #require(months.row(labelled: "Nội dung"))
        #expect(header.compactMap { $0?.text } == ["Nội dung", "Tháng 1", "Tháng 2", "Tháng 3"])
        let cumulative = try #require(months.row(labelled: "Lũy kế từ đầu năm"))
        #expect(abs((cumulative[3]?.number ?? 0) - 581.4) < 1e-9)
        let events = EventType.allCases.map { months.row(labelled: $0.rawValue)! }
        let total = events.flatMap { Array($0[1...3]) }.compactMap { $0?.number }.reduce(0, +)
        #expect(total == 14)  // every event «Dự án» lists, each in its month
        #expect(months.row(labelled: "Chưa báo cáo")?[1]?.number == 12)
        #expect(months.row(labelled: "Phải nộp")?.compactMap { $0?.number } == [8, 8, 8])
        #expect(months.charts.count == 1)
    }
}
