/// Vietnamese letters a save replaced with `?`: Excel writes "CSV (Comma
/// delimited)" in the computer's code page, and where that has no Vietnamese
/// (Windows-1252 on an English Windows), `Kết quả` becomes `K?t qu?`. In real
/// text a question mark ends a sentence; one followed at once by a letter or
/// by another question mark is a lost letter.
enum LostLetters {
    static let questionMark = UInt8(ascii: "?")

    /// The cells of a file's rows with lost letters: how many, and the first.
    struct Tally {
        var cells = 0
        var first: Sighting?

        mutating func note(_ record: CSVRecord) {
            guard record.contains(byte: LostLetters.questionMark) else { return }
            for index in 0..<record.count where record.withBytes(index, LostLetters.found(in:)) {
                cells += 1
                if first == nil { first = Sighting(line: record.line, text: record.trimmedText(index)) }
            }
        }
    }

    static func found(in bytes: some Sequence<UInt8>) -> Bool {
        var afterMark = false
        for byte in bytes {
            if afterMark {
                let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                if isLetter || byte >= 0xC0 || byte == questionMark { return true }
            }
            afterMark = byte == questionMark
        }
        return false
    }
}
