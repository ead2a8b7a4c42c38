import ReportCore
import XlsxWriter

/// Dữ liệu: every accepted row «Dự án» does not list — task and indicator rows,
/// and events not counted, each with why — with its file and line, streamed as
/// read. Every accepted row is in exactly one of the two sheets. One layout for
/// the three kinds: each fills the columns it has.
final class DataSheet {
    static let headers = [
        "STT", "Tệp", "Dòng", "Loại báo cáo", "Mã đơn vị", "Kỳ báo cáo", "Mã nhiệm vụ / chỉ tiêu / Số GCNĐKĐT",
        "Tình trạng / Loại biến động / Kết quả", "Tỷ lệ hoàn thành (%)", "Vốn đăng ký", "Đơn vị tính", "Nguồn vốn",
        "Khu / Đối tượng", "Quốc gia/vùng lãnh thổ", "Tên dự án", "Nhà đầu tư", "Ngày (hoàn thành / cấp / sự kiện)",
        "Hạn hoàn thành", "Kết quả thực hiện / Ghi chú", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị",
        "Sự kiện không tính vì",
    ]

    let parts: SheetParts
    private let looks: RowLooks

    init(_ sheet: Worksheet, rowLimit: Int = SheetParts.excelRows, make: @escaping (String) throws -> Worksheet) throws
    {
        parts = try SheetParts(
            first: sheet, rowLimit: rowLimit, make: make,
            // Long texts get fixed widths and wrap; the other columns fit their content.
            writer: { SheetWriter($0, widths: [14: 36, 15: 30, 18: 48, 19: 36, 20: 36, 21: 40], maximum: 36) },
            start: { writer in
                try writer.workingTitle(
                    "DỮ LIỆU ĐÃ CHẤP NHẬN — các dòng hợp lệ không có ở sheet «Dự án», kèm tệp và dòng gốc",
                    note:
                        "Mỗi dòng hợp lệ có ở đúng một trong hai sheet: sự kiện GCNĐKĐT được tính ở «Dự án», mọi dòng khác (tiến độ, chỉ tiêu, sự kiện trùng hoặc ngoài lũy kế) ở đây. Dòng bị loại: xem sheet «Kiểm tra»."
                )
                try writer.newRow(height: 45)
                let headerRow = writer.row
                try writer.header(Self.headers, height: 45)
                writer.sheet.freezePanes(row: headerRow + 1, column: 3)
                return headerRow
            })
        looks = try RowLooks(parts.parts[0].writer)
    }

    func append(_ line: DataLine) throws {
        let row = line.row
        let look = looks
        let (w, number) = try parts.nextRow()
        try w.number(Double(number), 0, look.integer)
        try w.text(row.source.submission, 1, look.cell)
        try w.number(Double(row.source.line), 2, look.integer)
        try w.text(row.unit, 4, look.center)
        try w.text(row.period.label, 5, look.cell)
        switch row {
        case .task(let task):
            try w.text(SubmissionKind.taskProgress.label, 3, look.cell)
            try w.text(task.task, 6, look.cell)
            try w.text(task.status.rawValue, 7, look.cell)
            try w.optionalNumber(task.percent, 8, look.decimal)
            try w.date(task.completed, 16, look.date)
            try w.date(task.due, 17, look.date)
            try w.text(task.results, 18, look.cell)
            try w.text(task.difficulties, 19, look.cell)
            try w.text(task.proposals, 20, look.cell)
        case .event(let event):
            try w.text(SubmissionKind.investment.label, 3, look.cell)
            try w.text(event.certificate, 6, look.cell)
            try w.text(event.event.rawValue, 7, look.cell)
            try w.number(event.amount, 9, look.decimal)
            try w.text(event.currency.rawValue, 10, look.cell)
            try w.text(event.capitalSource.rawValue, 11, look.center)
            try w.text(line.placeName ?? event.zone, 12, look.cell)
            if let why = line.notCounted { try w.text(Words.notCounted(why), 21, look.cell) }
            try w.text(event.country, 13, look.cell)
            try w.text(event.project, 14, look.cell)
            try w.text(event.investor, 15, look.cell)
            try w.date(event.date, 16, look.date)
        case .indicator(let indicator):
            try w.text(SubmissionKind.indicators.label, 3, look.cell)
            try w.text(indicator.target, 6, look.cell)
            try w.text(indicator.result.rawValue, 7, look.cell)
            try w.text(line.placeName ?? indicator.subject, 12, look.cell)
            try w.date(indicator.date, 16, look.date)
            try w.text(indicator.note, 18, look.cell)
        }
    }

    func finish() throws {
        for part in parts.parts {
            let writer = part.writer
            if part.count == 0 {
                try writer.newRow()
                try writer.merged(
                    "(Không có dòng nào: mọi dòng hợp lệ là sự kiện đã tính ở «Dự án»)", 0...(Self.headers.count - 1),
                    Styles.cellItalic)
            } else {
                try writer.sheet.autofilter(
                    firstRow: part.headerRow, firstColumn: 0, lastRow: part.headerRow + part.count,
                    lastColumn: Self.headers.count - 1)
            }
            try writer.finish()
        }
    }
}
