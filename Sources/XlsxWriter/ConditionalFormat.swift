import CXlsxWriter

/// When a conditional format applies.
public enum ConditionalRule: Sendable {
    /// The cell's text equals this (case-insensitive in Excel).
    case textEquals(String)
    /// The cell's text contains this.
    case textContains(String)
    /// The cell's number compares so with the value.
    case numberLessThan(Double)
    case numberGreaterThanOrEqual(Double)
    /// A formula relative to the range's top-left cell, e.g. `=$C5="Quá hạn"`.
    case formula(String)
}

extension Worksheet {
    /// Colours cells when the rule holds (`worksheet_conditional_format_range`).
    public func addConditionalFormat(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, rule: ConditionalRule, format: CellFormat
    ) throws {
        let operation =
            "worksheet_conditional_format_range(\(name)!\(CellReference.range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)))"
        guard workbook.isOpen else { throw XlsxError(.closed, operation: operation) }
        let arena = workbook.strings
        var conditional = lxw_conditional_format()
        conditional.format = try workbook.format(format)
        switch rule {
        case .textEquals(let text):
            // A cell rule compares with a formula operand, so the text is quoted.
            conditional.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            conditional.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
            conditional.value_string = arena.copy("\"" + text.replacingAll("\"", with: "\"\"") + "\"")
        case .textContains(let text):
            conditional.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            conditional.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
            conditional.value_string = arena.copy(text)
        case .numberLessThan(let value):
            guard value.isFinite else { throw XlsxError(.nonFiniteNumber(value), operation: operation) }
            conditional.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            conditional.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_LESS_THAN.rawValue)
            conditional.value = value
        case .numberGreaterThanOrEqual(let value):
            guard value.isFinite else { throw XlsxError(.nonFiniteNumber(value), operation: operation) }
            conditional.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            conditional.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            conditional.value = value
        case .formula(let formula):
            try FormulaCheck.validate(formula, operation: operation)
            conditional.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            conditional.value_string = arena.copy(formula)
        }
        try check(
            worksheet_conditional_format_range(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                lxw_row_t(lastRow), lxw_col_t(lastColumn), &conditional),
            operation)
    }
}
