/// One row per rule that a data row can break: the header and row of a CSV
/// submission, and what the diagnostic must say — its stable code, severity
/// (as the workbook writes it), column letter and words. The intake rule tests
/// run each through intake; the every-code test makes sure each fires.
public struct RowRuleFixture: CustomStringConvertible, Sendable {
    public let header: String
    public let row: String
    public let code: String
    /// `Lỗi`, `Cảnh báo`, `Thông tin`.
    public let severity: String
    public let column: String?
    public let words: [String]
    public var description: String { code + ": " + row }

    public init(header: String, row: String, code: String, severity: String, column: String?, words: [String]) {
        self.header = header
        self.row = row
        self.code = code
        self.severity = severity
        self.column = column
        self.words = words
    }

    /// The CSV file: header, row, CRLF.
    public var text: String { header + "\r\n" + row + "\r\n" }
}

/// Headers of the three kinds as the templates write them.
public enum Headers {
    public static let task =
        "Mã đơn vị,Kỳ báo cáo,Mã nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành (%),Kết quả thực hiện,\"Khó khăn, vướng mắc\",\"Đề xuất, kiến nghị\",Hạn hoàn thành,Ngày hoàn thành"
    public static let event =
        "Mã đơn vị,Kỳ báo cáo,Số GCNĐKĐT,Loại biến động,Ngày cấp,Tên dự án,Nhà đầu tư,Quốc gia/vùng lãnh thổ,Khu,Nguồn vốn,Vốn đăng ký,Đơn vị tính"
    public static let indicator = "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu,Đối tượng,Kết quả,Ngày,Ghi chú"
}

extension RowRuleFixture {
    static let task = Headers.task
    static let event = Headers.event
    static let indicator = Headers.indicator

