import Foundation
import TestSupport
import Testing

@testable import ReportCore

/// One fixture per rule: the diagnostic's code, severity, line, column and
/// words, and the row's fate.
@Suite struct IntakeRuleTests {

    @Test(arguments: RowRuleFixture.rows)
    func eachRuleIsLocatedAndWorded(_ fixture: RowRuleFixture) throws {
        let result = try intake(fixture.text, file: "don-vi/bao-cao.csv")
        let code = try #require(Rule.Code(rawValue: fixture.code))
        let found = try #require(result.first(code), "codes: \(result.codes())")
        #expect(found.severity.rawValue == fixture.severity)
        #expect(found.file == "don-vi/bao-cao.csv")
        #expect(found.line == 2)
        #expect(found.columnLetter == fixture.column)
        for words in fixture.words {
            #expect((found.message + " " + found.fix).contains(words), "\(found.message) → \(found.fix)")
        }
        #expect(!found.fix.isEmpty)
        #expect(result.account.dataRows == 1)
        #expect(result.account.balances)
        #expect(result.account.rejected == (found.severity == .error ? 1 : 0))
    }

    @Test func ambiguousNumbersReadWithTheFilesEvidence() throws {
        let vietnamese = try intake(
            eventHeader + "\r\n"
                + "QLDT,2023-03,1,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,1.500,triệu USD\r\n"
                + "QLDT,2023-03,2,Cấp mới,02/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,2.000.000,USD\r\n")
        #expect(vietnamese.events.map(\.amount) == [1500, 2_000_000])
        #expect(vietnamese.events.map(\.reportAmount) == [1500, 2])
        let english = try intake(
            eventHeader + "\r\n"
                + "QLDT,2023-03,1,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,1.500,triệu USD\r\n"
                + "QLDT,2023-03,2,Cấp mới,02/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,\"2,000,000\",USD\r\n")
        #expect(english.events.map(\.amount) == [1.5, 2_000_000])
        let mixed = try intake(
            eventHeader + "\r\n"
                + "QLDT,2023-03,1,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,1.500,triệu USD\r\n"
                + "QLDT,2023-03,2,Cấp mới,02/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,\"2,000,000\",USD\r\n"
                + "QLDT,2023-03,3,Cấp mới,03/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,2.000.000,USD\r\n")
        #expect(mixed.first(.numberStylesMixed)?.message.contains("dòng 3: 2,000,000") == true)
        #expect(mixed.first(.numberAmbiguous)?.line == 2)
    }

    @Test func ratesWrittenAsPartsOfOneAreReadFromTheFilesEvidence() throws {
        // What a spreadsheet holds behind cells shown as 40%, 25%, 100%.
        let fractions = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Đang triển khai,\"0,4\",,,,,\r\n"
                + "VP,2023-03,II.9,Đang triển khai,\"0,35\",,,,,\r\n"
                + "VP,2023-03,II.8,Hoàn thành,1,,,,,10/03/2023\r\n")
        #expect(fractions.tasks.map(\.percent) == [40, 35, 100])
        let note = try #require(fractions.first(.percentAsFraction), "codes: \(fractions.codes())")
        #expect(note.severity == .warning)
        #expect(note.message.contains("dòng 2: 0,4"))
        #expect(note.message.contains("0,6 là 60%"))
        #expect(fractions.first(.donePercentBelow100) == nil)
        #expect(fractions.account.accepted == 3)

