import Testing

@testable import ReportCore

@Suite struct ValueReadingTests {
    @Test(arguments: [
        ("1500", NumberReading.exact(1500, evidence: nil)),
        ("2.000.000", .exact(2_000_000, evidence: .vietnamese)),
        ("2,000,000", .exact(2_000_000, evidence: .english)),
        ("1,5", .exact(1.5, evidence: .vietnamese)),
        ("1.5", .exact(1.5, evidence: .english)),
        ("1.234.567,89", .exact(1_234_567.89, evidence: .vietnamese)),
        ("1,234,567.89", .exact(1_234_567.89, evidence: .english)),
        ("1.500", .ambiguous(vietnamese: 1500, english: 1.5)),
        ("12,345", .ambiguous(vietnamese: 12.345, english: 12345)),
        ("0.500", .exact(0.5, evidence: .english)),
        ("1500.000", .exact(1500, evidence: .english)),
        ("2 000 000", .exact(2_000_000, evidence: nil)),
        (" 42 ", .exact(42, evidence: nil)),
        ("-3", .exact(-3, evidence: nil)),
        ("(1.200.000)", .exact(-1_200_000, evidence: .vietnamese)),
        ("1.23.4", .invalid), ("1,2,3", .invalid), ("1.234,5.6", .invalid), ("abc", .invalid), ("", .invalid),
        ("12a", .invalid), ("1..2", .invalid),
    ])
    func numbers(text: String, expected: NumberReading) {
        #expect(NumberReading.read(text) == expected)
    }

    @Test func ambiguousNumbersFollowTheFile() {
        var evidence = NumberEvidence()
        #expect(evidence.style == nil)
        evidence.note(NumberReading.read("2.000.000"), at: Sighting(line: 3, text: "2.000.000"))
        #expect(NumberReading.read("1.500").value(in: evidence.style) == 1500)
        evidence.note(NumberReading.read("1.25"), at: Sighting(line: 9, text: "1.25"))
        #expect(evidence.style == nil)
        #expect(evidence.firstVietnamese == Sighting(line: 3, text: "2.000.000"))
        #expect(evidence.firstEnglish == Sighting(line: 9, text: "1.25"))
    }

