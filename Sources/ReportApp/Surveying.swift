import Foundation
import ReportCore
import XlsxReader

extension ReportRun {
    /// The first pass over one file: a CSV file is one submission; a workbook
    /// is one per visible worksheet whose header matches a kind, and its other
    /// sheets are passed over with a note. Returns the submissions' surveys and
    /// the notes about the file itself. `cache` is the calling thread's own.
    /// A file that changed while it was surveyed is not used: what was read
    /// of it may be neither what it was nor what it is.
    func survey(_ file: InputFolder.File, cache: ValueCache) -> (surveys: [FileSurvey], notes: [Diagnostic]) {
        let found = surveyContent(file, cache: cache)
        if let change = file.change() { return ([rejected(file, .fileChanged(change))], []) }
        return found
    }

    private func surveyContent(_ file: InputFolder.File, cache: ValueCache) -> (
        surveys: [FileSurvey], notes: [Diagnostic]
    ) {
        let renamed = !file.isWorkbook && WorkbookInput.looksLikeZip(file.url)
        guard file.isWorkbook || renamed else {
            var survey: FileSurvey
            do {
                survey = try SubmissionReader.survey(
                    file: file.path, source: FileByteSource(file), lookup: lookup, cache: cache)
            } catch {
                survey = rejected(file, .fileUnreadable(reason: SystemWords.reason(error)))
            }
            survey.linkTarget = file.linkTarget
            return ([survey], [])
        }
        var notes: [Diagnostic] = []
        let input: WorkbookInput
        do {
            input = try WorkbookInput(path: file.url.path, file: file.path)
        } catch {
            // Zip bytes under a CSV name that are no workbook either: not CSV, and not readable.
            return ([rejected(file, renamed ? .fileXlsx : error.rule)], notes)
        }
        if renamed { notes.append(Diagnostic(.fileRenamedWorkbook, file: file.path)) }
        if file.url.pathExtension.lowercased() == "xlsm" { notes.append(Diagnostic(.workbookMacros, file: file.path)) }
        var surveys: [FileSurvey] = []
        var passedOver: [String] = []
        for sheet in input.book.sheets {
            guard sheet.visibility == .visible else {
                notes.append(Diagnostic(.sheetSkipped(.hidden), file: file.path, sheet: sheet.name))
                passedOver.append(sheet.name)
                continue
            }
            var survey: FileSurvey
            do {
                guard let rows = try input.rows(of: sheet) else {
                    notes.append(Diagnostic(.sheetSkipped(.notWorksheet), file: file.path, sheet: sheet.name))
                    passedOver.append(sheet.name)
                    continue
                }
                survey = try SubmissionReader.survey(
                    file: file.path, sheet: sheet.name, rows: rows, lookup: lookup, cache: cache)
            } catch let problem as WorkbookProblem {
                survey = FileSurvey(file: file.path, sheet: sheet.name)
                survey.shape = .zipArchive
                survey.diagnostics.append(Diagnostic(problem.rule, file: file.path, sheet: sheet.name))
            } catch {
                survey = FileSurvey(file: file.path, sheet: sheet.name)
                survey.shape = .zipArchive
                survey.diagnostics.append(
                    Diagnostic(.workbookUnreadable(reason: "\\(error)"), file: file.path, sheet: sheet.name))
            }
            // A sheet without a header of a kind (an instructions sheet) is no submission.
            if let unknown = survey.diagnostics.first(where: { $0.code == .kindUnknown }) {
                let firstRow: [String]
                if case .kindUnknown(let headers) = unknown.rule { firstRow = headers } else { firstRow = [] }
                notes.append(
                    Diagnostic(.sheetSkipped(.noHeader(firstRow: firstRow)), file: file.path, sheet: sheet.name))
                passedOver.append(sheet.name)
                continue
            }
            survey.linkTarget = file.linkTarget
            surveys.append(survey)
        }
        if surveys.isEmpty {
            return ([rejected(file, .workbookNoSubmission(sheets: passedOver))], notes)
        }
        return (surveys, notes)
    }

    /// A file no submission could be read from: listed, its problem its only diagnostic.
    func rejected(_ file: InputFolder.File, _ rule: Rule) -> FileSurvey {
        var survey = FileSurvey(file: file.path)
        survey.shape = .zipArchive
        survey.diagnostics.append(Diagnostic(rule, file: file.path))
        survey.linkTarget = file.linkTarget
        return survey
    }
}