        // Among percentages, a rate below 1 is read as written, and flagged.
        let mixed = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Đang triển khai,60,,,,,\r\n"
                + "VP,2023-03,II.9,Đang triển khai,\"0,5\",,,,,\r\n"
                + "VP,2023-03,II.8,Đang triển khai,\"0,5%\",,,,,\r\n")
        #expect(mixed.tasks.map(\.percent) == [60, 0.5, 0.5])
        #expect(mixed.first(.percentAsFraction) == nil)
        let flagged = mixed.all.filter { $0.code == .percentBelowOne }
        #expect(flagged.count == 1)
        let below = try #require(flagged.first)
        #expect(below.severity == .warning)
        #expect(below.line == 3)
        #expect(below.columnLetter == "E")
        #expect(below.message.contains("0,5 nhỏ hơn 1"))
        #expect(below.fix.contains("ghi 50"))
        #expect(mixed.account.accepted == 3)

        // Rates written with % are percentages however small.
        let signed = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Đang triển khai,\"0,5%\",,,,,\r\nVP,2023-03,II.9,Đang triển khai,1%,,,,,\r\n")
        #expect(signed.tasks.map(\.percent) == [0.5, 1])
        #expect(!signed.codes().contains { $0.hasPrefix("percent-") })
    }

    @Test func spreadsheetErrorsInCellsAreNamed() throws {
        let result = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Hoàn thành,100,Xong,,,,Err:502\r\n"
                + "VP,2023-03,II.9,Đang triển khai,#N/A,,,,,\r\n"
                + "VP,2023-03,II.8,Đang triển khai,10,#Ref! là lỗi,,,,\r\n")
        let errors = result.all.filter { $0.code == .formulaError }
        #expect(errors.map(\.line) == [2, 3])
        #expect(errors.map(\.columnLetter) == ["J", "E"])
        #expect(errors.map(\.value) == ["Err:502", "#N/A"])
        // The cell's own rule still rejects a row whose date or rate is lost.
        #expect(result.first(.dateUnreadable)?.line == 2)
        #expect(result.first(.percentInvalid)?.line == 3)
        #expect(result.account.accepted == 1 && result.account.rejected == 2)
    }

    @Test func deadlinesCopiedFromThePlanAsPeriodsAreTheirLastDay() throws {
        let result = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Đang triển khai,10,,,,Tháng 6/2023,\r\n"
                + "VP,2023-03,II.9,Đang triển khai,10,,,,Quý III/2023,\r\n"
                + "VP,2023-03,II.8,Đang triển khai,10,,,,Năm 2023,\r\n"
                + "VP,2023-03,II.6.a,Hoàn thành,100,,,,30/06/2023,Tháng 3/2023\r\n")
        #expect(
            result.tasks.map(\.due) == [
                Day(year: 2023, month: 6, day: 30), Day(year: 2023, month: 9, day: 30),
                Day(year: 2023, month: 12, day: 31),
            ])
        // A completion date must be a day.
        let completed = try #require(result.first(.dateUnreadable))
        #expect(completed.line == 5 && completed.columnLetter == "J")
    }

    @Test func aTwelveHourClockShowsAMonthFirstFile() throws {
        // Saved on a computer set to US English: 3/2/2023 is 2 March, not 3 February.
        let result = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Hoàn thành,100,,,,,3/2/2023 12:00:00 AM\r\n")
        let found = try #require(result.first(.dateAmbiguous), "codes: \(result.codes())")
        #expect(found.line == 2 && found.columnLetter == "J")
        #expect(found.message.contains("dòng 2: 3/2/2023 12:00:00 AM"))
        #expect(result.tasks.isEmpty)
        // A 24-hour clock says nothing of the order.
        let plain = try intake(taskHeader + "\r\n" + "VP,2023-03,II.7,Hoàn thành,100,,,,,3/2/2023 0:00\r\n")
        #expect(plain.tasks.map(\.completed) == [Day(year: 2023, month: 2, day: 3)])
    }

    @Test func monthFirstFilesMakeAmbiguousDatesErrors() throws {
        let result = try intake(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Hoàn thành,100,,,,,03/04/2023\r\nVP,2023-03,II.9,Hoàn thành,100,,,,,03/15/2023\r\n")
        let ambiguous = try #require(result.first(.dateAmbiguous))
        #expect(ambiguous.line == 2)
        #expect(ambiguous.message.contains("03/04/2023"))
        #expect(ambiguous.message.contains("04/03/2023"))
        #expect(ambiguous.message.contains("dòng 3: 03/15/2023"))
        #expect(result.first(.dateImpossible)?.message.contains("tháng 15") == true)
        #expect(result.account.rejected == 2)
    }

    @Test func amountsWithUnitsAndHeadersWithUnits() throws {
        let header =
            "Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Khu,Nguồn vốn,Vốn đăng ký (triệu USD),Quốc gia"
        let result = try intake(
            header + "\r\nQLDT,2023-03,9,Góp vốn mua cổ phần,2023-03-01,KCN VSIP,FDI,\"12,5\",Singapore\r\n"
                + "QLDT,2023-03,10,Cấp mới,45000,KCN VSIP,FDI,\"$1,250,000\",Hoa Kỳ\r\n")
        #expect(result.all.filter { $0.severity == .error }.map(\.description) == [])
        #expect(result.events.map(\.reportAmount) == [12.5, 1.25])
        #expect(result.events.map(\.event) == [.shareAcquisition, .newCertificate])
        #expect(result.events.last?.date == Day(excelSerial: 45000))

        // A scale in the cell for the unit column's own currency is that unit, more precisely.
        let scaled = try intake(
            eventHeader + "\r\n"
                + "QLDT,2023-03,1,Cấp mới,01/03/2023,A,B,Việt Nam,KCN VSIP,DDI,120 tỷ,VNĐ\r\n"
                + "QLDT,2023-03,2,Cấp mới,02/03/2023,A,B,Việt Nam,KCN VSIP,FDI,\"2,5 triệu USD\",USD\r\n"
                + "QLDT,2023-03,3,Cấp mới,03/03/2023,A,B,Việt Nam,KCN VSIP,DDI,120 tỷ,USD\r\n")
        #expect(scaled.events.map(\.currency) == [.billionVND, .millionUSD])
        #expect(scaled.events.map(\.reportAmount) == [120, 2.5])
        #expect(scaled.first(.currencyConflict)?.line == 4)
    }

    @Test func aHeaderRowRepeatedBelowIsSkipped() throws {
        // Two exports pasted into one file: the second brings its header along.
        let result = try intake(
            taskHeader + "\r\nVP,2023-03,II.7,Đang triển khai,10,,,,,\r\n"
                + taskHeader.uppercased() + "\r\nVP,2023-03,II.9,Đang triển khai,20,,,,,\r\n")
        #expect(result.codes() == ["header-repeated-skipped"])
        let skipped = try #require(result.first(.headerRepeatedSkipped))
        #expect(skipped.line == 3 && skipped.severity == .info)
        #expect(result.tasks.map(\.task) == ["II.7", "II.9"])
        #expect(result.account.dataRows == 2 && result.account.blank == 1)
        // A row that only shares the identifying column's header text is data, and wrong.
        let halfway = try intake(taskHeader + "\r\nVP,2023-03,Mã nhiệm vụ,Đang triển khai,10,,,,,\r\n")
        #expect(halfway.first(.taskUnknown)?.line == 2)
    }

    @Test func theSignatureBlockClosingAnOfficialFormIsNotData() throws {
        let result = try intake(
            taskHeader + "\r\nVP,2023-03,II.7,Đang triển khai,10,,,,,\r\n"
                + ",,,,,,,,,\r\n"
                + ",,,,,\"Hải Phòng, ngày 16 tháng 3 năm 2023\",,,,\r\n"
                + "Người lập biểu,,,,,THỦ TRƯỞNG ĐƠN VỊ,,,,\r\n"
                + "\"(Ký, ghi rõ họ tên)\",,,,,\"(Ký tên, đóng dấu)\",,,,\r\n"
                + "Nguyễn Văn A,,,,,Trần Văn B,,,,\r\n")
        #expect(Set(result.codes()) == ["signature-skipped"])
        let skipped = result.all.filter { $0.code == .signatureSkipped }
        #expect(skipped.map(\.line) == [4, 5, 6, 7])
        #expect(skipped.allSatisfy { $0.severity == .info })
        #expect(skipped.last?.value == "Nguyễn Văn A | Trần Văn B")
        #expect(result.tasks.map(\.task) == ["II.7"])
        #expect(result.account.dataRows == 1 && result.account.accepted == 1 && result.account.blank == 5)
        // A name alone, with no title above it, is not taken for a signature: it is a data row without its code.
        let stray = try intake(
            taskHeader + "\r\nVP,2023-03,II.7,Đang triển khai,10,,,,,\r\nNguyễn Văn A,2023-03,,,,,,,,\r\n")
        #expect(stray.first(.unitUnknown)?.line == 3)
        #expect(!stray.codes().contains("signature-skipped"))
    }

    @Test func groupHeadingsInsideTheTableAreSkippedAndShown() throws {
        let result = try intake(
            "STT," + eventHeader + "\r\n"
                + "I,,,,,,KCN VSIP Hải Phòng,,,,,,\r\n"
                + "1,QLDT,2023-03,21,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,12,triệu USD\r\n"
                + "II,,,,,,,,,KCN Đình Vũ,,,\r\n"
                + "1,QLDT,2023-03,22,Cấp mới,02/03/2023,A,B,Nhật Bản,KCN Đình Vũ,FDI,3,triệu USD\r\n"
                + ",QLDT,2023-03,,,,,,,,,,\r\n"
                + ",,,,,,,,,,,12,triệu USD\r\n")
        let skipped = result.all.filter { $0.code == .sectionRowSkipped }
        #expect(skipped.map(\.line) == [2, 4])
        #expect(skipped.first?.severity == .warning)
        #expect(skipped.first?.value == "I | KCN VSIP Hải Phòng")
        #expect(skipped.first?.message.contains("«Số GCNĐKĐT»") == true)
        #expect(result.events.count == 2)
        // A row with its unit and period is data, however empty: rejected, not skipped.
        #expect(Set(result.all.filter { $0.code == .valueRequired }.map(\.line)) == [6, 7])
        #expect(result.account.dataRows == 4 && result.account.blank == 2 && result.account.warnings == 2)
    }

    @Test func aUnitColumnHeadedOnlyDonViIsTheUnitColumn() throws {
        let result = try intake(
            "Đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành (%)\r\n"
                + "P. QHXD,Quý I/2023,II.1.b,Đang triển khai,60\r\n")
        #expect(result.codes().filter { $0 != "missing-optional-column" } == [])
        #expect(result.tasks.map(\.unit) == ["QHXD"])
    }

    @Test func headersMatchIgnoringCaseDiacriticsAndSpacing() throws {
        let header = "MA_DON_VI;ky bao cao;Mã  Nhiệm Vụ;TINH TRANG;ty le hoan thanh;STT;Ghi chép thêm"
        let result = try intake(header + "\r\nqlđt;t3/2023;ii.2a;dang trien khai;40%;1;x\r\n")
        #expect(result.tasks.first?.unit == "QLDT")
        #expect(result.tasks.first?.task == "II.2.a")
        #expect(result.tasks.first?.percent == 40)
        #expect(result.tasks.first?.period.code == "2023-03")
        let unknown = result.survey.diagnostics.filter { $0.code == .unknownColumn }
        #expect(unknown.map(\.value) == ["Ghi chép thêm"])
        #expect(unknown.first?.columnLetter == "G")
    }

    @Test func missingRequiredColumnsRejectTheFileAndNameTheClosestHeader() throws {
        let result = try intake("Mã đơn vị,Kỳ báo cá,Mã nhiệm vụ,Tình trạng\r\nVP,2023-03,II.7,x\r\n")
        let missing = try #require(result.first(.missingColumn))
        #expect(missing.severity == .error)
        #expect(missing.line == 1)
        #expect(missing.message.contains("«Kỳ báo cáo» (cột gần giống trong tệp: «Kỳ báo cá»)"))
        #expect(result.rows.isEmpty)
        #expect(!result.survey.isUsable)
    }

    @Test func unknownKindListsTheHeadersFound() throws {
        let result = try intake("Họ tên,Ngày sinh\r\nNguyễn Văn A,01/01/1990\r\n")
        let problem = try #require(result.first(.kindUnknown))
        #expect(problem.message.contains("«Họ tên», «Ngày sinh»"))
        #expect(problem.message.contains("«Mã nhiệm vụ», «Số GCNĐKĐT» hay «Mã chỉ tiêu»"))
    }

    @Test func formulaLikeTextStaysText() throws {
        let result = try intake(
            taskHeader
                + "\r\nVP,2023-03,II.7,Đang triển khai,10,\"=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\",+cmd,@SUM(A1),,\r\n"
        )
        #expect(result.tasks.first?.results == "=HYPERLINK(\"http://x\",\"a\")")
        #expect(result.tasks.first?.difficulties == "+cmd")
        #expect(result.tasks.first?.proposals == "@SUM(A1)")
    }

    @Test func overlongCellsAreKeptWholeInTheDiagnostic() throws {
        let long = String(repeating: "ệ", count: 40_000)
        let result = try intake(taskHeader + "\r\nVP,2023-03,II.7,Đang triển khai,10,\(long),,,,\r\n")
        let problem = try #require(result.first(.cellTooLong))
        #expect(problem.value?.count == 40_000)
        #expect(problem.severity == .warning)
        #expect(result.tasks.first?.results.count == 40_000)
    }

    /// A line of megabytes is no row: it is rejected by its length, without
    /// being held in memory, and the rows after it are read.
    @Test func aLineOfMegabytesIsRejectedAndTheRestRead() throws {
        let long = String(repeating: "x", count: 5 << 20)
        let result = try intake(
            taskHeader
                + "\r\nVP,2023-03,II.7,Đang triển khai,10,\(long),,,,\r\nVP,2023-03,II.9,Đang triển khai,20,,,,,\r\n")
        let problem = try #require(result.first(.lineTooLong))
        #expect(problem.line == 2)
        #expect(problem.severity == .error)
        #expect(
            problem.message
                == "Dòng dài 5.242.922 byte, quá giới hạn 4 MB của một dòng: không thể là một dòng của biểu mẫu (thường do dán nhầm hoặc tệp bị hỏng); dòng bị loại, các dòng sau vẫn được đọc."
        )
        #expect(problem.value?.hasPrefix("VP | 2023-03 | II.7 | Đang triển khai | 10 | xxx") == true)
        #expect(problem.value?.count == 201)
        #expect(result.codes() == ["line-too-long"])
        #expect(result.tasks.map(\.task) == ["II.9"])
        #expect(result.account.rejected == 1 && result.account.accepted == 1)
        #expect(result.account.balances)
    }

    @Test func unclosedQuoteRejectsOneRowAndReadsTheRest() throws {
        let text =
            taskHeader
            + "\r\nVP,2023-03,II.7,Đang triển khai,10,\"chưa đóng,,,,\r\nVP,2023-03,II.9,Đang triển khai,20,,,,,\r\n"
        let result = try intake(text)
        let problem = try #require(result.first(.csvUnclosedQuote))
        #expect(problem.line == 2)
        #expect(problem.columnLetter == "F")
        #expect(result.tasks.map(\.task) == ["II.9"])
        #expect(result.account.rejected == 1)
        #expect(result.account.balances)
    }
}