    public static let rows: [RowRuleFixture] = [
        RowRuleFixture(
            header: task, row: "QLDA,2023-03,II.7,Đang triển khai,10,,,,,", code: "unit-unknown", severity: "Lỗi",
            column: "A", words: ["«QLDA»", "Có phải «QLDT»?"]),
        RowRuleFixture(
            header: task, row: "VP,Quý 5/2023,II.7,Đang triển khai,10,,,,,", code: "period-invalid", severity: "Lỗi",
            column: "B", words: ["«Quý 5/2023»", "Quý I/2023"]),
        RowRuleFixture(
            header: task, row: "VP,2022-12,II.7,Đang triển khai,10,,,,,", code: "period-other-year", severity: "Lỗi",
            column: "B", words: ["Tháng 12/2022", "2023"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.11,Đang triển khai,10,,,,,", code: "task-unknown", severity: "Lỗi",
            column: "C", words: ["«II.11»", "II.1.a"]),
        RowRuleFixture(
            header: task, row: "QLDT,2023-03,2.1.a,Đang triển khai,10,,,,,", code: "task-code-read",
            severity: "Cảnh báo", column: "C", words: ["«2.1.a»", "«II.1.a»"]),
        RowRuleFixture(
            header: task, row: "QLDT,2023-03,1.a,Đang triển khai,10,,,,,", code: "task-unknown", severity: "Lỗi",
            column: "C", words: ["«1.a»", "Có phải «II.1.a»?"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,,Đang triển khai,10,,,,,", code: "value-required", severity: "Lỗi",
            column: "C", words: ["«Mã nhiệm vụ»", "trống"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,đang làm dở,10,,,,,", code: "status-invalid", severity: "Lỗi",
            column: "D", words: ["«đang làm dở»", "Chưa triển khai, Đang triển khai, Hoàn thành, Tạm dừng"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang làm,10,,,,,", code: "value-read-as", severity: "Cảnh báo",
            column: "D",
            words: [
                "«Đang làm» được hiểu là «Đang triển khai»", "không nhắc lại",
                "Chưa triển khai, Đang triển khai, Hoàn thành, Tạm dừng",
            ]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,10,Kết\u{01}quả tốt\u{200B},,,,",
            code: "text-controls-removed", severity: "Cảnh báo", column: "F",
            words: ["U+0001 — ký tự điều khiển; U+200B — ký tự độ rộng 0", "đã bỏ", "Paste Special"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,120,,,,,", code: "percent-out-of-range",
            severity: "Lỗi", column: "E", words: ["120%", "0–100"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,10,#REF!,,,,", code: "formula-error",
            severity: "Cảnh báo",
            column: "F", words: ["«#REF!»", "lỗi công thức", "Paste Special"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,nhiều,,,,,", code: "percent-invalid", severity: "Lỗi",
            column: "E", words: ["«nhiều»"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Hoàn thành,100,Xong,,,,", code: "done-without-date", severity: "Lỗi",
            column: "J", words: ["Hoàn thành", "Ngày hoàn thành"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Hoàn thành,80,Xong,,,,10/03/2023", code: "done-percent-below-100",
            severity: "Cảnh báo", column: "E", words: ["80%"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,80,,,,,10/03/2023", code: "completion-date-not-done",
            severity: "Cảnh báo", column: "J", words: ["«Đang triển khai»"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Hoàn thành,100,,,,,31/02/2023", code: "date-impossible",
            severity: "Lỗi", column: "J", words: ["tháng 2/2023 không có ngày 31"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Hoàn thành,100,,,,,hôm qua", code: "date-unreadable",
            severity: "Lỗi", column: "J", words: ["«Ngày hoàn thành»"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Hoàn thành,100,,,,,10/03/23", code: "date-two-digit-year",
            severity: "Cảnh báo", column: "J", words: ["10/03/2023"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,\"Đang \"triển\" khai,10,,,,,", code: "csv-text-after-quote",
            severity: "Lỗi", column: "D", words: ["sau dấu ngoặc kép"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,10,Đã làm \"3\" việc,,,,", code: "csv-stray-quote",
            severity: "Cảnh báo", column: "F", words: ["ngoặc kép"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai,10,,,,,,1,500", code: "csv-extra-fields",
            severity: "Lỗi", column: "K", words: ["12 ô", "10 cột"]),
        RowRuleFixture(
            header: task, row: "VP,2023-03,II.7,Đang triển khai", code: "csv-missing-fields", severity: "Cảnh báo",
            column: "E", words: ["4 ô", "10 cột"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,1.500,USD",
            code: "number-ambiguous", severity: "Lỗi", column: "K", words: ["1.500", "1,5", "không đoán"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,-5,triệu USD",
            code: "capital-negative", severity: "Lỗi", column: "K", words: ["số âm"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,12 tỷ,USD",
            code: "currency-conflict", severity: "Lỗi", column: "K", words: ["tỷ đồng", "USD"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,120,tỷ đồng",
            code: "fdi-in-vnd", severity: "Lỗi", column: "L", words: ["tỷ đồng", "USD"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Kho,XYZ,Việt Nam,KCN VSIP,DDI,12,triệu USD",
            code: "ddi-in-usd", severity: "Lỗi", column: "L", words: ["triệu USD", "đồng"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,12,yên",
            code: "currency-unknown", severity: "Lỗi", column: "L", words: ["«yên»"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Mua lại,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,12,triệu USD",
            code: "event-type-invalid", severity: "Lỗi", column: "D", words: ["«Mua lại»", "Góp vốn, mua cổ phần"]),
        RowRuleFixture(
            header: event,
            row: "QLDT,2023-03,2.11099E+09,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,FDI,12,triệu USD",
            code: "certificate-scientific", severity: "Lỗi", column: "C", words: ["«2.11099E+09»", "số mũ", "Text"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN VSIP,ODA,12,triệu USD",
            code: "capital-source-invalid", severity: "Lỗi", column: "J", words: ["«ODA»"]),
        RowRuleFixture(
            header: event,
            row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Hàn Quốc,KCN Tràng Due 9,FDI,12,triệu USD",
            code: "zone-unknown", severity: "Lỗi", column: "I", words: ["«KCN Tràng Due 9»"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,,KCN VSIP,FDI,12,triệu USD",
            code: "country-missing", severity: "Lỗi", column: "H", words: ["Quốc gia"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,20/03/2023,Nhà máy,ABC,Nhật Bản,KCN VSIP,FDI,12,triệu USD",
            code: "event-outside-window", severity: "Cảnh báo", column: "E",
            words: ["20/03/2023", "15/02/2023 – 14/03/2023", "tháng 4/2023"]),
        RowRuleFixture(
            header: event, row: "QLDT,2023-03,123,Cấp mới,01/03/2023,Nhà máy,ABC,Nhật Bản,KCN VSIP,FDI,0,triệu USD",
            code: "capital-zero", severity: "Cảnh báo", column: "K", words: ["bằng 0"]),
        RowRuleFixture(
            header: indicator, row: "TNMT,2023-Q1,III.1,KCN VSIP,Đạt,,", code: "target-computed", severity: "Lỗi",
            column: "C", words: ["III.1", "dự án đầu tư"]),
        RowRuleFixture(
            header: indicator, row: "TNMT,2023-Q1,III.9,KCN VSIP,Đạt,,", code: "target-unknown", severity: "Lỗi",
            column: "C", words: ["«III.9»"]),
        RowRuleFixture(
            header: indicator, row: "TNMT,2023-Q1,III.2,KCN Tiên Thanh,Đạt,,", code: "zone-not-operating",
            severity: "Cảnh báo", column: "D", words: ["KCN Tiên Thanh", "III.2"]),
        RowRuleFixture(
            header: indicator, row: "QHXD,2023-Q1,III.4,Cầu Rào 2,Đã khởi công,01/03/2023,", code: "subject-unknown",
            severity: "Lỗi", column: "D", words: ["«Cầu Rào 2»", "III.4", "Pegatron"]),
        RowRuleFixture(
            header: indicator, row: "TNMT,2023-Q1,III.2,KCN VSIP,Đã trình,,", code: "result-invalid", severity: "Lỗi",
            column: "E", words: ["«Đã trình»", "Đạt, Không đạt, Chưa có HTXLNT"]),
        RowRuleFixture(
            header: indicator, row: "QHXD,2023-Q1,III.3,,Đã trình,,", code: "result-without-date", severity: "Lỗi",
            column: "F", words: ["«Đã trình»", "Ngày"]),
    ]
}