    @Test func dates() {
        func day(_ d: Int, _ m: Int, _ y: Int) -> Day { Day(year: y, month: m, day: d)! }
        #expect(DateReading.read("30/06/2023") == .day(day(30, 6, 2023), twoDigitYear: false))
        #expect(
            DateReading.read("1/7/2023")
                == .dayOrMonthFirst(
                    dayFirst: day(1, 7, 2023), monthFirst: day(7, 1, 2023),
                    twoDigitYear: false))
        #expect(DateReading.read("15/7/2023") == .day(day(15, 7, 2023), twoDigitYear: false))
        #expect(DateReading.read("2023-06-30") == .day(day(30, 6, 2023), twoDigitYear: false))
        #expect(DateReading.read("2023-06-30 00:00:00") == .day(day(30, 6, 2023), twoDigitYear: false))
        #expect(DateReading.read("30.06.2023") == .day(day(30, 6, 2023), twoDigitYear: false))
        #expect(DateReading.read("45107") == .day(day(30, 6, 2023), twoDigitYear: false))
        #expect(DateReading.read("ngày 30 tháng 6 năm 2023") == .day(day(30, 6, 2023), twoDigitYear: false))
        #expect(DateReading.read("30/06/23") == .day(day(30, 6, 2023), twoDigitYear: true))
        #expect(
            DateReading.read("03/04/2023")
                == .dayOrMonthFirst(
                    dayFirst: day(3, 4, 2023), monthFirst: day(4, 3, 2023),
                    twoDigitYear: false))
        #expect(DateReading.read("31/02/2023") == .impossible(reason: "tháng 2/2023 không có ngày 31", monthFirst: nil))
        #expect(
            DateReading.read("06/30/2023")
                == .impossible(reason: "tháng 30 không tồn tại", monthFirst: day(30, 6, 2023)))
        #expect(DateReading.read("30-06") == .unreadable)
        #expect(DateReading.read("ngày 01/03/2023").dayFirst == Day(year: 2023, month: 3, day: 1))
        #expect(DateReading.read("01/03/2023 (điều chỉnh lần 2)").dayFirst == Day(year: 2023, month: 3, day: 1))
        #expect(DateReading.read("Ngày 30 tháng 6 năm 2023").dayFirst == Day(year: 2023, month: 6, day: 30))
        #expect(DateReading.read("(chưa có)") == .unreadable)
        #expect(DateReading.read("12") == .unreadable)
    }

    @Test func closedListsIgnoreCaseAndDiacritics() {
        #expect(TaskStatus(reading: "dang trien khai") == .inProgress)
        #expect(TaskStatus(reading: "ĐÃ HOÀN THÀNH") == .done)
        #expect(TaskStatus(reading: "Tạm  dừng") == .paused)
        #expect(TaskStatus(reading: "đang làm dở") == nil)
        #expect(EventType(reading: "Góp vốn mua cổ phần") == .shareAcquisition)
        #expect(EventType(reading: "tăng vốn") == .capitalIncrease)
        #expect(EventType(reading: "Điều chỉnh tăng vốn đầu tư") == .capitalIncrease)
        #expect(EventType(reading: "Điều chỉnh giảm vốn đầu tư") == .capitalDecrease)
        // The certificate, project or investment named along do not change the event.
        #expect(EventType(reading: "Cấp GCNĐKĐT lần đầu") == .newCertificate)
        #expect(EventType(reading: "Điều chỉnh GCNĐKĐT - tăng vốn") == .capitalIncrease)
        #expect(EventType(reading: "Chấm dứt hoạt động dự án") == .termination)
        #expect(EventType(reading: "Cấp điều chỉnh tăng vốn") == .capitalIncrease)
        #expect(EventType(reading: "Điều chỉnh GCNĐKĐT") == nil)
        #expect(EventType(reading: "Dự án đầu tư") == nil)
        #expect(CurrencyUnit(reading: "triệu đô") == .millionUSD)
        #expect(CurrencyUnit(reading: "USD (triệu)") == .millionUSD)
        #expect(CurrencyUnit(reading: "Đô la Mỹ") == .usd)
        #expect(TaskStatus(reading: "Hoàn thành 100%") == .done)
        // Words of timing, manner or extent after a status leave it as it is.
        #expect(TaskStatus(reading: "Hoàn thành đúng hạn") == .done)
        #expect(TaskStatus(reading: "Hoàn thành (đạt 100%)") == .done)
        #expect(TaskStatus(reading: "Hoàn thành chậm so với kế hoạch") == nil)
        #expect(TaskStatus(reading: "Hoàn thành chậm tiến độ") == .done)
        #expect(TaskStatus(reading: "Tạm dừng thực hiện") == .paused)
        #expect(TaskStatus(reading: "Dừng thực hiện") == .paused)
        #expect(TaskStatus(reading: "Đang triển khai (đạt 50%)") == .inProgress)
        #expect(TaskStatus(reading: "Đúng hạn") == nil)
        #expect(TaskStatus(reading: "Không thực hiện") == nil)
        #expect(TaskStatus(reading: "Chưa hoàn thành") == nil)
        #expect(TaskStatus(reading: "Chưa triển khai do vướng mặt bằng") == nil)
        #expect(CapitalSource(reading: "Đầu tư nước ngoài") == .fdi)
        #expect(IndicatorResult(reading: "chua co HTXLNT", measure: .compliantZoneShare) == .noTreatmentPlant)
        #expect(IndicatorResult(reading: "Đã trình", measure: .compliantZoneShare) == nil)
        #expect(IndicatorResult(reading: "Đạt (QCVN 40:2011/BTNMT)", measure: .compliantZoneShare) == .compliant)
        #expect(IndicatorResult(reading: "Không đạt (COD vượt chuẩn)", measure: .compliantZoneShare) == .nonCompliant)
        #expect(
            IndicatorResult(reading: "Chưa có hệ thống xử lý nước thải tập trung", measure: .compliantZoneShare)
                == .noTreatmentPlant)
        #expect(IndicatorResult(reading: "Đã trình HĐND thành phố", measure: .milestone) == .submitted)
        #expect(IndicatorResult(reading: "Đang trình", measure: .milestone) == nil)
        #expect(IndicatorResult(reading: "Đã khởi công (10/03/2023)", measure: .projectStarts) == .started)
        #expect(IndicatorResult(reading: "Đang chuẩn bị khởi công", measure: .projectStarts) == .notStarted)
        #expect(IndicatorResult(reading: "(Đạt)", measure: .compliantZoneShare) == .compliant)
    }

    @Test func ratesWithTheWordsUnitsPutAroundThem() {
        #expect(PercentEvidence.number(in: "Đạt 50%") == ("50", true))
        #expect(PercentEvidence.number(in: "100% KH") == ("100", true))
        #expect(PercentEvidence.number(in: "đạt 80% kế hoạch") == ("80", true))
        #expect(PercentEvidence.number(in: "75,5") == ("75,5", false))
        #expect(PercentEvidence.number(in: "khoảng 50%") == ("khoảng 50", true))
    }

    @Test func amountsWithTheirUnits() {
        #expect(CurrencyUnit.split("1,5 triệu USD")?.unit == .millionUSD)
        #expect(CurrencyUnit.split("1,5 triệu USD")?.number == "1,5")
        #expect(CurrencyUnit.split("$1,500,000")?.unit == .usd)
        #expect(CurrencyUnit.split("120 tỷ đồng")?.unit == .billionVND)
        #expect(CurrencyUnit.split("2.000.000 ₫")?.unit == .vnd)
        #expect(CurrencyUnit.split("45000000")?.unit == nil)
        #expect(CurrencyUnit.split("12 con gà") == nil)
        #expect(CurrencyUnit(reading: "Tr.USD") == .millionUSD)
        #expect(CurrencyUnit(reading: "VNĐ") == .vnd)
        #expect(CurrencyUnit(reading: "triệu") == nil)
    }

    @Test func vietnameseNumberFormatting() {
        #expect(VietnameseNumber.format(2_000_000) == "2.000.000")
        #expect(VietnameseNumber.format(1.5) == "1,5")
        #expect(VietnameseNumber.format(581.4, maxFractionDigits: 2) == "581,4")
        #expect(VietnameseNumber.format(-0.25) == "-0,25")
    }
}
