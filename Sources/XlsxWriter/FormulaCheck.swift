/// A structural check of formulas before they reach libxlsxwriter, which accepts
/// anything and leaves Excel to call the file damaged: the formula must not be
/// empty, its string literals and quoted sheet names must close, and its
/// parentheses must balance outside them.
enum FormulaCheck {
    static func problem(in formula: String) -> String? {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        if body.trimmingSpaces.isEmpty { return "the formula is empty" }
        var depth = 0
        var inString = false
        var inSheetName = false
        for character in body {
            switch character {
            case "\"" where !inSheetName: inString.toggle()
            case "'" where !inString: inSheetName.toggle()
            case "(" where !inString && !inSheetName: depth += 1
            case ")" where !inString && !inSheetName:
                depth -= 1
                if depth < 0 { return "a ')' has no matching '('" }
            default: break
            }
        }
        if inString { return "a string literal is not closed" }
        if inSheetName { return "a quoted sheet name is not closed" }
        if depth != 0 { return "\(depth) '(' not closed" }
        return nil
    }

    static func validate(_ formula: String, operation: String) throws {
        if let problem = problem(in: formula) {
            throw XlsxError(.notSupported("malformed formula \(formula): \(problem)"), operation: operation)
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
