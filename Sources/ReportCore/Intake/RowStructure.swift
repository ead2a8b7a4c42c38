import Foundation

/// What every row is checked for before its values are read: the record's
/// structure, and the cells a spreadsheet leaves behind (checkboxes, error values).
extension SubmissionReader {
    /// Quoting problems, field counts, undecodable bytes and overlong cells.
    static func checkStructure(_ row: inout RowReading, headerWidth: Int) {
        let record = row.record
        for problem in record.problems {
            switch problem {
            case .unclosedQuote(let field): row.report(.csvUnclosedQuote, field: field, value: record.text(field))
            case .textAfterQuote(let field): row.report(.csvTextAfterQuote, field: field, value: record.text(field))
            case .strayQuote(let field): row.report(.csvStrayQuote, field: field, value: record.text(field))
            // Rejected whole before any reading (SubmissionReader.read): never here.
            case .recordTooLong: break
            }
        }
        let isSheet = row.file.sheet != nil
        if record.count > headerWidth {
            // Cells under no header: a checkbox column a spreadsheet added (TRUE/FALSE) carries nothing.
            let extra = (headerWidth..<record.count).filter { !record.isBlank($0) && !isCheckbox(record, $0) }
            if let first = extra.first {
                let value = extra.map(record.text).joined(separator: " | ")
                // In a sheet the cells sit in their columns whatever is beside them; in a
                // CSV file, fields past the header mean the row's fields have shifted.
                if isSheet {
                    row.report(.cellOutsideTable(count: extra.count), field: first, value: value)
                } else {
                    row.report(.csvExtraFields(found: record.count, expected: headerWidth), field: first, value: value)
                }
            }
        } else if record.count < headerWidth && !isSheet {
            row.report(.csvMissingFields(found: record.count, expected: headerWidth), field: record.count, value: "")
        }
        if record.isHidden { row.report(.rowHidden, value: "") }
        // Bytes that could not be read: a kind's field whose text was repaired,
        // any other field that is not valid UTF-8, or U+FFFD (EF BF BD), which
        // the UTF-16 and Windows-1258 decoders put for what they could not read.
        let mayHaveReplacement = record.contains(byte: 0xEF)
        // A spreadsheet's error starts with `#` (`#N/A`) or has a colon (`Err:502`).
        let mayHaveFormulaError = record.contains(byte: UInt8(ascii: "#")) || record.contains(byte: UInt8(ascii: ":"))
        let isKindField = row.file.isKindField
        for index in 0..<record.count {
            if record.typedValue(index) == .formulaWithoutValue {
                row.report(.formulaUncached, field: index, value: "")
            }
            if record.range(index).count > Worksheets.maxCellLength {
                let text = record.text(index)
                let length = text.unicodeScalars.count
                if length > Worksheets.maxCellLength {
                    row.report(.cellTooLong(length: length), field: index, value: text)
                }
            }
            let repaired =
                index < isKindField.count && isKindField[index]
                ? row.repairedFields.contains(index) : !record.isValidUTF8(index)
            if repaired || (mayHaveReplacement && containsReplacement(record.bytes(index))) {
                row.report(.encodingInvalidBytes, field: index, value: record.text(index))
            }
            // Only the kind's fields are used: a field of no column is not scanned on every row.
            if row.cleanedFields.contains(index) {
                row.report(
                    .textControlsRemoved(record.withBytes(index, HiddenCharacters.found)), field: index,
                    value: record.trimmedText(index))
            }
            if mayHaveFormulaError, let error = formulaError(record, index) {
                row.report(.formulaError(error), field: index, value: error)
            }
        }
    }

    /// A checkbox's value: a boolean cell, or `TRUE`/`FALSE` as a CSV export writes it.
    static func isCheckbox(_ record: CSVRecord, _ index: Int) -> Bool {
        if case .bool? = record.typedValue(index) { return true }
        let text = record.trimmedText(index).uppercased()
        return text == "TRUE" || text == "FALSE"
    }

    /// The error a spreadsheet wrote for a formula it could not work out (Excel's
    /// and Google Sheets' `#N/A`, `#REF!`…, LibreOffice's `Err:502`), if the field is one.
    static func formulaError(_ record: CSVRecord, _ index: Int) -> String? {
        let first = record.withBytes(index) { bytes in
            bytes.count <= 16 ? bytes.first { $0 != 0x20 && $0 != 0x09 } : nil
        }
        guard first == UInt8(ascii: "#") || first == UInt8(ascii: "E") else { return nil }
        let text = record.trimmedText(index)
        if spreadsheetErrors.contains(text.uppercased()) { return text }
        if text.hasPrefix("Err:"), text.count == 7, text.dropFirst(4).allSatisfy({ $0.isASCII && $0.isNumber }) {
            return text
        }
        return nil
    }

    static let spreadsheetErrors: Set<String> = [
        "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#FIELD!",
        "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA", "#ERROR!",
    ]

    static func containsReplacement(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.contains(0xEF) else { return false }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: 0xEF) {
            if found + 2 < bytes.endIndex, bytes[found + 1] == 0xBF, bytes[found + 2] == 0xBD { return true }
            index = found + 1
        }
        return false
    }
}

/// Limits of the workbook that intake must know about.
public enum Worksheets {
    /// Excel's limit on the characters of one cell.
    public static let maxCellLength = 32_767
}

extension SubmissionReader {
    /// Every field of every record after the header, as NFC text — the raw table,
    /// without validation (what `make bench` measures as parsing).
    public static func forEachField(source: some ByteSource, _ body: (String) -> Void) throws {
        var reader = try RecordReader(source: source)
        var record = CSVRecord()
        var interner = TextInterner()
        while try reader.nextRecord(into: &record) {
            for index in 0..<record.count { body(record.text(index, interner: &interner)) }
        }
    }

    /// Every record after the header, as bytes: the CSV reading alone.
    public static func countRecords(source: some ByteSource) throws -> (records: Int, fields: Int) {
        var reader = try RecordReader(source: source)
        var record = CSVRecord()
        var counts = (records: 0, fields: 0)
        while try reader.nextRecord(into: &record) {
            counts.records += 1
            counts.fields += record.count
        }
        return counts
    }
}
