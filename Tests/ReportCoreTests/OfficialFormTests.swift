import Foundation
import Testing

@testable import ReportCore

/// The shapes official forms take, in CSV as in workbooks: a header of two
/// rows, a checkbox column a spreadsheet adds, thousands apart by no-break
/// spaces, decreases in brackets, serial dates, task codes written as numbers.
@Suite struct OfficialFormTests {
    @Test func aGroupLabelAboveTheColumnNames() throws {
        // «Mã đơn vị» and «Kỳ báo cáo» sit in the upper row (merged down in the form); the rest below a group label.
        let result = try intake(
            "Mã đơn vị,Kỳ báo cáo,Thông tin giấy chứng nhận,,,Dự án,,,,,Vốn,\r\n"
                + ",,Số GCNĐKĐT,Loại biến động,Ngày cấp,Tên dự án,Nhà đầu tư,Quốc gia/vùng lãnh thổ,Khu,Nguồn vốn,Vốn đăng ký,Đơn vị tính\r\n"
                + "QLDT,2023-03,2110987654,Cấp mới,01/03/2023,A,B,Nhật Bản,KCN VSIP,FDI,12,triệu USD\r\n")
        #expect(result.all.filter { $0.severity == .error }.isEmpty, "\(result.all)")
        #expect(result.events.map(\.certificate) == ["2110987654"])
        #expect(result.account.dataRows == 1)
    }

    @Test func subColumnsBelowAMergedName() throws {
        let result = try intake(
            "Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Khu,Nguồn vốn,Quốc gia,Vốn,\r\n"
                + ",,,,,,,,Số vốn,Đơn vị tính\r\n"
                + "QLDT,2023-03,2110987654,Cấp mới,01/03/2023,KCN VSIP,FDI,Nhật Bản,12,triệu USD\r\n")
        #expect(result.all.filter { $0.severity == .error }.isEmpty, "\(result.all)")
        #expect(result.events.map(\.reportAmount) == [12])
        #expect(result.account.dataRows == 1 && result.account.blank == 0)
    }

    @Test func aCheckboxColumnUnderNoHeaderCarriesNothing() throws {
        let result = try intake(taskHeader + "\r\nVP,2023-03,II.7,Đang triển khai,10,,,,,,TRUE\r\n")
        #expect(result.codes() == [])
        #expect(result.tasks.count == 1)
    }

    @Test func figuresAsOfficialFormsWriteThem() throws {
        let result = try intake(
            eventHeader + "\r\n"
                + "QLDT,2023-03,1,Cấp mới,44986,A,B,Nhật Bản,KCN VSIP,FDI,1\u{A0}500\u{A0}000,USD\r\n"
                + "QLDT,2023-03,2,Điều chỉnh giảm vốn,44987,A,B,Nhật Bản,KCN VSIP,FDI,(2.000.000),USD\r\n")
        #expect(result.codes() == [])
        #expect(result.events.map(\.amount) == [1_500_000, 2_000_000])
        #expect(result.events.map(\.date) == [Day(year: 2023, month: 3, day: 1), Day(year: 2023, month: 3, day: 2)])
    }

    @Test func taskCodesWrittenWithoutTheirSection() throws {
        let result = try intake(
            taskHeader
                + "\r\nVP,2023-03,2.7,Đang triển khai,10,,,,,\r\nVP,2023-03,Nhiệm vụ 9,Đang triển khai,10,,,,,\r\n"
                + "VP,2023-03,7,Đang triển khai,10,,,,,\r\n")
        #expect(result.tasks.map(\.task) == ["II.7", "II.9"])
        #expect(result.codes() == ["task-code-read", "task-code-read", "task-unknown"])
        #expect(result.first(.taskCodeRead)?.message == "Mã nhiệm vụ «2.7» được hiểu là «II.7».")
    }
}
