/// The rules' stable codes and severities: `Code` lists every code once, in
/// `Rule`'s order, and each rule maps to its code.
extension Rule {
    /// Every code, once: the stable names of the rules, in `Rule`'s order.
    public enum Code: String, CaseIterable, Hashable, Sendable, Comparable {
        case fileEmpty = "file-empty"
        case fileXlsx = "file-xlsx"
        case fileXls = "file-xls"
        case filePdf = "file-pdf"
        case fileBinary = "file-binary"
        case fileUnreadable = "file-unreadable"
        case fileChanged = "file-changed"
        case fileSkipped = "file-skipped"
        case fileLinkBroken = "file-link-broken"
        case fileLinkLoop = "file-link-loop"
        case fileNotRegular = "file-not-regular"
        case folderNamedLikeFile = "folder-named-like-file"
        case folderTooDeep = "folder-too-deep"
        case encodingTcvn3 = "encoding-tcvn3"
        case encodingVni = "encoding-vni"
        case encodingUnknown = "encoding-unknown"
        case encodingLettersLost = "encoding-letters-lost"
        case textLettersLost = "text-letters-lost"
        case examplesIgnored = "examples-ignored"
        case fileRenamedWorkbook = "file-renamed-workbook"
        case workbookEncrypted = "workbook-encrypted"
        case workbookUnreadable = "workbook-unreadable"
        case workbookNotXlsx = "workbook-not-xlsx"
        case workbookMacros = "workbook-macros"
        case workbookNoSubmission = "workbook-no-submission"
        case sheetSkipped = "sheet-skipped"
        case rowHidden = "row-hidden"
        case formulaUncached = "formula-uncached"
        case cellOutsideTable = "cell-outside-table"
        case taskCodeRead = "task-code-read"
        case kindUnknown = "kind-unknown"
        case missingColumn = "missing-column"
        case missingOptionalColumn = "missing-optional-column"
        case unknownColumn = "unknown-column"
        case duplicateColumn = "duplicate-column"
        case preambleSkipped = "preamble-skipped"
        case noDataRows = "no-data-rows"
        case numberingRowSkipped = "numbering-row-skipped"
        case totalRowSkipped = "total-row-skipped"
        case headerRepeatedSkipped = "header-repeated-skipped"
        case signatureSkipped = "signature-skipped"
        case sectionRowSkipped = "section-row-skipped"
        case csvUnclosedQuote = "csv-unclosed-quote"
        case csvTextAfterQuote = "csv-text-after-quote"
        case csvStrayQuote = "csv-stray-quote"
        case csvExtraFields = "csv-extra-fields"
        case csvMissingFields = "csv-missing-fields"
        case encodingInvalidBytes = "encoding-invalid-bytes"
        case textControlsRemoved = "text-controls-removed"
        case valueReadAs = "value-read-as"
        case cellTooLong = "cell-too-long"
        case lineTooLong = "line-too-long"
        case formulaError = "formula-error"
        case valueRequired = "value-required"
        case unitUnknown = "unit-unknown"
        case periodInvalid = "period-invalid"
        case periodOtherYear = "period-other-year"
        case rowUnitDiffers = "row-unit-differs"
        case rowPeriodDiffers = "row-period-differs"
        case taskUnknown = "task-unknown"
        case statusInvalid = "status-invalid"
        case percentInvalid = "percent-invalid"
        case percentOutOfRange = "percent-out-of-range"
        case percentAsFraction = "percent-as-fraction"
        case percentBelowOne = "percent-below-one"
        case doneWithoutDate = "done-without-date"
        case donePercentBelow100 = "done-percent-below-100"
        case completionDateNotDone = "completion-date-not-done"
        case taskRepeated = "task-repeated"
        case dateUnreadable = "date-unreadable"
        case dateImpossible = "date-impossible"
        case dateAmbiguous = "date-ambiguous"
        case dateTwoDigitYear = "date-two-digit-year"
        case numberInvalid = "number-invalid"
        case numberAmbiguous = "number-ambiguous"
        case numberStylesMixed = "number-styles-mixed"
        case capitalNegative = "capital-negative"
        case capitalZero = "capital-zero"
        case currencyUnknown = "currency-unknown"
        case currencyConflict = "currency-conflict"
        case fdiInVnd = "fdi-in-vnd"
        case ddiInUsd = "ddi-in-usd"
        case eventTypeInvalid = "event-type-invalid"
        case certificateScientific = "certificate-scientific"
        case capitalSourceInvalid = "capital-source-invalid"
        case zoneUnknown = "zone-unknown"
        case countryMissing = "country-missing"
        case eventDuplicate = "event-duplicate"
        case eventOutsideWindow = "event-outside-window"
        case eventOtherYear = "event-other-year"
        case targetUnknown = "target-unknown"
        case targetComputed = "target-computed"
        case subjectUnknown = "subject-unknown"
        case zoneNotOperating = "zone-not-operating"
        case resultInvalid = "result-invalid"
        case resultWithoutDate = "result-without-date"
        case submissionSuperseded = "submission-superseded"
        case submissionSupersedes = "submission-supersedes"
        case sentDateMissing = "sent-date-missing"
        case sentDatesDiffer = "sent-dates-differ"
        case planUnreadable = "plan-unreadable"
        case planInvalid = "plan-invalid"
        case inputsMissing = "inputs-missing"
        case noSubmission = "no-submission"
        case noPeriod = "no-period"
        case periodOutsidePlan = "period-outside-plan"
        case outputUnwritable = "output-unwritable"

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

