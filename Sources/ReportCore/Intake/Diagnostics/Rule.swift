/// Every rule of the tool — intake, consolidation, the plan file and the run —
/// as data: which rule fired and the values it names. Its stable code and
/// severity are here; its Vietnamese words are in `RuleWords.swift`, made when
/// a diagnostic is shown. Each case is named as its code is (ignoring case and
/// dashes), and `Code` lists every code once.
public enum Rule: Hashable, Sendable {
    // Files
    case fileEmpty
    /// A workbook where a CSV was expected (a renamed .xlsx, or an .xlsx, .xlsm, .ods).
    case fileXlsx
    /// An Excel 97–2003 or other old Office file.
    case fileXls
    case filePdf
    case fileBinary
    /// The operating system could not read the file (its own words).
    case fileUnreadable(reason: String)
    /// The file is no longer as it was found: gone, or written to while the run read it.
    case fileChanged(FileChange)
    case fileSkipped(SkipReason)
    /// A symbolic link to nothing; where it says it leads.
    case fileLinkBroken(target: String)
    /// Links that lead back to themselves, or to a folder already read.
    case fileLinkLoop
    /// Not a file at all: a FIFO, a socket, a device.
    case fileNotRegular(Special)
    /// A folder named like a file (`x.csv`): its files, if any, are read.
    case folderNamedLikeFile
    /// A folder nested deeper than any inputs folder is: listed, not entered.
    case folderTooDeep(levels: Int)
    case encodingTcvn3(sample: String)
    case encodingVni(sample: String)
    case encodingUnknown(sample: String)
    /// Letters a save replaced with `?` (a code page without Vietnamese), seen in the header: the file's text is lost.
    case encodingLettersLost(sample: String)
    /// The same in data cells: those rows are read as they are, and the file flagged.
    case textLettersLost(cells: Int, first: Sighting)
    case examplesIgnored(count: Int)
    // Workbooks
    /// A workbook under a CSV name, read as the workbook it is.
    case fileRenamedWorkbook
    /// Password-protected: encrypted, unreadable without the password.
    case workbookEncrypted
    /// Not readable as a workbook: damaged, or refused as hostile (the reader's words).
    case workbookUnreadable(reason: String)
    /// A zip that is not an Excel workbook: an OpenDocument sheet (.ods), a Word file…
    case workbookNotXlsx(found: String)
    /// A workbook with macros (.xlsm): read, its macros never run.
    case workbookMacros
    /// No sheet of the workbook has a header row of a kind.
    case workbookNoSubmission(sheets: [String])
    /// A sheet passed over, and why.
    case sheetSkipped(SheetSkip)
    /// A row Excel hides: read, and said so.
    case rowHidden
    /// A formula cell whose result the file does not hold: read as empty.
    case formulaUncached
    /// A cell to the right of the table, under no header: not read.
    case cellOutsideTable(count: Int)
    /// A code written another way (`2.1`, `Nhiệm vụ 1`), read as the plan's code.
    case taskCodeRead(written: String, read: String)
    // Headers
    case kindUnknown(headers: [String])
    case missingColumn([Column], closest: [Column: String])
    case missingOptionalColumn([Column])
    case unknownColumn(String)
    case duplicateColumn(String, of: Column, letter: String)
    case preambleSkipped(lines: Int)
    case noDataRows
    case numberingRowSkipped
    case totalRowSkipped
    /// The header row again further down (two tables pasted into one file).
    case headerRepeatedSkipped
    /// The signature block closing an official form: titles, names, place and date.
    case signatureSkipped
    /// A group heading within the table: a label or two, no identifying value, unit or period.
    case sectionRowSkipped(identifying: Column)
    // CSV structure
    case csvUnclosedQuote
    case csvTextAfterQuote
    case csvStrayQuote
    case csvExtraFields(found: Int, expected: Int)
    case csvMissingFields(found: Int, expected: Int)
    case encodingInvalidBytes
    /// Control or zero-width characters (pasted from another program) removed from a cell.
    case textControlsRemoved([Unicode.Scalar])
    /// A value written colloquially or abbreviated (`Xong`), read as a list entry.
    case valueReadAs(written: String, read: String, list: [String])
    case cellTooLong(length: Int)
    /// A line past `CSVParser.maxRecordBytes`, read to its end without being held.
    case lineTooLong(bytes: Int)
    /// A cell holding a spreadsheet's error (`#N/A`, `#REF!`, LibreOffice's `Err:502`), not a value.
    case formulaError(String)
    // Values
    case valueRequired(Column)
    case unitUnknown(String, suggestion: String?, codes: [String])
    case periodInvalid(String)
    case periodOtherYear(ReportingPeriod, planYear: Int)
    case rowUnitDiffers(row: String, file: String)
    case rowPeriodDiffers(row: ReportingPeriod, file: ReportingPeriod)
    case taskUnknown(String, suggestion: String?)
    case statusInvalid(String)
    case percentInvalid(String)
    case percentOutOfRange(Double)
    /// The file writes rates as parts of one (0,6): read as percentages.
    case percentAsFraction(example: Sighting)
    /// A rate strictly between 0 and 1 in a file of percentages: read as written, flagged.
    case percentBelowOne(Double)
    case doneWithoutDate
    case donePercentBelow100(Double)
    case completionDateNotDone(TaskStatus)
    case taskRepeated(task: String, firstLine: Int)
    case dateUnreadable(Column)
    case dateImpossible(Column, reason: String)
    case dateAmbiguous(dayFirst: Day, monthFirst: Day, evidence: Sighting)
    case dateTwoDigitYear(Day)
    case numberInvalid(Column)
    case numberAmbiguous(vietnamese: Double, english: Double)
    case numberStylesMixed(vietnamese: Sighting, english: Sighting)
    case capitalNegative
    case capitalZero
    case currencyUnknown(String)
    case currencyConflict(value: CurrencyUnit, column: CurrencyUnit)
    case fdiInVnd(CurrencyUnit)
    case ddiInUsd(CurrencyUnit)
    case eventTypeInvalid(String)
    /// A certificate number Excel turned into `2.11099E+09`, its last digits lost.
    case certificateScientific(String)
    case capitalSourceInvalid(String)
    case zoneUnknown(String, suggestion: String?)
    case countryMissing
    case eventDuplicate(certificate: String, event: EventType, date: Day, first: SourceLine)
    /// Dated outside the window of the period it was reported for: counted in the month of its date.
    case eventOutsideWindow(date: Day, period: ReportingPeriod, window: ClosedRange<Day>, countedIn: ReportingPeriod)
    case eventOtherYear(date: Day, planYear: Int)
    case targetUnknown(String)
    case targetComputed(String)
    case subjectUnknown(String, target: String, choices: [String])
    case zoneNotOperating(String)
    case resultInvalid(String, choices: [String])
    case resultWithoutDate(IndicatorResult)
    // Submissions
    case submissionSuperseded(by: String, unit: String, period: ReportingPeriod, kind: SubmissionKind, rows: Int)
    case submissionSupersedes(older: String)
    /// No `Ngày gửi` read: the file has no such column, or leaves it empty.
    case sentDateMissing(columnPresent: Bool)
    case sentDatesDiffer(first: Day, other: Day)
    // The plan file
    /// The plan file cannot be read as text (the system's words).
    case planUnreadable(reason: String)
    /// A value of the plan file is wrong; the plan reader says what, where it is.
    case planInvalid(String)
    // The run
    case inputsMissing(path: String)
    /// No file in the inputs could be read, so no period can be chosen.
    case noSubmission
    /// The files read all leave `Kỳ báo cáo` empty.
    case noPeriod
    case periodOutsidePlan(ReportingPeriod, planYear: Int)
    /// The workbook or the feedback could not be written (the system's words).
    case outputUnwritable(path: String, reason: String)

    /// Why a file found in the inputs was not read.
    public enum SkipReason: Hashable, Sendable {
        /// `~$…` or `.~lock…`: a spreadsheet has another file open.
        case lockFile
        case hidden
        /// Not a kind of file submissions come in; its extension.
        case notSubmission(extension: String)
    }

    /// Why a sheet of a workbook is not a submission.
    public enum SheetSkip: Hashable, Sendable {
        /// Hidden, as the template's lists are.
        case hidden
        /// A chart or dialog sheet.
        case notWorksheet
        /// No header row of a kind in its first rows (an instructions sheet): what its first row holds.
        case noHeader(firstRow: [String])
    }

    /// What became of a file during a run.
    public enum FileChange: Hashable, Sendable {
        /// Removed or moved away before its rows were read.
        case gone
        /// Written to before its rows were read: not read.
        case changed
        /// Written to while its rows were read: what was read may be neither version.
        case changedWhileRead
    }

    /// What an entry that is not a file is.
    public enum Special: Hashable, Sendable {
        case fifo
        case socket
        case device
    }
}

/// Where in a file a value was seen, for a message that points at it: the
/// line (a CSV line, or a sheet's row as Excel shows it) and the text.
public struct Sighting: Hashable, Sendable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}
