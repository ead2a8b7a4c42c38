import Foundation
import ReportCore
import TestSupport
import Testing

@testable import ReportApp

/// The shipped examples, consolidated and read back as a user would see them.
@Suite struct ExamplesReportTests {
    let outcome: ReportRun.Outcome
    let workbook: ReadWorkbook

    init() throws { (outcome, workbook) = try examplesReport.get() }

    @Test func theWorkbookHasTheSheetsAndTheOfficialHeader() throws {
        #expect(
            workbook.sheetNames == [
                "Tổng hợp", "Báo cáo", "Chỉ tiêu", "Theo tháng", "Nhiệm vụ", "Dự án", "Nộp báo cáo", "Kiểm tra",
                "Dữ liệu",
            ])
        #expect(outcome.workbook?.lastPathComponent == "bao-cao-KHTH-2023-Q1-VI-DU.xlsx")
        let summary = try #require(workbook.sheet("Tổng hợp"))
        #expect(summary.text("A1") == "UBND THÀNH PHỐ HẢI PHÒNG")
        #expect(summary.text("A2") == "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG")
        #expect(summary.texts().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(summary.texts().contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(summary.text("A5")?.hasPrefix("BÁO CÁO TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 554/KH-BQL") == true)
        #expect(summary.text("A6")?.contains("Quý I/2023 — số liệu từ ngày 15/12/2022 đến ngày 14/03/2023") == true)
        #expect(summary.text("A7")?.hasPrefix("DỮ LIỆU VÍ DỤ") == true)
        #expect(summary.texts().contains("TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP"))
        #expect(summary.fonts["A5"] == "Times New Roman")
        #expect(summary.orientation == "landscape")
        #expect(summary.paperSize == 9)
        #expect(summary.footer?.contains("Trang") == true)
        #expect(summary.charts.count == 3)
        #expect(workbook.properties["created"]?.hasPrefix("2023-03-14") == true)
    }

    @Test func theFourTargetsAreComputedFromTheRows() throws {
        let summary = try #require(workbook.sheet("Tổng hợp"))
        let fdi = try #require(summary.row(labelled: "III.1"))
        #expect(fdi[3]?.number == 2000)
        #expect(abs((fdi[4]?.number ?? 0) - 581.4) < 1e-9)
        #expect(abs((fdi[5]?.number ?? 0) - 581.4) < 1e-9)
        #expect(abs((fdi[6]?.number ?? 0) - 0.2907) < 1e-9)
        #expect(fdi[8]?.text == "Đúng tiến độ")
        let zones = try #require(summary.row(labelled: "III.2"))
        #expect(zones[4]?.text == "7/9 KCN")
        #expect(abs((zones[5]?.number ?? 0) - 7.0 / 9.0) < 1e-12)
        #expect(zones[8]?.text == "Chưa đạt")
        #expect(zones[9]?.text?.contains("Chưa đạt: KCN Nam Cầu Kiền") == true)
        #expect(zones[9]?.text?.contains("Chưa báo cáo: KCN MP Đình Vũ") == true)
        let master = try #require(summary.row(labelled: "III.3"))
        #expect(master[3]?.text == "Trước 30/06/2023")
        #expect(master[5]?.text == "Chưa trình")
        #expect(master[8]?.text == "Đúng tiến độ")
        let starts = try #require(summary.row(labelled: "III.4"))
        #expect(starts[3]?.number == 3)
        #expect(starts[5]?.number == 1)
        #expect(starts[8]?.text == "Đúng tiến độ")
        #expect(starts[9]?.text?.contains("Xuân Cầu") == true)
        #expect(summary.formulas.values.contains { $0.hasPrefix("'Chỉ tiêu'!") })
    }

    @Test func fdiBreaksDownByZoneCountryAndEventOverTheProjectRows() throws {
        let targets = try #require(workbook.sheet("Chỉ tiêu"))
        let total = try #require(
            targets.row(labelled: "Vốn FDI thu hút (cấp mới + điều chỉnh tăng vốn + góp vốn, mua cổ phần)"))
        #expect(abs((total[2]?.number ?? 0) - 581.4) < 1e-9)
        #expect(total[6]?.number == 10)
        #expect(targets.row(labelled: "Cấp mới")?[2]?.number == 465)
        #expect(targets.row(labelled: "KCN VSIP Hải Phòng")?[2]?.number == 115)
        #expect(abs((targets.row(labelled: "Singapore")?[2]?.number ?? 0) - 170.9) < 1e-9)
        #expect(targets.row(labelled: "Điều chỉnh giảm vốn")?[2]?.number == 2)
        #expect(
            targets.rows(labelled: "KCN Nam Cầu Kiền").map { $0[1]?.text } == [nil, "Không đạt", "KCN Nam Cầu Kiền"])
        #expect(targets.row(labelled: "KCN chưa đạt")?[1]?.text == "KCN Nam Cầu Kiền")
        #expect(targets.row(labelled: "KCN MP Đình Vũ")?[1]?.text == "Chưa báo cáo")
        #expect(targets.row(labelled: "Số KCN đạt")?[1]?.number == 7)
        #expect(targets.formulas.values.contains { $0.hasPrefix("SUMIFS('Dự án'!") })
        let projects = try #require(workbook.sheet("Dự án"))
        // A filtered range under a header row (the workbook streams; `--mode normal` makes it an Excel table).
        #expect(projects.row(4).contains { $0?.text == "Vốn FDI (triệu USD)" })
        // 16 events read; one repeated, one dated into April: 14 in the year to date.
        #expect(projects.autofilter == "A4:S18")
        #expect(projects.texts().filter { $0 == "2143210987" }.count == 1)
        // The Windows-1258 file's Vietnamese reads as written.
        #expect(projects.texts().contains("Nhà máy thiết bị điện gió ngoài khơi Windtech"))
        // 1.250 in a file whose other numbers group thousands with dots: 1250 tỷ đồng.
        #expect(targets.rows(labelled: "Điều chỉnh tăng vốn").map { $0[2]?.number } == [95.5, 1250])
    }

    @Test func tasksShowEachUnitsReportAndTheConsolidatedStatus() throws {
        let tasks = try #require(workbook.sheet("Nhiệm vụ"))
        let vsip = try #require(tasks.row(labelled: "II.1.l"))
        #expect(vsip[3]?.text == "Hoàn thành")
        #expect(vsip[4]?.text == "Đúng hạn")
        #expect(vsip[7]?.text?.contains("QHXD: Hoàn thành (100%), xong 28/02/2023") == true)
        let energy = try #require(tasks.row(labelled: "II.1.a"))
        #expect(energy[8]?.text?.hasPrefix("[QLDT] Tiếp và làm việc với 05 đoàn nhà đầu tư") == true)
        #expect(energy[9]?.text?.contains("Quy hoạch điện VIII") == true)
        // TTXT sent no quarterly report: its February report stands.
        #expect(tasks.row(labelled: "II.5")?[7]?.text?.contains("Tháng 2/2023") == true)
        let summary = try #require(workbook.sheet("Tổng hợp"))
        #expect(summary.row(labelled: "Đang triển khai")?[2]?.number == 22)
        #expect(summary.row(labelled: "Chưa triển khai")?[2]?.number == 2)
        #expect(summary.row(labelled: "Hoàn thành")?[2]?.number == 1)
    }

    @Test func theTrackerCountsWhatWasOwedAndWhatCameIn() throws {
        let tracker = try #require(workbook.sheet("Nộp báo cáo"))
        #expect(tracker.row(labelled: "Số báo cáo phải nộp")?[4]?.number == 33)
        #expect(tracker.row(labelled: "Đã nộp")?[4]?.number == 27)
        #expect(tracker.row(labelled: "Nộp đúng hạn")?[4]?.number == 23)
        #expect(tracker.row(labelled: "Nộp trễ hạn")?[4]?.number == 4)
        #expect(tracker.row(labelled: "Chưa nộp")?[4]?.number == 6)
        let rate = try #require(tracker.row(labelled: "Tỷ lệ báo cáo (đã nộp / phải nộp)")?[4]?.number)
        #expect(abs(rate - 27.0 / 33.0) < 1e-12)
        #expect(tracker.texts().contains("Bị thay thế bởi _vi-du/2023-Q1/QHXD_2023-Q1_tien-do_sua.csv"))
        #expect(tracker.texts().contains("Windows-1258"))
        #expect(tracker.texts().contains("UTF-16 LE"))
        #expect(!tracker.texts().contains("LỆCH"))
        let summary = try #require(workbook.sheet("Tổng hợp"))
        #expect(summary.row(labelled: "III. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ") != nil)
    }

    @Test func everyRowIsInTheReportOrTheDiagnostics() throws {
        let totals = outcome.totals
        #expect(totals.dataRows == totals.accepted + totals.rejected + totals.notUsed)
        // Every accepted row is in exactly one of «Dự án» and «Dữ liệu», by its file and line.
        let data = try #require(workbook.sheet("Dữ liệu"))
        let projects = try #require(workbook.sheet("Dự án"))
        func sources(_ sheet: ReadWorkbook.Sheet, file: String, line: String) throws -> [String] {
            let header = try #require(sheet.find("STT")).row
            return ((header + 1)...sheet.maxRow).compactMap { row in
                guard let file = sheet.text("\(file)\(row)"), let line = sheet.number("\(line)\(row)") else {
                    return nil
                }
                return "\(file):\(Int(line))"
            }
        }
        let listed = try sources(data, file: "B", line: "C") + sources(projects, file: "R", line: "S")
        #expect(listed.count == totals.accepted)
        #expect(Set(listed).count == listed.count)
        // The events not counted say why.
        #expect(data.texts().contains { $0.hasPrefix("Trùng sự kiện ở _vi-du/2023-02/QLDT_2023-02_du-an.csv dòng 3") })
        #expect(data.texts().contains("Ngày cấp thuộc tháng 4/2023, sau kỳ báo cáo"))
        let checks = try #require(workbook.sheet("Kiểm tra"))
        #expect(checks.texts().contains("event-duplicate"))
        #expect(checks.texts().contains("submission-superseded"))
        #expect(outcome.errors == 0)
    }
}
