import Foundation
import Testing

@testable import ReportCore

@Suite struct PlanTests {
    let plan = Plan.default554

    @Test func embeddedPlanHoldsPlan554() {
        #expect(plan.document.number == "554/KH-BQL")
        #expect(plan.document.issued == Day(year: 2023, month: 2, day: 3))
        #expect(plan.year == 2023)
        #expect(plan.tasks.map(\.code) == (1...10).map { "II.\($0)" })
        #expect(plan.task(code: "II.1")!.subItems.count == 11)
        #expect(plan.task(code: "II.1.b")!.text.contains("KCN Nam Tràng Cát"))
        #expect(plan.task(code: "II.1.l")!.zone == "VSIP")
        #expect(plan.targets.map(\.code) == ["III.1", "III.2", "III.3", "III.4"])
        #expect(plan.target(code: "III.1")!.planValue == 2000)
        #expect(plan.target(code: "III.3")!.deadline == Day(year: 2023, month: 6, day: 30))
        #expect(plan.target(code: "III.4")!.subjects.count == 3)
        #expect(
            plan.operatingIndustrialZones.map(\.name) == [
                "KCN Đình Vũ", "KCN Nomura - Hải Phòng", "KCN Đồ Sơn", "KCN Tràng Duệ", "KCN VSIP Hải Phòng",
                "KCN Nam Cầu Kiền", "KCN MP Đình Vũ", "KCN Nam Đình Vũ (khu 1)", "KCN An Dương",
            ])
        for name in [
            "Nam Tràng Cát", "Thủy Nguyên", "Tràng Duệ 3", "Giang Biên 2", "Tiên Thanh", "Xuân Cầu",
            "Cảng cửa ngõ quốc tế Hải Phòng", "Nam Đình Vũ (khu 2)",
        ] {
            #expect(plan.zones.contains { $0.name.contains(name) }, "zone \(name)")
        }
        #expect(plan.calendar.windows == .decree09 && plan.calendar.deadlineWorkingDays == 2)
        // Week days off in 2023: 2/1, Tết 20–26/1 (5), 1–3/5 (3), 1/9 and 4/9; 17 days with the weekends among them.
        #expect(plan.calendar.holidays.count == 17)
        #expect(plan.calendar.holidays.filter { !$0.isWeekend }.count == 11)
        #expect(plan.units.map(\.code).starts(with: ["VP", "KHTH", "QLDT", "QHXD", "TNMT", "DNLD", "TTR"]))
    }

    @Test func namesAsUnitsWriteThem() {
        let lookup = PlanLookup(plan: plan)
        #expect(lookup.unit("QLĐT")?.code == "QLDT")
        #expect(lookup.unit(" qldt ")?.code == "QLDT")
        #expect(lookup.unit("Phòng Quản lý đầu tư")?.code == "QLDT")
        #expect(lookup.unit("P. QHXD")?.code == "QHXD")
        #expect(lookup.unit("Phòng TNMT")?.code == "TNMT")
        #expect(lookup.unit("P.XYZ") == nil)
        #expect(lookup.unit("PHONG") == nil)
        #expect(lookup.zone("KCN VSIP")?.code == "VSIP")
        #expect(lookup.zone("Khu công nghiệp VSIP Hải Phòng")?.code == "VSIP")
        #expect(lookup.zone("KCN Nam Đình Vũ khu 1")?.code == "NAMDINHVU1")
        #expect(lookup.zone("KCN Nam Dinh Vu (khu 1)")?.code == "NAMDINHVU1")
        #expect(lookup.zone("KCN Thuỷ Nguyên")?.code == "THUYNGUYEN")
        #expect(lookup.zone("KCN Đình Vũ")?.code == "DINHVU")
        #expect(lookup.zone("KCN Nam Đình Vũ")?.code == nil)
        #expect(lookup.zone("KCN Đình Vũ (Deep C I)")?.code == "DINHVU")
        #expect(lookup.zone("KCN Nam Đình Vũ (Deep C II)")?.code == nil)
        #expect(lookup.task("ii.1.A")?.code == "II.1.a")
        #expect(lookup.task("II-1b")?.code == "II.1.b")
        #expect(lookup.task("II.01")?.code == "II.1")
        #expect(lookup.task("II.11") == nil)
        // The code with the task's wording after it, as copied from the plan.
        #expect(lookup.task("II.1.a - Thu hút đầu tư các dự án năng lượng sử dụng công nghệ 4.0")?.code == "II.1.a")
        #expect(lookup.task("II.1.a. Thu hút đầu tư")?.code == "II.1.a")
        #expect(lookup.task("II.7 Đẩy mạnh cải cách hành chính")?.code == "II.7")
        #expect(lookup.task("Mục II.6.b")?.code == "II.6.b")
        #expect(lookup.task("II.1 và II.2") == nil)
        #expect(lookup.task("II.1.a.1") == nil)
        #expect(lookup.task("II.1.a, b") == nil)
        #expect(lookup.task("II.1ab") == nil)
        #expect(lookup.task("II.1a Thu hút đầu tư")?.code == "II.1.a")
        let starts = plan.target(code: "III.4")!
        #expect(lookup.subject("Dự án nhà ở công nhân Pegatron giai đoạn 1", of: starts)?.code == "PEGATRON-NOCN")
        #expect(lookup.subject("Hạ tầng KCN Xuân Cầu", of: starts)?.code == "XUANCAU-HT")
        #expect(lookup.subject("", of: plan.target(code: "III.3")!)?.code == "QHC-DVCH")
    }

    @Test func exportedPlanReadsBackTheSame() throws {
        let reread = try PlanFile.parse(Plan.defaultPlanText, file: "ke-hoach.yaml")
        #expect(reread.allTaskItems.map(\.code) == plan.allTaskItems.map(\.code))
        #expect(reread.targets == plan.targets)
        #expect(reread.zones == plan.zones)
    }

    @Test func anEditedTargetIsRead() throws {
        let edited = Plan.defaultPlanText.replacingOccurrences(of: "ke_hoach: 2000", with: "ke_hoach: 2500")
        #expect(try PlanFile.parse(edited).target(code: "III.1")?.planValue == 2500)
    }

    /// A broken plan file names the place and the fix, and never crashes.
    @Test(arguments: [
        ("ke_hoach: 2000", "ke_hoach: hai nghìn", 0, "phải là một số"),
        (
            "    chu_tri: QLDT\n    han: 31/12/2023\n    muc:", "    chu_tri: QLDA\n    han: 31/12/2023\n    muc:", 0,
            "không có trong danh sách don_vi"
        ),
        ("  trich_yeu: Triển khai", "  trich_yue: Triển khai", 0, "Có phải là \"trich_yeu\"?"),
        ("    han: 30/06/2023", "    han: 31/06/2023", 0, "không phải ngày hợp lệ"),
        (
            "lich_bao_cao:\n  khung_so_lieu: nghi_dinh_09", "lich_bao_cao:\n  khung_so_lieu: theo_quy", 0,
            "nghi_dinh_09, thang_duong_lich"
        ),
        ("lich_bao_cao:\n", "lich_bao_cao:\n\t", 0, "YAML"),
    ])
    func brokenPlanFilesAreLocated(original: String, replacement: String, _: Int, words: String) throws {
        let text = Plan.defaultPlanText.replacingOccurrences(of: original, with: replacement)
        #expect(text != Plan.defaultPlanText)
        let marker = replacement.components(separatedBy: "\n").last {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }!
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains(marker) }! + 1
        do {
            _ = try PlanFile.parse(text, file: "ke-hoach.yaml")
            Issue.record("accepted: \(replacement)")
        } catch {
            #expect(error.message.contains(words), "\(error)")
            #expect(error.file == "ke-hoach.yaml")
            #expect(abs(error.line - line) <= 2, "reported line \(error.line), expected about \(line)")
        }
    }
}
