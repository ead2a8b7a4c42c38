/// A date as written: `dd/mm/yyyy`, `d/m/yyyy` (also with `-` or `.`), ISO
/// `yyyy-mm-dd` (a midnight time is ignored), `ngày 30 tháng 6 năm 2023`, an Excel
/// serial number, or `dd/mm/yy` (read as 20yy, with a warning).
public enum DateReading: Hashable, Sendable {
    case day(Day, twoDigitYear: Bool)
    /// `03/04/2023`: valid day-first and month-first, and they differ.
    case dayOrMonthFirst(dayFirst: Day, monthFirst: Day, twoDigitYear: Bool)
    /// Written like a date but no such day exists (`31/02/2023`).
    case impossible(reason: String, monthFirst: Day?)
    case unreadable

    public static func read(_ raw: String) -> DateReading {
        var text = Substring(raw).trimmingSpacesAndNBSP
        // A closing remark in brackets (`01/03/2023 (đc lần 2)`) and a leading
        // `ngày` before figures (`ngày 01/03/2023`) are set aside.
        if let before = text.beforeClosingRemark, before.contains(where: \.isNumber) {
            text = before.trimmingSpacesAndNBSP
        }
        for lead in ["ngày ", "Ngày ", "NGÀY "] where text.hasPrefix(lead) {
            let rest = text.dropFirst(lead.count).trimmingSpacesAndNBSP
            if !rest.contains(where: \.isLetter) { text = rest }
        }
        // A time of day after the date (`2023-06-30 00:00:00`) is dropped.
        if let space = text.firstIndex(where: { $0 == " " || $0 == "T" }),
            text[text.index(after: space)...].contains(":"), text[..<space].contains(where: { !$0.isNumber })
        {
            text = text[..<space]
        }
        if text.allSatisfy({ $0.isNumber || $0 == "." }), text.filter({ $0 == "." }).count <= 1 {
            return serial(text)
        }
        if text.contains(where: \.isLetter) {
            let words = TextKey.words(text)
            if words.hasPrefix("ngay ") || words.contains(" thang ") { return spelled(words) }
            return .unreadable
        }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return .unreadable }
        if parts[0].count == 4 {
            // ISO: year first, then month and day.
            guard let day = Day(year: a, month: b, day: c) else {
                return .impossible(reason: "không có ngày \(c) tháng \(b) năm \(a)", monthFirst: nil)
            }
            return .day(day, twoDigitYear: false)
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else {
            return .unreadable
        }
        let twoDigit = parts[2].count == 2
        let year = twoDigit ? 2000 + c : c
        let dayFirst = Day(year: year, month: b, day: a)
        let monthFirst = Day(year: year, month: a, day: b)
        switch (dayFirst, monthFirst) {
        case (let d?, let m?) where d != m: return .dayOrMonthFirst(dayFirst: d, monthFirst: m, twoDigitYear: twoDigit)
        case (let d?, _): return .day(d, twoDigitYear: twoDigit)
        case (nil, let m):
            let reason =
                b > 12 ? "tháng \(b) không tồn tại" : "tháng \(b)/\(year) không có ngày \(a)"
            return .impossible(reason: reason, monthFirst: m)
        }
    }

    /// Excel's serial day numbers (what a date cell formatted as General saves):
    /// accepted for years 1990–2100, the fraction (time of day) dropped.
    static func serial(_ text: Substring) -> DateReading {
        let whole = text.split(separator: ".", omittingEmptySubsequences: false)[0]
        guard let number = Int(whole), (32_874...73_415).contains(number), let day = Day(excelSerial: number) else {
            return .unreadable
        }
        return .day(day, twoDigitYear: false)
    }

    /// `ngày 30 tháng 6 năm 2023`.
    static func spelled(_ words: String) -> DateReading {
        let tokens = words.split(separator: " ")
        func after(_ word: String) -> Int? {
            guard let index = tokens.firstIndex(of: Substring(word)), index + 1 < tokens.count else { return nil }
            return Int(tokens[index + 1])
        }
        guard let d = after("ngay"), let m = after("thang"), let y = after("nam") else { return .unreadable }
        guard let day = Day(year: y, month: m, day: d) else {
            return .impossible(reason: "không có ngày \(d) tháng \(m) năm \(y)", monthFirst: nil)
        }
        return .day(day, twoDigitYear: false)
    }

    /// The day as Vietnamese files write it (day before month), if any.
    public var dayFirst: Day? {
        switch self {
        case .day(let day, _): day
        case .dayOrMonthFirst(let day, _, _): day
        default: nil
        }
    }

    /// A plan file date: strictly one day, no ambiguity allowed.
    public static func parseDay(_ text: String) -> Day? {
        switch read(text) {
        case .day(let day, false): day
        case .dayOrMonthFirst(let dayFirst, _, false): dayFirst
        default: nil
        }
    }
}

/// What one file's dates say about their order. Vietnamese files write day
/// first; a date whose second part is above 12 shows a month-first file, and
/// then no `03/04/2023` in it can be read without guessing.
public struct DateEvidence: Hashable, Sendable {
    public var monthFirst = 0
    public var firstMonthFirst: Sighting?

    public init() {}

    public mutating func note(_ reading: DateReading, at place: @autoclosure () -> Sighting) {
        if case .impossible(_, let monthFirst?) = reading {
            _ = monthFirst
            self.monthFirst += 1
            if firstMonthFirst == nil { firstMonthFirst = place() }
        }
    }

    /// A date with a 12-hour clock (`3/2/2023 12:00:00 AM`) was written on a
    /// computer set to US English, whose dates put the month first: as strong
    /// a sign as a `03/15/2023`, though every part of this one may be ≤ 12.
    public mutating func noteClock(_ raw: String, at place: @autoclosure () -> Sighting) {
        guard Self.hasTwelveHourClock(raw) else { return }
        monthFirst += 1
        if firstMonthFirst == nil { firstMonthFirst = place() }
    }

    static func hasTwelveHourClock(_ raw: String) -> Bool {
        // Runs on every date of the file: most end in a digit and stop here.
        guard let end = raw.utf8.last, end | 0x20 == UInt8(ascii: "m") || end == 0x20 || end == 0x09 else {
            return false
        }
        let letters = Array(raw.utf8.reversed().lazy.filter { $0 != 0x20 && $0 != 0x09 }.prefix(2).map { $0 | 0x20 })
        guard letters == Array("ma".utf8) || letters == Array("mp".utf8) else { return false }
        return raw.contains(":") && raw.contains("/")
    }

    public var isMonthFirstFile: Bool { monthFirst > 0 }
}
