/// The Vietnamese words of every rule: what is wrong, and how to fix it. They
/// are made when a diagnostic is shown (console, «Kiểm tra», the feedback sent
/// back to a unit); a diagnostic itself keeps only its rule and its place.
extension Rule {
    static let saveAsCSV =
        "Gửi chính tệp Excel (.xlsx) gốc; hoặc mở tệp bằng Excel, chọn File › Save As (Lưu thành) › kiểu «CSV UTF-8 (Comma delimited) (*.csv)» rồi gửi lại."
    static func convertWithUnikey(from encoding: String) -> String {
        "Chuyển mã sang Unicode: mở tệp, dùng Unikey › Công cụ (Ctrl+Shift+F6) › chọn bảng mã nguồn \(encoding), đích Unicode › Chuyển mã; rồi \(saveAsCSV)"
    }

    /// Hidden characters as a reader can look them up: `U+0001 (ký tự điều khiển)`, `U+200B (ký tự độ rộng 0)`.
    static func hiddenCharacters(_ scalars: [Unicode.Scalar]) -> String {
        let shown = scalars.prefix(5).map { scalar in
            let code = String(scalar.value, radix: 16, uppercase: true)
            let kind = scalar.properties.generalCategory == .control ? "ký tự điều khiển" : "ký tự độ rộng 0"
            return "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code + " — " + kind
        }
        return shown.joined(separator: "; ") + (scalars.count > 5 ? "; …" : "")
    }

    static let periodForms = "2023-03, Tháng 3/2023, T3/2023, Quý I/2023, Q1/2023, 6 tháng/2023, 9 tháng/2023, Năm 2023"

