import Foundation

/// Reads one submission file in two passes. The first (`survey`) recognises the
/// file and gathers what rows need from the whole file — the unit and period it
/// reports, and the evidence for reading `1.500` or `03/04/2023`. The second
/// (`read`) validates every row and hands each accepted row on, never holding
/// the file in memory.
public enum SubmissionReader {
    /// The first pass over a CSV file.
    public static func survey(
        file: String, source: some ByteSource, lookup: PlanLookup, cache: ValueCache = ValueCache()
    ) throws -> FileSurvey {
        var reader = try RecordReader(source: source)
        var survey = FileSurvey(file: file)
        survey.delimiter = reader.delimiter
        return try self.survey(survey, reader: &reader, lookup: lookup, cache: cache)
    }

    /// The first pass over a worksheet of a workbook: one submission of its own.
    public static func survey(
        file: String, sheet: String, rows: some WorksheetRows, lookup: PlanLookup, cache: ValueCache = ValueCache()
    ) throws
        -> FileSurvey
    {
        var reader = try SheetRecordReader(rows: rows)
        var survey = FileSurvey(file: file)
        survey.sheet = sheet
        return try self.survey(survey, reader: &reader, lookup: lookup, cache: cache)
    }

    static func survey(
        _ start: FileSurvey, reader: inout some RecordSource, lookup: PlanLookup, cache: ValueCache = ValueCache()
    ) throws -> FileSurvey {
        var survey = start
        let file = survey.file
        let sheet = survey.sheet
        survey.shape = reader.shape
        guard reader.shape.isReadable else {
            survey.diagnostics.append(Diagnostic(fileRule(reader.shape), file: file, sheet: sheet))
            if case .text = reader.shape {} else { survey.delimiter = nil }
            return survey
        }
        if let damaged = (reader.unrecognisedHeaders ?? reader.headers).first(where: { LostLetters.found(in: $0.utf8) })
        {
            let line = reader.headerLine > 0 ? reader.headerLine : nil
            survey.diagnostics.append(
                Diagnostic(.encodingLettersLost(sample: damaged), file: file, sheet: sheet, line: line))
            // Not read, but counted: the file's rows are in the account as rejected.
            var record = CSVRecord()
            while try reader.nextRecord(into: &record) {
                if record.isBlank { survey.blankRows += 1 } else { survey.dataRows += 1 }
            }
            return survey
        }
        guard let match = headerMatch(reader, into: &survey) else { return survey }
        survey.kind = match.layout.kind
        survey.hasSentDateColumn = match.index[.sentDate] != nil
        var record = CSVRecord()
        var sentDates: [Day] = []
        var interner = TextInterner()
        var nonData = NonDataRows(match: match)
        var lostLetters = LostLetters.Tally()
        while try reader.nextRecord(into: &record) {
            if record.isBlank || record.tooLongBytes == nil && nonData.rule(for: record) != nil {
                survey.blankRows += 1
                continue
            }
            survey.dataRows += 1
            // Only its beginning was kept: nothing in it is evidence of how the file writes.
            if record.tooLongBytes != nil { continue }
            lostLetters.note(record)
            func field(_ column: Column) -> String? {
                guard let index = match.index[column], index < record.count, !record.isBlank(index) else { return nil }
                return record.trimmedText(index, interner: &interner)
            }
            if survey.unit == nil || survey.period == nil,
                let unit = field(.unit).flatMap({ cache.unitCode($0, lookup) }),
                let period = field(.period).flatMap(cache.period),
                period.year == lookup.plan.year
            {
                survey.unit = unit
                survey.period = period
            }
            for column in [Column.capital, .percent] {
                guard let text = field(column) else { continue }
                // Typed cells are exact: they tell nothing of how the file writes numbers.
                switch match.index[column].flatMap(record.typedValue) {
                case .number(let value)?:
                    if column == .percent {
                        survey.percentEvidence.note(
                            value, percentSign: false, at: Sighting(line: record.line, text: text))
                    }
                    continue
                case .percent?: continue
                default: break
                }
                let (number, percentSign) =
                    column == .percent
                    ? PercentEvidence.number(in: text) : (CurrencyUnit.split(text)?.number ?? Substring(text), false)
                let reading = NumberReading.read(number)
                survey.numberEvidence.note(reading, at: Sighting(line: record.line, text: text))
                if column == .percent, case .exact(let value, _) = reading {
                    survey.percentEvidence.note(
                        value, percentSign: percentSign, at: Sighting(line: record.line, text: text))
                }
            }
            for column in [Column.due, .completed, .eventDate, .date, .sentDate] {
                guard let text = field(column) else { continue }
                if case .date? = match.index[column].flatMap(record.typedValue) { continue }
                survey.dateEvidence.note(cache.date(text), at: Sighting(line: record.line, text: text))
                survey.dateEvidence.noteClock(text, at: Sighting(line: record.line, text: text))
            }
            if let text = field(.sentDate), let day = cache.date(text).dayFirst, !sentDates.contains(day) {
                sentDates.append(day)
            }
        }
        if !reader.shape.isReadable {
            // The file turned out not to be text we read, past its first chunk.
            survey.shape = reader.shape
            survey.kind = nil
            survey.diagnostics.append(Diagnostic(fileRule(reader.shape), file: file, sheet: sheet))
            return survey
        }
        survey.shape = reader.shape
        survey.sentDate = sentDates.first
        if sentDates.count > 1 {
            survey.diagnostics.append(
                Diagnostic(.sentDatesDiffer(first: sentDates[0], other: sentDates[1]), file: file, sheet: sheet))
        }
        if survey.dataRows == 0 { survey.diagnostics.append(Diagnostic(.noDataRows, file: file, sheet: sheet)) }
        if let example = lostLetters.first {
            survey.diagnostics.append(
                Diagnostic(.textLettersLost(cells: lostLetters.cells, first: example), file: file, sheet: sheet))
        }
        if survey.percentEvidence.writesFractions, let example = survey.percentEvidence.firstFraction {
            survey.diagnostics.append(Diagnostic(.percentAsFraction(example: example), file: file, sheet: sheet))
        }
        let evidence = survey.numberEvidence
        if let vietnamese = evidence.firstVietnamese, let english = evidence.firstEnglish {
            survey.diagnostics.append(
                Diagnostic(.numberStylesMixed(vietnamese: vietnamese, english: english), file: file, sheet: sheet))
        }
        return survey
    }

