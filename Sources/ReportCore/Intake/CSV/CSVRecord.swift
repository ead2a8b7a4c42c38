/// One record of a CSV file: its fields' text (quotes removed, doubled quotes
/// undone), where it starts, and what was wrong with its quoting.
struct CSVRecord {
    /// The fields' UTF-8 bytes, one after another.
    var storage: [UInt8] = []
    /// Each field's end offset in `storage`.
    var ends: [Int] = []
    /// The physical line the record starts on (1-based).
    var line = 0
    /// How many physical lines it spans (more than 1 when a quoted field holds line breaks).
    var lineCount = 1
    var problems: [CSVProblem] = []

    var count: Int { ends.count }

    func bytes(_ index: Int) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return storage[start..<ends[index]]
    }

    /// The field as text in NFC.
    func text(_ index: Int) -> String {
        let slice = bytes(index)
        let text = String(decoding: slice, as: UTF8.self)
        return String.isKnownNFC(slice) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The field as NFC text without leading or trailing spaces, tabs, line
    /// breaks or no-break spaces — trimmed on the bytes, before any String exists.
    func trimmedText(_ index: Int) -> String {
        var slice = bytes(index)
        while let first = slice.first, first == 0x20 || first == 0x09 || first == 0x0D || first == 0x0A {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D || last == 0x0A {
            slice = slice.dropLast()
        }
        while slice.count >= 2, slice[slice.startIndex] == 0xC2, slice[slice.startIndex + 1] == 0xA0 {
            slice = slice.dropFirst(2)
        }
        while slice.count >= 2, slice[slice.endIndex - 2] == 0xC2, slice[slice.endIndex - 1] == 0xA0 {
            slice = slice.dropLast(2)
        }
        let text = String(decoding: slice, as: UTF8.self)
        return String.isKnownNFC(slice) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether the field is empty or only spaces.
    func isBlank(_ index: Int) -> Bool {
        bytes(index).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }

    var isBlank: Bool { (0..<count).allSatisfy(isBlank) }

    mutating func reset(line: Int) {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        problems.removeAll(keepingCapacity: true)
        self.line = line
        lineCount = 1
    }
}

/// Quoting mistakes, each tied to a field.
enum CSVProblem: Hashable {
    /// A field opens a quote that never closes; the record was read as if the quote were text.
    case unclosedQuote(field: Int)
    /// Characters follow a field's closing quote (`"Hà Nội"x`).
    case textAfterQuote(field: Int)
    /// A quote inside a field that is not quoted (`abc"def`); kept as text.
    case strayQuote(field: Int)
}

import Foundation