        /// How serious a problem of this rule is.
        public var severity: Diagnostic.Severity {
            switch self {
            case .fileSkipped, .folderNamedLikeFile, .examplesIgnored, .workbookMacros, .sheetSkipped, .preambleSkipped,
                .submissionSupersedes,
                .sentDateMissing,
                .numberingRowSkipped, .totalRowSkipped, .headerRepeatedSkipped, .signatureSkipped:
                .info
            case .fileLinkBroken, .fileLinkLoop, .fileNotRegular, .folderTooDeep, .fileRenamedWorkbook, .rowHidden,
                .formulaUncached, .cellOutsideTable, .taskCodeRead, .textControlsRemoved, .valueReadAs,
                .missingOptionalColumn, .unknownColumn, .duplicateColumn, .csvStrayQuote, .csvMissingFields,
                .cellTooLong, .formulaError, .textLettersLost, .sectionRowSkipped, .rowUnitDiffers, .rowPeriodDiffers,
                .percentAsFraction, .percentBelowOne, .donePercentBelow100, .completionDateNotDone, .taskRepeated,
                .dateTwoDigitYear, .numberStylesMixed, .capitalZero, .eventDuplicate, .eventOutsideWindow,
                .eventOtherYear, .zoneNotOperating, .submissionSuperseded, .sentDatesDiffer, .noDataRows:
                .warning
            default: .error
            }
        }
    }

    public var severity: Diagnostic.Severity { code.severity }