    public var message: String {
        switch self {
        case .fileEmpty: "Tệp trống, không có dữ liệu."
        case .fileXlsx:
            "Tệp mang đuôi .csv nhưng là tệp nén (tệp Excel .xlsx hoặc bảng tính khác bị đổi đuôi), và không đọc được như tệp Excel."
        case .fileXls:
            "Đây là tệp Excel 97-2003 (.xls) hoặc tệp Office cũ: công cụ đọc tệp Excel (.xlsx) và CSV, không đọc định dạng cũ này."
        case .filePdf: "Đây là tệp PDF, không phải tệp CSV."
        case .fileBinary:
            "Tệp không phải văn bản (chứa byte nhị phân): có thể tệp bị hỏng, gửi thiếu hoặc không phải CSV."
        case .fileUnreadable(let reason): "Không đọc được tệp: \(reason)."
        case .fileChanged(.gone):
            "Tệp bị xóa hoặc chuyển đi trong lúc đang lập báo cáo, trước khi đọc xong: số liệu của tệp không được tính."
        case .fileChanged(.changed):
            "Tệp bị ghi đè hoặc sửa trong lúc đang lập báo cáo (có thể đang được chép vào, hoặc đang lưu): tệp không được dùng, số liệu của tệp không được tính."
        case .fileChanged(.changedWhileRead):
            "Tệp bị ghi đè hoặc sửa đúng lúc đang đọc: số liệu của tệp trong bảng tổng hợp có thể lẫn bản cũ và bản mới."
        case .fileSkipped(let reason): "Bỏ qua tệp: \(Self.words(reason))."
        case .fileLinkBroken(let target): "Liên kết tới «\(target)», nơi không có tệp nào: không có gì để đọc."
        case .fileLinkLoop: "Liên kết vòng (trỏ lại chính nó, hoặc tới thư mục đã đọc): không đọc."
        case .fileNotRegular(let kind): "Không phải tệp thường (\(Self.words(kind))): không đọc."
        case .folderNamedLikeFile:
            "Đây là thư mục mang tên giống tệp, không phải tệp; các tệp bên trong (nếu có) được đọc."
        case .folderTooDeep(let levels): "Thư mục lồng sâu \(levels) cấp; không đọc các tệp sâu hơn."
        case .encodingTcvn3(let sample):
            "Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime), ví dụ «\(sample)». Công cụ chỉ đọc chữ Unicode nên không dùng tệp này."
        case .encodingVni(let sample):
            "Tệp được gõ bằng bảng mã VNI (phông VNI-Times), ví dụ «\(sample)». Công cụ chỉ đọc chữ Unicode nên không dùng tệp này."
        case .encodingUnknown(let sample):
            "Tệp không phải UTF-8 và không nhận ra bảng mã (ví dụ «\(sample)»); không đọc để tránh sai chữ."
        case .encodingLettersLost(let sample):
            "Chữ tiếng Việt trong tệp đã bị thay bằng dấu «?» (ví dụ «\(sample)»): tệp được lưu bằng bảng mã không có tiếng Việt nên nội dung đã mất; không dùng tệp này."
        case .textLettersLost(let cells, let first):
            "\(cells) ô có dấu «?» dính liền chữ (đầu tiên: dòng \(first.line): «\(first.text)»): có thể chữ tiếng Việt đã bị thay bằng «?» khi lưu tệp; các ô này được đọc nguyên như vậy."
        case .fileRenamedWorkbook:
            "Tệp mang đuôi .csv nhưng là tệp Excel (.xlsx): đã đọc như tệp Excel."
        case .workbookEncrypted:
            "Tệp Excel được đặt mật khẩu (mã hóa) nên không đọc được nội dung."
        case .workbookUnreadable(let reason): "Không đọc được tệp Excel: \(reason)."
        case .workbookNotXlsx(let found):
            found == "OpenDocument"
                ? "Đây là bảng tính OpenDocument (.ods), không phải tệp Excel (.xlsx)."
                : "Tệp nén này không phải tệp Excel (.xlsx)\(found == "Word" ? ": đây là văn bản Word" : "")."
        case .workbookMacros: "Tệp Excel có macro (.xlsm): chỉ đọc số liệu, macro không được chạy."
        case .workbookNoSubmission(let sheets):
            "Không trang tính nào của tệp Excel có dòng tiêu đề của mẫu báo cáo (các trang: "
                + (sheets.isEmpty ? "không có" : sheets.map { "«\($0)»" }.joined(separator: ", ")) + ")."
        case .sheetSkipped(.hidden): "Trang tính bị ẩn (như trang danh mục của mẫu): không đọc."
        case .sheetSkipped(.notWorksheet): "Trang biểu đồ, không có số liệu: không đọc."
        case .sheetSkipped(.noHeader(let first)):
            "Trang tính không có dòng tiêu đề của mẫu báo cáo (như trang hướng dẫn): không đọc."
                + (first.isEmpty
                    ? "" : " Dòng đầu ghi: " + first.prefix(4).map { "«\($0)»" }.joined(separator: ", ") + ".")
        case .rowHidden: "Hàng này đang bị ẩn trong Excel; vẫn được đọc như mọi hàng."
        case .formulaUncached:
            "Ô có công thức nhưng tệp không lưu kết quả (bảng tính chưa tính lại trước khi lưu): coi như ô trống."
        case .cellOutsideTable(let count):
            "\(count) ô ở bên phải bảng, dưới cột không có tiêu đề: không được đọc."
        case .taskCodeRead(let written, let read): "Mã nhiệm vụ «\(written)» được hiểu là «\(read)»."
        case .examplesIgnored(let count):
            "Thư mục có tệp báo cáo thật nên \(count) tệp ví dụ trong thư mục _vi-du không được đưa vào báo cáo."
        case .kindUnknown(let headers):
            "Không nhận ra loại báo cáo: không có cột «Mã nhiệm vụ», «Số GCNĐKĐT» hay «Mã chỉ tiêu» trong các dòng đầu. Tiêu đề đọc được: \(headers.isEmpty ? "(không có)" : headers.map { "«\($0)»" }.joined(separator: ", "))."
        case .missingColumn(let columns, let closest):
            "Thiếu cột bắt buộc: "
                + columns.map { column in
                    "«\(column.header)»" + (closest[column].map { " (cột gần giống trong tệp: «\($0)»)" } ?? "")
                }.joined(separator: ", ") + ". Cả tệp không được dùng."
        case .missingOptionalColumn(let columns):
            "Không có cột " + columns.map { "«\($0.header)»" }.joined(separator: ", ") + "; coi như để trống."
        case .unknownColumn(let header): "Cột «\(header)» không thuộc mẫu báo cáo nên không được đọc."
        case .duplicateColumn(let header, let column, let letter):
            "Cột «\(header)» trùng nghĩa với cột \(letter) («\(column.header)») nên không được đọc."
        case .preambleSkipped(let lines): "Bỏ qua \(lines) dòng phía trên dòng tiêu đề."
        case .noDataRows: "Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào."
        case .numberingRowSkipped: "Dòng đánh số thứ tự cột dưới dòng tiêu đề; không phải dữ liệu nên được bỏ qua."
        case .totalRowSkipped: "Dòng tổng cộng; công cụ tự tính tổng từ các dòng dữ liệu nên dòng này được bỏ qua."
        case .sectionRowSkipped(let identifying):
            "Dòng chỉ có một hai ô chữ, không có «\(identifying.header)», mã đơn vị hay kỳ báo cáo: coi là dòng tiêu đề nhóm và bỏ qua."
        case .signatureSkipped:
            "Dòng thuộc phần ký tên cuối biểu (người lập, thủ trưởng, họ tên, ngày tháng); không phải dữ liệu nên được bỏ qua."
        case .headerRepeatedSkipped:
            "Dòng lặp lại dòng tiêu đề (thường do ghép nhiều bảng vào một tệp); không phải dữ liệu nên được bỏ qua."
        case .csvUnclosedQuote:
            "Dấu ngoặc kép (\") mở ở ô này không được đóng; dòng bị loại và chỉ đọc đến hết dòng để không mất các dòng sau."
        case .csvTextAfterQuote: "Có chữ nằm sau dấu ngoặc kép đóng của ô; dòng bị loại vì không chắc nội dung ô."
        case .csvStrayQuote: "Ô có dấu ngoặc kép (\") lẻ ở giữa; đã giữ nguyên như chữ."
        case .csvExtraFields(let found, let expected):
            "Dòng có \(found) ô, nhiều hơn \(expected) cột của dòng tiêu đề; các ô thừa có dữ liệu nên dòng bị loại."
        case .csvMissingFields(let found, let expected):
            "Dòng chỉ có \(found) ô, ít hơn \(expected) cột của dòng tiêu đề; các ô thiếu coi như để trống."
        case .encodingInvalidBytes: "Ô có ký tự không đọc được (byte không hợp lệ theo bảng mã của tệp); dòng bị loại."
        case .textControlsRemoved(let scalars):
            "Ô có ký tự ẩn (\(Self.hiddenCharacters(scalars))), thường do dán từ chương trình khác; đã bỏ các ký tự này, phần chữ còn lại được dùng."
        case .valueReadAs(let written, let read, _):
            "«\(written)» được hiểu là «\(read)»; các dòng khác của tệp ghi «\(written)» cũng được hiểu như vậy (không nhắc lại)."
        case .cellTooLong(let length):
            "Ô dài \(Self.number(Double(length))) ký tự, vượt giới hạn 32.767 ký tự của một ô Excel; bảng tổng hợp chỉ giữ 32.767 ký tự đầu của ô, phần còn lại chỉ có trong tệp gốc."
        case .lineTooLong(let bytes):
            "Dòng dài \(Self.number(Double(bytes))) byte, quá giới hạn \(CSVParser.maxRecordBytes >> 20) MB của một dòng: không thể là một dòng của biểu mẫu (thường do dán nhầm hoặc tệp bị hỏng); dòng bị loại, các dòng sau vẫn được đọc."
        case .formulaError(let value):
            "Ô ghi «\(value)»: đây là lỗi công thức của bảng tính, không phải giá trị; nội dung đơn vị định gửi đã mất."
        case .valueRequired(let column): "Ô «\(column.header)» đang để trống."
        case .unitUnknown(let value, let suggestion, _):
            "Mã đơn vị «\(value)» không có trong kế hoạch." + (suggestion.map { " Có phải «\($0)»?" } ?? "")
        case .periodInvalid(let value): "Kỳ báo cáo «\(value)» không đọc được."
        case .periodOtherYear(let period, let year): "Kỳ báo cáo \(period.label) không thuộc năm kế hoạch \(year)."
        case .rowUnitDiffers(let row, let file):
            "Dòng ghi đơn vị \(row), khác đơn vị \(file) của tệp; dòng vẫn được tính cho \(row)."
        case .rowPeriodDiffers(let row, let file):
            "Dòng ghi kỳ \(row.label), khác kỳ \(file.label) của tệp; dòng vẫn được tính theo kỳ \(row.label)."
        case .taskUnknown(let value, let suggestion):
            "Mã nhiệm vụ «\(value)» không có trong kế hoạch." + (suggestion.map { " Có phải «\($0)»?" } ?? "")
        case .statusInvalid(let value): "Tình trạng «\(value)» không thuộc danh mục."
        case .percentInvalid(let value): "Tỷ lệ hoàn thành «\(value)» không phải là số."
        case .percentOutOfRange(let value): "Tỷ lệ hoàn thành \(Self.number(value))% nằm ngoài khoảng 0–100."
        case .percentAsFraction(let example):
            "Tỷ lệ hoàn thành trong tệp ghi dạng phần của 1 (\(Self.words(example))), không ô nào lớn hơn 1: đã hiểu là phần trăm, 0,6 là 60%."
        case .percentBelowOne(let value):
            "Tỷ lệ hoàn thành \(Self.number(value)) nhỏ hơn 1 trong khi tệp ghi tỷ lệ theo phần trăm: đã hiểu là \(Self.number(value))%."
        case .doneWithoutDate: "Tình trạng «Hoàn thành» nhưng chưa ghi Ngày hoàn thành."
        case .donePercentBelow100(let value):
            "Tình trạng «Hoàn thành» nhưng tỷ lệ hoàn thành chỉ \(Self.number(value))%."
        case .completionDateNotDone(let status): "Có Ngày hoàn thành nhưng tình trạng là «\(status.rawValue)»."
        case .taskRepeated(let task, let line):
            "Nhiệm vụ \(task) đã được báo cáo ở dòng \(line) của tệp với tình trạng khác; lấy tình trạng của dòng sau cùng, nội dung các dòng được ghép lại."
        case .dateUnreadable(let column): "«\(column.header)» không đọc được là ngày."
        case .dateImpossible(let column, let reason): "«\(column.header)» không phải ngày có thật: \(reason)."
        case .dateAmbiguous(let dayFirst, let monthFirst, let evidence):
            "Ngày này đọc được là \(dayFirst) (ngày/tháng) hoặc \(monthFirst) (tháng/ngày), và tệp có ngày ghi kiểu tháng/ngày (\(Self.words(evidence))); không đoán."
        case .dateTwoDigitYear(let day): "Năm chỉ có 2 chữ số; đã hiểu là \(day)."
        case .numberInvalid(let column): "«\(column.header)» không đọc được là số."
        case .numberAmbiguous(let vietnamese, let english):
            "Số này đọc được là \(Self.number(vietnamese)) (cách ghi Việt Nam: dấu chấm ngăn nghìn) hoặc \(Self.number(english)) (cách ghi tiếng Anh: dấu chấm thập phân); trong tệp không có số nào khác cho biết cách ghi nên không đoán."
        case .numberStylesMixed(let vietnamese, let english):
            "Tệp dùng cả hai cách ghi số: kiểu Việt Nam (\(Self.words(vietnamese))) và kiểu tiếng Anh (\(Self.words(english))); các số đọc được hai cách sẽ bị loại."
        case .capitalNegative: "Vốn đăng ký là số âm."
        case .capitalZero: "Vốn đăng ký bằng 0 cho một sự kiện làm tăng vốn."
        case .currencyUnknown(let value): "Đơn vị tính «\(value)» không thuộc danh mục."
        case .currencyConflict(let value, let column):
            "Số vốn ghi kèm đơn vị «\(value.rawValue)», khác cột Đơn vị tính «\(column.rawValue)»."
        case .fdiInVnd(let unit): "Vốn FDI ghi bằng \(unit.rawValue); vốn FDI phải tính bằng USD."
        case .ddiInUsd(let unit): "Vốn DDI ghi bằng \(unit.rawValue); vốn đầu tư trong nước phải tính bằng đồng."
        case .eventTypeInvalid(let value): "Loại biến động «\(value)» không thuộc danh mục."
        case .certificateScientific(let value):
            "Số GCNĐKĐT «\(value)» đã bị Excel đổi sang dạng số mũ và mất các chữ số cuối; không biết đó là giấy chứng nhận nào."
        case .capitalSourceInvalid(let value): "Nguồn vốn «\(value)» không phải FDI hay DDI."
        case .zoneUnknown(let value, let suggestion):
            "Khu «\(value)» không có trong danh mục khu của kế hoạch." + (suggestion.map { " Có phải «\($0)»?" } ?? "")
        case .countryMissing: "Dự án FDI chưa ghi Quốc gia/vùng lãnh thổ của nhà đầu tư."
        case .eventDuplicate(let certificate, let event, let date, let first):
            "Sự kiện GCNĐKĐT số \(certificate) (\(event.rawValue), ngày \(date)) đã có ở \(Self.words(first)); chỉ tính một lần."
        case .eventOutsideWindow(let date, let period, let window, let countedIn):
            "Ngày cấp \(date) nằm ngoài khung số liệu của kỳ \(period.label) (\(window.lowerBound) – \(window.upperBound)); sự kiện được tính theo ngày cấp vào \(countedIn.label.lowercased())."
        case .eventOtherYear(let date, let year):
            "Ngày cấp \(date) không thuộc năm số liệu \(year); không tính vào chỉ tiêu năm \(year)."
        case .targetUnknown(let value): "Mã chỉ tiêu «\(value)» không có trong kế hoạch."
        case .targetComputed(let code):
            "Chỉ tiêu \(code) được tính từ báo cáo dự án đầu tư (từng sự kiện GCNĐKĐT), không nhập trong báo cáo chỉ tiêu."
        case .subjectUnknown(let value, let target, _): "Đối tượng «\(value)» không thuộc chỉ tiêu \(target)."
        case .zoneNotOperating(let name):
            "\(name) chưa phải KCN đang hoạt động; không tính vào tỷ lệ của chỉ tiêu III.2."
        case .resultInvalid(let value, _): "Kết quả «\(value)» không thuộc danh mục của chỉ tiêu này."
        case .resultWithoutDate(let result): "Kết quả «\(result.rawValue)» nhưng chưa ghi Ngày."
        case .submissionSuperseded(let newer, let unit, let period, let kind, let rows):
            "Tệp bị thay thế bởi tệp \(newer) (gửi sau) cho cùng đơn vị \(unit), kỳ \(period.label), loại \(kind.label); \(rows) dòng của tệp này không được tính."
        case .submissionSupersedes(let older):
            "Tệp này thay thế tệp \(older) gửi trước cho cùng đơn vị, kỳ và loại báo cáo."
        case .sentDateMissing(let present):
            (present ? "Cột «Ngày gửi» để trống ở mọi dòng" : "Tệp không có cột «Ngày gửi»")
                + "; ngày nhận được lấy theo ngày sửa tệp trên máy."
        case .planUnreadable(let reason): "Không đọc được tệp kế hoạch (cần tệp văn bản UTF-8): \(reason)."
        case .planInvalid(let detail): detail
        case .inputsMissing(let path): "Không tìm thấy thư mục đầu vào «\(path)»."
        case .noSubmission:
            "Không có báo cáo nào đọc được trong thư mục đầu vào nên không xác định được kỳ báo cáo."
        case .noPeriod:
            "Không xác định được kỳ báo cáo: các tệp đọc được đều để trống cột «Kỳ báo cáo»."
        case .periodOutsidePlan(let period, let year): "Kỳ \(period.label) không thuộc năm kế hoạch \(year)."
        case .outputUnwritable(let path, let reason): "Không ghi được «\(path)»: \(reason)."
        case .sentDatesDiffer(let first, let other):
            "Các dòng ghi Ngày gửi khác nhau (\(first) và \(other)); lấy ngày \(first) của dòng đầu."
        }
    }

