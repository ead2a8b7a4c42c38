import Foundation
import TestSupport
import Testing

/// Nothing under `inputs/` passes without a word, and no hidden character or
/// colloquial value passes without one either: the console, «Kiểm tra» and
/// the cells, as the officer sees them.
@Suite struct TrustTests {
    /// A folder as a user makes one: a unit's report pasted together from other
    /// programs, a submission linked from elsewhere, a broken link, a folder
    /// named like a file, a FIFO.
    func folder() throws -> URL {
        let root = try makeTemporaryDirectory("trust")
        let inputs = root.appendingPathComponent("inputs")
        let elsewhere = root.appendingPathComponent("khac")
        let report = inputs.appendingPathComponent("VP_2023-03.csv")
        try write(
            taskHeader + "\r\n"
                + "VP,2023-03,II.7,Xong,100,Hoàn thành\u{01} báo cáo\u{200B},,,,10/03/2023\r\n"
                + "VP,2023-03,II.9,Đang làm,50,,,,,\r\n"
                + "VP,2023-03,II.10,Xong,100,,,,,12/03/2023\r\n",
            to: report)
        // Received on time by its file date, as the file names no sending date.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_678_838_400)], ofItemAtPath: report.path)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: shippedExamples.appendingPathComponent("2023-03/QLDT_2023-03_du-an.csv"),
            to: elsewhere.appendingPathComponent("QLDT_2023-03_du-an.csv"))
        try FileManager.default.createSymbolicLink(
            atPath: inputs.appendingPathComponent("QLDT.csv").path,
            withDestinationPath: "../khac/QLDT_2023-03_du-an.csv")
        try FileManager.default.createSymbolicLink(
            atPath: inputs.appendingPathComponent("hong.csv").path, withDestinationPath: "../khong-co.csv")
        try FileManager.default.createDirectory(
            at: inputs.appendingPathComponent("thu-muc.csv"), withIntermediateDirectories: true)
        #expect(mkfifo(inputs.appendingPathComponent("ong.csv").path, 0o644) == 0)
        return root
    }

    @Test func everyEntryAndEveryHiddenCharacterIsNamed() throws {
        let root = try folder()
        let result = try Command.run(khth, ["report"], currentDirectory: root.path, allowFailure: true)
        #expect(result.status == 0)
        #expect(result.errors == "")
        let expected = """
            Kỳ báo cáo: Tháng 3/2023 (số liệu từ 15/02/2023 đến 14/03/2023).
            Tệp: 2 tệp báo cáo — 2 dùng, 0 bị thay thế, 0 bị loại cả tệp.
              Đọc qua liên kết 1 tệp: QLDT.csv → ../khac/QLDT_2023-03_du-an.csv.
              Không đọc 3 tệp khác: hong.csv, ong.csv, thu-muc.csv.
            Dòng dữ liệu: 11 = 11 chấp nhận + 0 bị loại.
            Nộp báo cáo: đã nhận 2/8 báo cáo phải nộp (2 đúng hạn, 0 trễ hạn); đơn vị chưa nộp đủ: QLDT (1), QHXD (1), TNMT (1), DNLD (1), TTR (1), TTXT (1).
            Kiểm tra: 0 lỗi, 7 cảnh báo.
            Cần xem:
              QLDT.csv: 8 dòng = 8 chấp nhận + 0 bị loại — dùng
                dòng 6, cột E (Ngày cấp): Cảnh báo [event-outside-window] Ngày cấp 02/02/2023 nằm ngoài khung số liệu của kỳ Tháng 3/2023 (15/02/2023 – 14/03/2023); sự kiện được tính theo ngày cấp vào tháng 2/2023. → Kiểm tra ngày cấp; báo cáo kỳ nào chỉ gồm sự kiện trong khung số liệu của kỳ đó.
                dòng 9, cột E (Ngày cấp): Cảnh báo [event-outside-window] Ngày cấp 15/03/2023 nằm ngoài khung số liệu của kỳ Tháng 3/2023 (15/02/2023 – 14/03/2023); sự kiện được tính theo ngày cấp vào tháng 4/2023. → Kiểm tra ngày cấp; báo cáo kỳ nào chỉ gồm sự kiện trong khung số liệu của kỳ đó.
              VP_2023-03.csv: 3 dòng = 3 chấp nhận + 0 bị loại — dùng
                dòng 2, cột D (Tình trạng): Cảnh báo [value-read-as] «Xong» được hiểu là «Hoàn thành»; các dòng khác của tệp ghi «Xong» cũng được hiểu như vậy (không nhắc lại). → Lần sau chọn đúng tên trong danh sách: Chưa triển khai, Đang triển khai, Hoàn thành, Tạm dừng.
                dòng 2, cột F (Kết quả thực hiện): Cảnh báo [text-controls-removed] Ô có ký tự ẩn (U+0001 — ký tự điều khiển; U+200B — ký tự độ rộng 0), thường do dán từ chương trình khác; đã bỏ các ký tự này, phần chữ còn lại được dùng. → Kiểm tra lại nội dung ô; lần sau dán bằng Paste Special › Unformatted Text (chỉ dán chữ).
                dòng 3, cột D (Tình trạng): Cảnh báo [value-read-as] «Đang làm» được hiểu là «Đang triển khai»; các dòng khác của tệp ghi «Đang làm» cũng được hiểu như vậy (không nhắc lại). → Lần sau chọn đúng tên trong danh sách: Chưa triển khai, Đang triển khai, Hoàn thành, Tạm dừng.
              hong.csv: Cảnh báo [file-link-broken] Liên kết tới «../khong-co.csv», nơi không có tệp nào: không có gì để đọc. → Sửa hoặc xóa liên kết; nếu đó là báo cáo của đơn vị, chép chính tệp vào thư mục inputs.
              ong.csv: Cảnh báo [file-not-regular] Không phải tệp thường (đường ống FIFO): không đọc. → Đặt các tệp báo cáo vào thư mục inputs (hoặc một thư mục con ít cấp) như tệp thường.
            Bảng tổng hợp: outputs/bao-cao-KHTH-2023-03.xlsx
            Dự thảo báo cáo (văn bản): outputs/bao-cao-KHTH-2023-03.txt
            Phản hồi gửi đơn vị (QLDT, VP): outputs/phan-hoi-2023-03/

            """
        // The folder named like a file is named above («Không đọc 3 tệp khác»)
        // and, being a note (Thông tin), told in full in «Kiểm tra» and under `--all`.
        #expect(result.output == expected)

        let workbookPath = root.appendingPathComponent("outputs/bao-cao-KHTH-2023-03.xlsx").path
        let workbook = try ReadWorkbook.read(workbookPath)
        let checks = try #require(workbook.sheet("Kiểm tra"))
        let rows = (1...40).map { checks.row($0).compactMap { $0?.text } }
        func row(_ code: String, _ file: String) -> [String]? {
            rows.first { $0.contains(code) && $0.contains(file) }
        }
        #expect(row("value-read-as", "VP_2023-03.csv")?.contains("Xong") == true)
        let cleaned = try #require(row("text-controls-removed", "VP_2023-03.csv"))
        #expect(cleaned.contains("Kết quả thực hiện") && cleaned.contains("Hoàn thành báo cáo"))
        #expect(row("file-link-broken", "hong.csv")?.contains { $0.contains("../khong-co.csv") } == true)
        #expect(row("file-not-regular", "ong.csv")?.contains { $0.contains("FIFO") } == true)
        #expect(row("folder-named-like-file", "thu-muc.csv") != nil)
        // The linked file is read, and «Nộp báo cáo» says where it leads.
        #expect(workbook.sheet("Nộp báo cáo")?.texts().contains("QLDT.csv → ../khac/QLDT_2023-03_du-an.csv") == true)
        // The cell holds the text without the hidden characters; nothing in the
        // package is an `_xHHHH_` escape.
        #expect(workbook.sheet("Dữ liệu")?.texts().contains("Hoàn thành báo cáo") == true)
        let parts = try Command.run("/usr/bin/unzip", ["-p", workbookPath]).output
        #expect(!parts.contains("_x00"))
    }
}