    public var code: Code {
        switch self {
        case .fileEmpty: .fileEmpty
        case .fileXlsx: .fileXlsx
        case .fileXls: .fileXls
        case .filePdf: .filePdf
        case .fileBinary: .fileBinary
        case .fileUnreadable: .fileUnreadable
        case .fileChanged: .fileChanged
        case .fileSkipped: .fileSkipped
        case .fileLinkBroken: .fileLinkBroken
        case .fileLinkLoop: .fileLinkLoop
        case .fileNotRegular: .fileNotRegular
        case .folderNamedLikeFile: .folderNamedLikeFile
        case .folderTooDeep: .folderTooDeep
        case .encodingTcvn3: .encodingTcvn3
        case .encodingVni: .encodingVni
        case .encodingUnknown: .encodingUnknown
        case .encodingLettersLost: .encodingLettersLost
        case .textLettersLost: .textLettersLost
        case .examplesIgnored: .examplesIgnored
        case .fileRenamedWorkbook: .fileRenamedWorkbook
        case .workbookEncrypted: .workbookEncrypted
        case .workbookUnreadable: .workbookUnreadable
        case .workbookNotXlsx: .workbookNotXlsx
        case .workbookMacros: .workbookMacros
        case .workbookNoSubmission: .workbookNoSubmission
        case .sheetSkipped: .sheetSkipped
        case .rowHidden: .rowHidden
        case .formulaUncached: .formulaUncached
        case .cellOutsideTable: .cellOutsideTable
        case .taskCodeRead: .taskCodeRead
        case .kindUnknown: .kindUnknown
        case .missingColumn: .missingColumn
        case .missingOptionalColumn: .missingOptionalColumn
        case .unknownColumn: .unknownColumn
        case .duplicateColumn: .duplicateColumn
        case .preambleSkipped: .preambleSkipped
        case .noDataRows: .noDataRows
        case .numberingRowSkipped: .numberingRowSkipped
        case .totalRowSkipped: .totalRowSkipped
        case .headerRepeatedSkipped: .headerRepeatedSkipped
        case .signatureSkipped: .signatureSkipped
        case .sectionRowSkipped: .sectionRowSkipped
        case .csvUnclosedQuote: .csvUnclosedQuote
        case .csvTextAfterQuote: .csvTextAfterQuote
        case .csvStrayQuote: .csvStrayQuote
        case .csvExtraFields: .csvExtraFields
        case .csvMissingFields: .csvMissingFields
        case .encodingInvalidBytes: .encodingInvalidBytes
        case .textControlsRemoved: .textControlsRemoved
        case .valueReadAs: .valueReadAs
        case .cellTooLong: .cellTooLong
        case .lineTooLong: .lineTooLong
        case .formulaError: .formulaError
        case .valueRequired: .valueRequired
        case .unitUnknown: .unitUnknown
        case .periodInvalid: .periodInvalid
        case .periodOtherYear: .periodOtherYear
        case .rowUnitDiffers: .rowUnitDiffers
        case .rowPeriodDiffers: .rowPeriodDiffers
        case .taskUnknown: .taskUnknown
        case .statusInvalid: .statusInvalid
        case .percentInvalid: .percentInvalid
        case .percentOutOfRange: .percentOutOfRange
        case .percentAsFraction: .percentAsFraction
        case .percentBelowOne: .percentBelowOne
        case .doneWithoutDate: .doneWithoutDate
        case .donePercentBelow100: .donePercentBelow100
        case .completionDateNotDone: .completionDateNotDone
        case .taskRepeated: .taskRepeated
        case .dateUnreadable: .dateUnreadable
        case .dateImpossible: .dateImpossible
        case .dateAmbiguous: .dateAmbiguous
        case .dateTwoDigitYear: .dateTwoDigitYear
        case .numberInvalid: .numberInvalid
        case .numberAmbiguous: .numberAmbiguous
        case .numberStylesMixed: .numberStylesMixed
        case .capitalNegative: .capitalNegative
        case .capitalZero: .capitalZero
        case .currencyUnknown: .currencyUnknown
        case .currencyConflict: .currencyConflict
        case .fdiInVnd: .fdiInVnd
        case .ddiInUsd: .ddiInUsd
        case .eventTypeInvalid: .eventTypeInvalid
        case .certificateScientific: .certificateScientific
        case .capitalSourceInvalid: .capitalSourceInvalid
        case .zoneUnknown: .zoneUnknown
        case .countryMissing: .countryMissing
        case .eventDuplicate: .eventDuplicate
        case .eventOutsideWindow: .eventOutsideWindow
        case .eventOtherYear: .eventOtherYear
        case .targetUnknown: .targetUnknown
        case .targetComputed: .targetComputed
        case .subjectUnknown: .subjectUnknown
        case .zoneNotOperating: .zoneNotOperating
        case .resultInvalid: .resultInvalid
        case .resultWithoutDate: .resultWithoutDate
        case .submissionSuperseded: .submissionSuperseded
        case .submissionSupersedes: .submissionSupersedes
        case .sentDateMissing: .sentDateMissing
        case .sentDatesDiffer: .sentDatesDiffer
        case .planUnreadable: .planUnreadable
        case .planInvalid: .planInvalid
        case .inputsMissing: .inputsMissing
        case .noSubmission: .noSubmission
        case .noPeriod: .noPeriod
        case .periodOutsidePlan: .periodOutsidePlan
        case .outputUnwritable: .outputUnwritable
        }
    }
}