    public var fix: String {
        switch self {
        case .fileEmpty: "Đề nghị đơn vị gửi lại tệp có dữ liệu."
        case .fileXlsx:
            "Đề nghị đơn vị gửi lại tệp Excel gốc với đúng đuôi .xlsx, hoặc lưu thành «CSV UTF-8 (Comma delimited) (*.csv)»."
        case .fileXls:
            "Mở tệp bằng Excel, chọn File › Save As › kiểu «Excel Workbook (*.xlsx)» (hoặc «CSV UTF-8») rồi gửi lại."
        case .filePdf: "Đề nghị đơn vị gửi tệp Excel hoặc CSV theo mẫu (không gửi bản PDF)."
        case .fileChanged: "Chờ chép hoặc lưu tệp xong rồi chạy lại."
        case .fileBinary, .fileUnreadable: "Đề nghị đơn vị gửi lại tệp; nếu tệp từ Excel: \(Self.saveAsCSV)"
        case .fileLinkBroken, .fileLinkLoop:
            "Sửa hoặc xóa liên kết; nếu đó là báo cáo của đơn vị, chép chính tệp vào thư mục inputs."
        case .fileNotRegular, .folderTooDeep:
            "Đặt các tệp báo cáo vào thư mục inputs (hoặc một thư mục con ít cấp) như tệp thường."
        case .folderNamedLikeFile: "Không cần làm gì; nên đổi tên thư mục cho khỏi nhầm với tệp."
        case .fileSkipped: "Không cần làm gì; chỉ các tệp .xlsx, .xlsm, .csv (và .txt, .tsv) được đọc."
        case .encodingTcvn3: Self.convertWithUnikey(from: "TCVN3 (ABC)")
        case .encodingVni: Self.convertWithUnikey(from: "VNI Windows")
        case .encodingUnknown: Self.saveAsCSV
        case .encodingLettersLost, .textLettersLost:
            "Chữ đã mất trong chính tệp CSV này, nên phải lưu lại từ tệp Excel gốc: File › Save As (Lưu thành) › kiểu «CSV UTF-8 (Comma delimited) (*.csv)», rồi gửi lại."
        case .fileRenamedWorkbook: "Không cần làm gì; nên giữ đúng đuôi .xlsx khi gửi tệp Excel."
        case .workbookEncrypted:
            "Đề nghị đơn vị bỏ mật khẩu (Excel: File › Info › Protect Workbook › Encrypt with Password, xóa mật khẩu) rồi gửi lại."
        case .workbookUnreadable:
            "Đề nghị đơn vị mở tệp bằng Excel, lưu lại (File › Save As › Excel Workbook (*.xlsx)) rồi gửi lại."
        case .workbookNotXlsx:
            "Mở bằng LibreOffice hoặc Excel, chọn Lưu thành › Excel 2007-365 (.xlsx) (hoặc CSV UTF-8) rồi gửi lại."
        case .workbookMacros, .sheetSkipped: ""
        case .workbookNoSubmission:
            "Dùng mẫu báo cáo (khth templates): dòng tiêu đề phải có các cột như «Mã đơn vị», «Kỳ báo cáo», «Mã nhiệm vụ»…"
        case .rowHidden: "Nếu hàng ẩn không phải số liệu báo cáo, xóa hàng đó rồi gửi lại."
        case .formulaUncached:
            "Mở tệp bằng Excel hoặc LibreOffice cho công thức tính lại, lưu rồi gửi lại (hoặc chép rồi dán giá trị)."
        case .cellOutsideTable: "Nếu đó là số liệu, đặt vào đúng cột của mẫu; nếu không, xóa đi."
        case .taskCodeRead: "Nên ghi mã như kế hoạch, dạng II.1 hoặc II.1.a."
        case .examplesIgnored:
            "Không cần làm gì. Muốn chạy thử với ví dụ, dùng thư mục riêng: make report INPUTS=inputs/_vi-du."
        case .kindUnknown:
            "Dùng đúng mẫu báo cáo: dòng tiêu đề phải có các cột như «Mã đơn vị», «Kỳ báo cáo», «Mã nhiệm vụ»…"
        case .missingColumn: "Thêm cột còn thiếu hoặc sửa tên cột theo mẫu, rồi gửi lại."
        case .missingOptionalColumn: "Nên dùng đủ các cột của mẫu báo cáo."
        case .unknownColumn: "Nếu cột này là một cột của mẫu bị đặt tên khác, đổi tên cột theo mẫu."
        case .duplicateColumn: "Xóa một trong hai cột hoặc đổi tên cho đúng."
        case .preambleSkipped: ""
        case .noDataRows: "Kiểm tra tệp có phải là bản đã điền dữ liệu không."
        case .numberingRowSkipped, .totalRowSkipped, .headerRepeatedSkipped, .signatureSkipped: ""
        case .sectionRowSkipped:
            "Nếu đây là một dòng dữ liệu, điền đủ các ô bắt buộc rồi gửi lại; nếu là tiêu đề nhóm thì không cần sửa."
        case .csvUnclosedQuote, .csvTextAfterQuote, .csvStrayQuote:
            "Sửa ô trong Excel rồi lưu lại (Excel tự đặt ngoặc kép đúng); không sửa tệp CSV bằng Notepad."
        case .csvExtraFields:
            "Thường do dấu phẩy trong nội dung hoặc trong số tiền (1,500) không nằm trong ngoặc kép: mở tệp bằng Excel, sửa rồi lưu lại."
        case .csvMissingFields: "Kiểm tra dòng có bị cắt mất các ô cuối không."
        case .encodingInvalidBytes: Self.saveAsCSV
        case .textControlsRemoved:
            "Kiểm tra lại nội dung ô; lần sau dán bằng Paste Special › Unformatted Text (chỉ dán chữ)."
        case .valueReadAs(_, _, let list): "Lần sau chọn đúng tên trong danh sách: \(list.joined(separator: ", "))."
        case .cellTooLong: "Rút gọn nội dung ô hoặc chia thành nhiều dòng."
        case .lineTooLong: "Mở tệp bằng Excel, xóa hoặc sửa dòng này rồi lưu lại."
        case .formulaError:
            "Sửa công thức của ô trong bảng tính (hoặc chép rồi dán giá trị: Paste Special › Values) rồi lưu lại tệp."
        case .valueRequired(let column): "Điền «\(column.header)» cho dòng này."
        case .unitUnknown(_, _, let codes): "Dùng một trong các mã đơn vị: \(codes.joined(separator: ", "))."
        case .periodInvalid: "Ghi kỳ báo cáo theo một trong các dạng: \(Self.periodForms)."
        case .periodOtherYear: "Kiểm tra năm của kỳ báo cáo, hoặc dùng tệp kế hoạch của năm đó (PLAN=…)."
        case .rowUnitDiffers, .rowPeriodDiffers: "Mỗi tệp nên chỉ có một đơn vị và một kỳ báo cáo."
        case .taskUnknown: "Dùng mã nhiệm vụ trong kế hoạch, dạng II.1 hoặc II.1.a (xem sheet Nhiệm vụ)."
        case .statusInvalid: "Chọn một trong: Chưa triển khai, Đang triển khai, Hoàn thành, Tạm dừng."
        case .percentInvalid, .percentOutOfRange, .percentAsFraction: "Ghi tỷ lệ là số từ 0 đến 100, ví dụ 75 hoặc 75%."
        case .percentBelowOne(let value):
            Self.percentFix(
                meant: Self.number(PercentEvidence.percentage(ofFraction: value)), written: Self.number(value))
        case .doneWithoutDate: "Ghi Ngày hoàn thành (dd/mm/yyyy), hoặc sửa Tình trạng nếu chưa hoàn thành."
        case .donePercentBelow100: "Sửa tỷ lệ thành 100 hoặc sửa Tình trạng."
        case .completionDateNotDone: "Xóa Ngày hoàn thành hoặc sửa Tình trạng thành «Hoàn thành»."
        case .taskRepeated: "Mỗi nhiệm vụ nên báo cáo trên một dòng."
        case .dateUnreadable, .dateImpossible: "Ghi ngày dạng dd/mm/yyyy, ví dụ 30/06/2023."
        case .dateAmbiguous:
            "Ghi lại các ngày trong tệp theo dạng dd/mm/yyyy (ngày trước, tháng sau), ví dụ 03/04/2023 là ngày 3 tháng 4."
        case .dateTwoDigitYear: "Ghi năm đủ 4 chữ số."
        case .numberInvalid: "Ghi số, ví dụ 1.500.000 hoặc 1500000; có thể ghi kèm đơn vị (1,5 triệu USD)."
        case .numberAmbiguous: "Ghi số không có dấu ngăn nghìn (1500) hoặc ghi rõ phần thập phân bằng dấu phẩy (1,5)."
        case .numberStylesMixed: "Thống nhất một cách ghi số trong tệp (kiểu Việt Nam: 1.500.000,5)."
        case .capitalNegative: "Ghi số dương; với sự kiện giảm vốn chọn Loại biến động «Điều chỉnh giảm vốn»."
        case .capitalZero: "Kiểm tra lại số vốn."
        case .currencyUnknown: "Dùng một trong: USD, triệu USD (cho FDI); đồng, triệu đồng, tỷ đồng (cho DDI)."
        case .currencyConflict: "Thống nhất đơn vị giữa ô số vốn và cột Đơn vị tính."
        case .fdiInVnd: "Quy đổi vốn FDI ra USD (hoặc triệu USD) theo GCNĐKĐT."
        case .ddiInUsd: "Ghi vốn DDI bằng đồng (hoặc triệu đồng, tỷ đồng) theo GCNĐKĐT."
        case .eventTypeInvalid:
            "Chọn một trong: Cấp mới, Điều chỉnh tăng vốn, Góp vốn, mua cổ phần, Điều chỉnh giảm vốn, Chấm dứt."
        case .certificateScientific:
            "Trong Excel, chọn cột Số GCNĐKĐT › Format Cells › Text, nhập lại số đầy đủ (ví dụ 2110987654) rồi lưu lại CSV."
        case .capitalSourceInvalid: "Ghi FDI (vốn nước ngoài) hoặc DDI (vốn trong nước)."
        case .zoneUnknown:
            "Dùng tên khu trong danh mục của kế hoạch (xem sheet Chỉ tiêu, mục III.2), ví dụ «KCN VSIP Hải Phòng»."
        case .countryMissing: "Ghi quốc gia/vùng lãnh thổ của nhà đầu tư, ví dụ Hàn Quốc."
        case .eventDuplicate:
            "Không cần sửa nếu đúng là cùng một sự kiện; nếu là hai lần điều chỉnh khác nhau, kiểm tra lại ngày cấp."
        case .eventOutsideWindow: "Kiểm tra ngày cấp; báo cáo kỳ nào chỉ gồm sự kiện trong khung số liệu của kỳ đó."
        case .eventOtherYear: "Kiểm tra lại ngày cấp."
        case .targetUnknown: "Dùng mã chỉ tiêu III.2, III.3 hoặc III.4."
        case .targetComputed: "Bỏ dòng này; gửi số liệu trong báo cáo dự án đầu tư."
        case .subjectUnknown(_, _, let choices): "Dùng một trong: \(choices.joined(separator: "; "))."
        case .zoneNotOperating: "Không cần sửa nếu đúng; nếu KCN đã hoạt động, sửa trạng thái trong tệp kế hoạch."
        case .resultInvalid(_, let choices): "Chọn một trong: \(choices.joined(separator: ", "))."
        case .resultWithoutDate: "Ghi ngày (dd/mm/yyyy) diễn ra sự kiện."
        case .submissionSuperseded, .submissionSupersedes:
            "Nếu muốn dùng tệp kia, hãy chuyển tệp không dùng ra khỏi thư mục inputs."
        case .sentDateMissing(let present):
            present ? "Ghi ngày gửi báo cáo vào cột «Ngày gửi»." : "Nên dùng mẫu báo cáo có cột «Ngày gửi»."
        case .sentDatesDiffer: "Ghi một Ngày gửi cho cả tệp."
        case .planUnreadable, .planInvalid:
            "Sửa tệp kế hoạch ở chỗ được chỉ ra (mở bằng Notepad, lưu dạng UTF-8), hoặc tạo lại bằng: make plan."
        case .inputsMissing: "Tạo thư mục và đặt các tệp báo cáo của đơn vị vào đó, hoặc chỉ thư mục khác bằng INPUTS=…"
        case .noSubmission: "Thêm tệp báo cáo của đơn vị vào thư mục đầu vào, hoặc chọn kỳ bằng PERIOD=2023-Q1."
        case .noPeriod:
            "Điền kỳ báo cáo vào tệp, hoặc chọn kỳ bằng PERIOD=2023-Q1 (khi đó mọi dòng thiếu kỳ được báo lỗi)."
        case .periodOutsidePlan:
            "Chọn một kỳ của năm kế hoạch, hoặc dùng tệp kế hoạch của năm đó (PLAN=…)."
        case .outputUnwritable:
            "Kiểm tra thư mục đầu ra có tồn tại, ghi được và còn chỗ trống; đóng bảng tổng hợp nếu đang mở trong Excel."
        }
    }

