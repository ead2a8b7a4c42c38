/// How a number cell is shown, as its style's number format says: the
/// difference between 45000 and 15/03/2023, or between 0.35 and 35 %.
public enum NumberStyle: Hashable, Sendable {
    case general
    case number
    case percent
    case date
    case dateTime
    case time
    /// The `@` format: the cell was meant to hold text.
    case text
}

/// The styles part's number formats (`styles.xml`): each cell style's format
/// id, and the codes of the custom formats, classified once.
struct NumberFormats {
    /// The style of each `cellXfs` entry, by the cell's `s` index.
    private(set) var styles: [NumberStyle] = []
    /// The format code of each `cellXfs` entry (built-in ones by name), for callers that show it.
    private(set) var codes: [String] = []

    init() {}

    init(part: String, in archive: ZipArchive) throws(XlsxReadError) {
        let xml = try XMLStream(try archive.open(part), part: part)
        let numFmt = xml.intern("numFmt")
        let cellXfs = xml.intern("cellXfs")
        let xf = xml.intern("xf")
        var custom: [Int: String] = [:]
        var inCellXfs = false
        while let type = try xml.next() {
            if type == .endElement && xml.localName == cellXfs { inCellXfs = false }
            guard type == .element else { continue }
            let name = xml.localName
            if name == numFmt {
                var id = -1
                var code = ""
                xml.attributes { attribute, value in
                    guard let attribute, let value else { return }
                    switch attribute.string {
                    case "numFmtId": id = Int(value.string) ?? -1
                    case "formatCode": code = value.string
                    default: break
                    }
                }
                custom[id] = code
            } else if name == cellXfs {
                inCellXfs = !xml.isEmptyElement
            } else if name == xf && inCellXfs {
                var id = 0
                xml.attributes { attribute, value in
                    if let attribute, let value, attribute.string == "numFmtId" { id = Int(value.string) ?? 0 }
                }
                let code = custom[id] ?? Self.builtIn[id] ?? ""
                styles.append(custom[id].map(Self.classify) ?? Self.builtInStyle(id))
                codes.append(code)
                guard styles.count <= 1_000_000 else {
                    throw XlsxReadError(.limit("more than 1,000,000 cell styles"), file: archive.file)
                }
            }
        }
        try xml.finish()
    }

    func style(_ index: Int) -> NumberStyle { index >= 0 && index < styles.count ? styles[index] : .general }

    /// The built-in formats by id (ECMA-376 §18.8.30); ids 27–36 and 50–58 are
    /// East Asian date formats whose codes depend on the locale.
    static func builtInStyle(_ id: Int) -> NumberStyle {
        switch id {
        case 0: .general
        case 9, 10: .percent
        case 14...17, 27...36, 50...58: .date
        case 18...21, 45...47: .time
        case 22: .dateTime
        case 49: .text
        default: .number
        }
    }

    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 49: "@",
    ]

    /// What a custom format code shows: its first section, with quoted text,
    /// `\x`, `_x`, `*x` and bracketed colours or conditions set aside (elapsed
    /// `[h]`, `[mm]`, `[ss]` kept), looked at for date and time letters, `%` and `@`.
    static func classify(_ code: String) -> NumberStyle {
        var kept: [Character] = []
        var characters = Array(code)
        if let semicolon = firstUnquoted(";", in: characters) { characters = Array(characters[..<semicolon]) }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"":
                index += 1
                while index < characters.count && characters[index] != "\"" { index += 1 }
            case "\\", "_", "*":
                index += 1
            case "[":
                var inner = ""
                index += 1
                while index < characters.count && characters[index] != "]" {
                    inner.append(characters[index])
                    index += 1
                }
                let lower = inner.lowercased()
                if !lower.isEmpty && lower.allSatisfy({ "hms".contains($0) }) { kept.append(contentsOf: lower) }
            default:
                kept.append(Character(character.lowercased()))
            }
            index += 1
        }
        let text = String(kept)
        if text == "general" || text.isEmpty { return .general }
        if text.contains("@") { return .text }
        let hasDate =
            text.contains("y") || text.contains("d")
            || (text.contains("m") && !text.contains("h") && !text.contains("s"))
        let hasTime = text.contains("h") || text.contains("s")
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        if hasTime { return .time }
        if text.contains("%") { return .percent }
        return .number
    }

    static func firstUnquoted(_ target: Character, in characters: [Character]) -> Int? {
        var quoted = false
        var escaped = false
        for (index, character) in characters.enumerated() {
            if escaped {
                escaped = false
                continue
            }
            if character == "\\" { escaped = true }
            if character == "\"" { quoted.toggle() }
            if character == target && !quoted { return index }
        }
        return nil
    }
}