    /// Recognises the header row and reports what is wrong with it.
    static func headerMatch(_ reader: some RecordSource, into survey: inout FileSurvey) -> HeaderMatch? {
        let file = survey.file
        let sheet = survey.sheet
        guard reader.unrecognisedHeaders == nil, let match = HeaderMatcher.match(reader.headers) else {
            let found = (reader.unrecognisedHeaders ?? reader.headers).filter { !$0.isEmpty }
            survey.diagnostics.append(
                Diagnostic(
                    .kindUnknown(headers: found), file: file, sheet: sheet,
                    line: reader.headerLine > 0 ? reader.headerLine : nil))
            return nil
        }
        let line = reader.headerLine
        if reader.preambleLines > 0 {
            survey.diagnostics.append(
                Diagnostic(.preambleSkipped(lines: reader.preambleLines), file: file, sheet: sheet, line: line))
        }
        let missing = match.missingRequired
        if !missing.isEmpty {
            var closest: [Column: String] = [:]
            for column in missing { closest[column] = match.closestHeader(to: column) }
            survey.diagnostics.append(
                Diagnostic(.missingColumn(missing, closest: closest), file: file, sheet: sheet, line: line))
        }
        if !match.missingOptional.isEmpty {
            survey.diagnostics.append(
                Diagnostic(.missingOptionalColumn(match.missingOptional), file: file, sheet: sheet, line: line))
        }
        for (index, header) in match.unknown {
            survey.diagnostics.append(
                Diagnostic(
                    .unknownColumn(header), file: file, sheet: sheet, line: line, column: index,
                    columnHeader: header, value: header))
        }
        for (index, header, column) in match.duplicates {
            let letter =
                Diagnostic(.unknownColumn(""), file: file, sheet: sheet, column: match.index[column]).columnLetter ?? ""
            survey.diagnostics.append(
                Diagnostic(
                    .duplicateColumn(header, of: column, letter: letter), file: file, sheet: sheet,
                    line: line, column: index, columnHeader: header, value: header))
        }
        return match
    }

    static func fileRule(_ shape: FileShape) -> Rule {
        switch shape {
        case .empty: .fileEmpty
        case .zipArchive: .fileXlsx
        case .oldOffice: .fileXls
        case .pdf: .filePdf
        case .binary, .text, .worksheet: .fileBinary
        // Letters already replaced with `?` look like a legacy encoding's bytes
        // around them; converting would not bring them back.
        case .legacy(_, let sample) where LostLetters.found(in: sample.utf8): .encodingLettersLost(sample: sample)
        case .legacy(.tcvn3, let sample): .encodingTcvn3(sample: sample)
        case .legacy(.vni, let sample): .encodingVni(sample: sample)
        case .legacy(.unknown, let sample): .encodingUnknown(sample: sample)
        }
    }

