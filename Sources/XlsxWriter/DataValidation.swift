import CXlsxWriter

/// Where a drop-down list takes its choices from.
public enum ListSource: Sendable {
    /// The choices themselves; Excel stores them in one string of at most 255 characters.
    case values([String])
    /// A range holding the choices, e.g. `='Danh mục'!$A$2:$A$40` — for any length.
    case range(String)
}

/// Limits on an inline list validation.
public enum ListValidation {
    /// Excel's limit on the joined, comma-separated choices.
    public static let maxInlineLength = 255

    /// The characters the choices take once joined as Excel stores them.
    public static func inlineLength(_ values: [String]) -> Int {
        values.reduce(0) { $0 + $1.unicodeScalars.count } + max(values.count - 1, 0)
    }
}

extension Worksheet {
    /// A drop-down list on a range (`worksheet_data_validation_range`, type list or
    /// list formula). Inline choices longer than 255 characters are refused: write
    /// them to cells and pass `.range`.
    public func addListValidation(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, source: ListSource,
        errorTitle: String? = nil, errorMessage: String? = nil, inputTitle: String? = nil,
        inputMessage: String? = nil
    ) throws {
        try addValidation(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
            inputTitle: inputTitle, inputMessage: inputMessage
        ) { validation, arena, operation in
            switch source {
            case .values(let values):
                let length = ListValidation.inlineLength(values)
                guard length <= ListValidation.maxInlineLength else {
                    throw XlsxError(
                        .stringTooLong(length: length, limit: ListValidation.maxInlineLength),
                        operation: operation)
                }
                validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                validation.value_list = arena.copyList(values)
            case .range(let reference):
                validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                validation.value_formula = arena.copy(reference.hasPrefix("=") ? reference : "=" + reference)
            }
            validation.error_title = arena.copy(errorTitle.map { String($0.prefix(32)) })
            validation.error_message = arena.copy(errorMessage.map { String($0.prefix(255)) })
        }
    }

    /// A message shown when a cell of the range is selected, any value allowed
    /// (`worksheet_data_validation_range`, type any).
    public func addInputMessage(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, title: String,
        message: String
    ) throws {
        try addValidation(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
            inputTitle: title, inputMessage: message
        ) { validation, _, _ in
            validation.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
    }

    /// Fills a validation (its strings kept alive by the workbook) and applies it to the range.
    private func addValidation(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, inputTitle: String?, inputMessage: String?,
        _ configure: (inout lxw_data_validation, CStringArena, String) throws -> Void
    ) throws {
        let operation =
            "worksheet_data_validation_range(\(name)!\(CellReference.range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        let arena = workbook.strings
        var validation = lxw_data_validation()
        try configure(&validation, arena, operation)
        validation.input_title = arena.copy(inputTitle.map { String($0.prefix(32)) })
        validation.input_message = arena.copy(inputMessage.map { String($0.prefix(255)) })
        try check(
            worksheet_data_validation_range(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                lxw_row_t(lastRow), lxw_col_t(lastColumn), &validation),
            operation)
    }
}
