import Foundation

/// Rows that carry no data though they are not blank, told apart row by row with
/// what came before: the first row under the header may be the template's column
/// numbers, and once the signature block closing an official form begins
/// (`Người lập biểu`, `Thủ trưởng đơn vị`, the names, the place and date), no row
/// without its identifying value is data. Both passes over a file use one, so
/// they count the same rows.
struct NonDataRows {
    let match: HeaderMatch
    private var first = true
    private var inSignatureBlock = false

    init(match: HeaderMatch) { self.match = match }

    /// Why the (non-blank) record is not data, or nil when it is.
    mutating func rule(for record: CSVRecord) -> Rule? {
        defer { first = false }
        let identifying = match.index[match.layout.identifying]
        if identifying.map({ $0 < record.count && !record.isBlank($0) }) ?? false {
            return Self.skippable(record, match: match, first: first)
        }
        if inSignatureBlock { return .signatureSkipped }
        let texts = Self.texts(record)
        if Self.isSignature(texts) {
            inSignatureBlock = true
            return .signatureSkipped
        }
        return Self.skippable(record, match: match, first: first, texts: texts)
    }

    /// The record's non-empty texts, trimmed.
    static func texts(_ record: CSVRecord) -> [String] {
        (0..<record.count).map(record.trimmedText).filter { !$0.isEmpty }
    }

    /// Whether every text of a row belongs to a signature block: a title, a
    /// signing note, or the place-and-date line.
    static func isSignature(_ texts: [String]) -> Bool {
        !texts.isEmpty
            && texts.allSatisfy { text in
                let words = TextKey.words(text)
                if signatureTitles.contains(where: { words == $0 || words.hasPrefix($0 + " ") }) { return true }
                // `Hải Phòng, ngày 16 tháng 3 năm 2023`, `ngày … tháng … năm 2023`.
                let parts = words.split(separator: " ")
                return parts.contains("ngay") && parts.contains("thang") && parts.contains("nam")
                    && parts.contains { $0.allSatisfy(\.isNumber) }
            }
    }

    /// How the signature block's cells start (diacritics folded).
    static let signatureTitles = [
        "nguoi lap", "nguoi lap bieu", "nguoi tong hop", "nguoi duyet", "thu truong", "thu truong don vi",
        "truong phong", "pho truong phong", "giam doc", "pho giam doc", "ke toan truong", "truong ban",
        "pho truong ban", "chanh van phong", "pho chanh van phong", "chanh thanh tra", "pho chanh thanh tra",
        "lanh dao don vi", "lanh dao phong", "xac nhan", "ky ghi ro ho ten", "ky va ghi ro ho ten", "ky ten",
        "ky ho ten", "da ky", "kt truong phong", "kt giam doc", "tl giam doc", "tm ban quan ly", "noi nhan",
    ]

    /// Rows that carry no data though they are not blank: the row of column
    /// numbers official templates put under the header (`(1) (2) (3)…`), and a
    /// total row (`Tổng cộng`) with no identifying value.
    static func skippable(_ record: CSVRecord, match: HeaderMatch, first: Bool, texts made: [String]? = nil) -> Rule? {
        // A row with its identifying value is data unless it is the numbering row,
        // which can only be the first: decided without making any text.
        if let identifying = match.index[match.layout.identifying], identifying < record.count,
            !record.isBlank(identifying)
        {
            if repeatsHeader(record, match: match, identifying: identifying) { return .headerRepeatedSkipped }
            if !first { return nil }
        }
        let texts = made ?? Self.texts(record)
        guard !texts.isEmpty else { return nil }
        // Column numbers are short: a long text (a 100 MB cell) is never one, and is not trimmed to find out.
        if first, texts.allSatisfy({ $0.utf8.count <= 16 }) {
            let numbers = texts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()[]")) }.compactMap {
                Int($0)
            }
            if numbers.count == texts.count, numbers.count >= 2,
                numbers == Array(numbers[0]..<(numbers[0] + numbers.count))
            {
                return .numberingRowSkipped
            }
        }
        let identifying =
            match.index[match.layout.identifying].map { $0 < record.count ? record.trimmedText($0) : "" } ?? ""
        let firstWords = TextKey.words(texts[0])
        if identifying.isEmpty, ["tong cong", "cong", "tong", "tong so", "cong tong"].contains(firstWords) {
            return .totalRowSkipped
        }
        // A group heading (`I | KCN Đình Vũ`): a label or two in text columns,
        // nothing in a column of codes, dates, figures or lists. Skipped, but
        // with a warning that shows it; a row with any of those is data.
        let valueColumns: [Column] = [
            .unit, .period, .sentDate, .status, .percent, .due, .completed, .event,
            .eventDate, .source, .capital, .currency, .target, .result, .date,
        ]
        let valueFilled = valueColumns.contains { column in
            match.index[column].map { $0 < record.count && !record.isBlank($0) } ?? false
        }
        if identifying.isEmpty, texts.count <= 2, !valueFilled {
            return .sectionRowSkipped(identifying: match.layout.identifying)
        }
        return nil
    }

    /// Whether the record is the header row again: its identifying field is the
    /// header's (compared on the bytes first, as it runs on every row), and so
    /// is every other field it fills.
    static func repeatsHeader(_ record: CSVRecord, match: HeaderMatch, identifying: Int) -> Bool {
        guard identifying < match.headers.count else { return false }
        let header = match.headers[identifying]
        // Codes start with a digit or a roman numeral, headers with a word: one byte tells most rows apart.
        let fieldFirst = record.withBytes(identifying) { bytes in bytes.first { $0 != 0x20 && $0 != 0x09 } }
        guard let fieldFirst, let headerFirst = header.utf8.first, fieldFirst | 0x20 == headerFirst | 0x20,
            TextKey.compact(record.trimmedText(identifying)) == TextKey.compact(header)
        else { return false }
        for index in 0..<min(record.count, match.headers.count) where !record.isBlank(index) {
            if TextKey.compact(record.trimmedText(index)) != TextKey.compact(match.headers[index]) { return false }
        }
        return true
    }
}