    static func words(_ reason: SkipReason) -> String {
        switch reason {
        case .lockFile: "tệp khóa tạm của Excel/LibreOffice (đang mở tệp khác)"
        case .hidden: "tệp ẩn"
        case .notSubmission(let ext): "không phải tệp báo cáo Excel hoặc CSV (.\(ext.isEmpty ? "?" : ext))"
        }
    }

    static func words(_ kind: Special) -> String {
        switch kind {
        case .fifo: "đường ống FIFO"
        case .socket: "socket"
        case .device: "thiết bị"
        }
    }

    /// `dòng 3: 2,000,000`.
    static func words(_ sighting: Sighting) -> String { "dòng \(sighting.line): \(sighting.text)" }

    /// `tệp QLDT.csv dòng 3`.
    static func words(_ source: SourceLine) -> String {
        source.sheet.map { "tệp \(source.file), trang «\($0)», hàng \(source.line)" }
            ?? "tệp \(source.file) dòng \(source.line)"
    }

    static func percentFix(meant: String, written: String) -> String {
        "Nếu ý là \(meant)%, ghi \(meant); nếu đúng là dưới 1%, ghi kèm dấu % (\(written)%)."
    }

    /// `1.500,5` — numbers in messages as Vietnamese readers write them.
    static func number(_ value: Double) -> String { VietnameseNumber.format(value) }
}
