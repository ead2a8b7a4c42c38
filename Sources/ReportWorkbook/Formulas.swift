/// Pieces of formulas shared by the sheets.
enum Formulas {
    /// A SUMIFS/COUNTIFS criterion matching exactly this text: `"=Hàn Quốc"`,
    /// with Excel's wildcards and the formula's quotes escaped.
    static func equals(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "~", "*", "?": escaped += "~" + String(character)
            case "\"": escaped += "\"\""
            default: escaped.append(character)
            }
        }
        return "\"=\(escaped)\""
    }

    /// `IF(b<>0,a/b,0)`: a ratio that never divides by zero.
    static func ratio(_ numerator: String, _ denominator: String) -> String {
        "IF(\(denominator)<>0,\(numerator)/\(denominator),0)"
    }
}
