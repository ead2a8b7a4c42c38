/// The submissions found, and which of them the report uses.
///
/// Supersede rule: when two files report the same unit, period and kind, the one
/// received later is used and the other is listed, never merged. "Received" is
/// the file's `Ngày gửi` when it has the column, else the day the file was last
/// modified on this machine (the day it was saved from the mail); a tie goes to
/// the later modification time, then to the file name that sorts last.
public struct SubmissionSet: Sendable {
    public struct Entry: Sendable {
        public var survey: FileSurvey
        /// The day the submission counts as received, and where that came from.
        public var received: Day?
        public var receivedFromFile: Bool
        public var modified: Double
        /// The newer file that replaces this one.
        public var supersededBy: String?
        public var supersedes: [String] = []

        /// The submission's name: the file, or `file › sheet`.
        public var file: String { survey.name }
        public var isUsed: Bool { survey.isUsable && supersededBy == nil }

        /// The (unit, period, kind) the submission stands for.
        public var key: Key? {
            guard survey.isUsable, let unit = survey.unit, let period = survey.period, let kind = survey.kind else {
                return nil
            }
            return Key(unit: unit, period: period, kind: kind)
        }
    }

    public struct Key: Hashable, Sendable {
        public let unit: String
        public let period: ReportingPeriod
        public let kind: SubmissionKind
    }

    /// A file's modification time, as the edge reads it from the file system.
    public struct FileDate: Sendable {
        public let day: Day
        public let seconds: Double
        public init(day: Day, seconds: Double) {
            self.day = day
            self.seconds = seconds
        }
    }

    public private(set) var entries: [Entry]
    public private(set) var diagnostics: [Diagnostic] = []

    /// Decides which submissions are used. Entries keep the order of `surveys`,
    /// which the caller sorts by path so the outcome never depends on discovery order.
    public init(surveys: [FileSurvey], fileDates: [String: FileDate]) {
        entries = surveys.map { survey in
            let date = fileDates[survey.file]
            return Entry(
                survey: survey, received: survey.sentDate ?? date?.day,
                receivedFromFile: survey.sentDate == nil && date != nil, modified: date?.seconds ?? 0)
        }
        var groups: [Key: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let key = entry.key { groups[key, default: []].append(index) }
        }
        for (key, indices) in groups where indices.count > 1 {
            let ordered = indices.sorted { a, b in
                let x = entries[a]
                let y = entries[b]
                let dayX = x.received?.ordinal ?? Int.min
                let dayY = y.received?.ordinal ?? Int.min
                if dayX != dayY { return dayX < dayY }
                if x.modified != y.modified { return x.modified < y.modified }
                return x.file < y.file
            }
            let newest = ordered.last!
            for older in ordered.dropLast() {
                entries[older].supersededBy = entries[newest].file
                entries[newest].supersedes.append(entries[older].file)
                diagnostics.append(
                    Diagnostic(
                        .submissionSuperseded(
                            by: entries[newest].file, unit: key.unit, period: key.period, kind: key.kind,
                            rows: entries[older].survey.dataRows),
                        file: entries[older].survey.file, sheet: entries[older].survey.sheet, unit: key.unit))
                diagnostics.append(
                    Diagnostic(
                        .submissionSupersedes(older: entries[older].file), file: entries[newest].survey.file,
                        sheet: entries[newest].survey.sheet,
                        unit: key.unit))
            }
        }
        for entry in entries where entry.survey.isUsable && entry.survey.sentDate == nil {
            diagnostics.append(
                Diagnostic(
                    .sentDateMissing(columnPresent: entry.survey.hasSentDateColumn), file: entry.survey.file,
                    sheet: entry.survey.sheet,
                    unit: entry.survey.unit))
        }
    }

    public var used: [Entry] { entries.filter(\.isUsed) }

    /// The latest period the used submissions report: the one whose data ends
    /// last, and of those the longest (a quarter over its last month).
    public func latestPeriod(calendar: ReportingCalendar) -> ReportingPeriod? {
        used.compactMap(\.survey.period).max { a, b in
            let endA = calendar.window(of: a).upperBound
            let endB = calendar.window(of: b).upperBound
            if endA != endB { return endA < endB }
            return a.granularity < b.granularity
        }
    }
}