    /// The second pass over a CSV file: validates every row of a usable file,
    /// handing accepted rows and diagnostics on as they come.
    public static func read(
        file: String, source: some ByteSource, survey: FileSurvey, lookup: PlanLookup,
        cache: ValueCache = ValueCache(), accepted: (SubmissionRow) throws -> Void,
        diagnostic: (Diagnostic) throws -> Void
    ) throws -> FileAccount {
        guard survey.isUsable else { return FileAccount() }
        var reader = try RecordReader(source: source, encoding: survey.encoding)
        return try read(
            &reader, survey: survey, lookup: lookup, cache: cache, accepted: accepted, diagnostic: diagnostic)
    }

    /// The second pass over a worksheet.
    public static func read(
        rows: some WorksheetRows, survey: FileSurvey, lookup: PlanLookup, cache: ValueCache = ValueCache(),
        accepted: (SubmissionRow) throws -> Void, diagnostic: (Diagnostic) throws -> Void
    ) throws -> FileAccount {
        guard survey.isUsable else { return FileAccount() }
        var reader = try SheetRecordReader(rows: rows)
        return try read(
            &reader, survey: survey, lookup: lookup, cache: cache, accepted: accepted, diagnostic: diagnostic)
    }

    static func read(
        _ reader: inout some RecordSource, survey: FileSurvey, lookup: PlanLookup, cache: ValueCache,
        accepted: (SubmissionRow) throws -> Void, diagnostic: (Diagnostic) throws -> Void
    ) throws -> FileAccount {
        var account = FileAccount()
        guard survey.isUsable, let kind = survey.kind else { return account }
        let file = survey.file
        let sheet = survey.sheet
        guard let match = HeaderMatcher.match(reader.headers), match.layout.kind == kind else { return account }
        let context = FileContext(name: file, lookup: lookup, match: match, survey: survey, cache: cache)
        let headerWidth = (match.headers.lastIndex { !$0.isEmpty } ?? -1) + 1
        var record = CSVRecord()
        var interner = TextInterner()
        let texts = RowTexts()
        var nonData = NonDataRows(match: match)
        while try reader.nextRecord(into: &record) {
            if record.isBlank {
                account.blank += 1
                continue
            }
            if let bytes = record.tooLongBytes {
                // Its beginning, to find it by; nothing of it is read as values.
                let fields = (0..<record.count).map(record.trimmedText).filter { !$0.isEmpty }.joined(separator: " | ")
                account.dataRows += 1
                account.errors += 1
                account.rejected += 1
                try diagnostic(
                    Diagnostic(
                        .lineTooLong(bytes: bytes), file: file, sheet: sheet, line: record.line,
                        excelRow: sheet == nil ? reader.excelRow : nil, value: String(fields.prefix(200)) + "…",
                        unit: survey.unit))
                continue
            }
            if let rule = nonData.rule(for: record) {
                account.blank += 1
                if rule.severity == .warning { account.warnings += 1 }
                try diagnostic(
                    Diagnostic(
                        rule, file: file, sheet: sheet, line: record.line,
                        excelRow: sheet == nil ? reader.excelRow : nil,
                        value: (0..<record.count).map(record.trimmedText).filter { !$0.isEmpty }
                            .joined(separator: " | "), unit: survey.unit))
                continue
            }
            account.dataRows += 1
            var row = RowReading(
                record: record, file: context, excelRow: reader.excelRow, texts: texts, interner: &interner)
            checkStructure(&row, headerWidth: headerWidth)
            let result: SubmissionRow? =
                switch kind {
                case .taskProgress: row.taskProgress().map(SubmissionRow.task)
                case .investment: row.certificateEvent().map(SubmissionRow.event)
                case .indicators: row.indicator().map(SubmissionRow.indicator)
                }
            for found in row.diagnostics {
                if found.severity == .error {
                    account.errors += 1
                } else if found.severity == .warning {
                    account.warnings += 1
                }
                try diagnostic(found)
            }
            if let result, !row.rejected {
                account.accepted += 1
                try accepted(result)
            } else {
                account.rejected += 1
            }
        }
        return account
    }
}
