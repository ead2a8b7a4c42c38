import CXlsxReader
import Foundation

/// Reads one worksheet part row by row (`<sheetData><row><c>`): each cell's
/// type (`t`), style (`s`) and value (`<v>`, `<is>`, `<f>`), shared strings
/// looked up, number formats applied, merged ranges filled in. Rows come one
/// at a time (`next()`); the part stays open, its bytes inflated as needed.
public final class SheetRows {
    let workbook: XlsxWorkbook
    let part: String
    private let xml: XMLStream
    private let names: Names
    private var row = SheetRow()
    private var nextRow = 1
    private var fills: Fills
    private var done = false

    /// A merged range wider than this carries its value in its first cell only:
    /// no real form merges so many columns, and filling them would cost every row.
    static let widestFilledMerge = 1024
    /// Cells a row may hold (Excel's columns).
    static let maxCells = 16_384
    /// Bytes of text a row may hold: far past Excel's 32,767 characters a cell.
    static let maxRowBytes = 64 << 20

    init(workbook: XlsxWorkbook, part: String, merges: MergedRanges) throws(XlsxReadError) {
        self.workbook = workbook
        self.part = part
        xml = try XMLStream(try workbook.archive.open(part), part: part)
        names = Names(xml)
        fills = Fills(merges.ranges)
    }

    /// The next row that has a cell (or is hidden); nil after the last, once the
    /// rest of the part has been read for its checksum.
    public func next() throws(XlsxReadError) -> SheetRow? {
        guard !done else { return nil }
        while let type = try xml.next() {
            guard type == .element, xml.localName == names.row else { continue }
            var number = nextRow
            var hidden = false
            xml.attributes { attribute, value in
                guard let attribute, let value else { return }
                if attribute == names.r {
                    number = Self.integer(CellText.bytes(value)) ?? number
                } else if attribute == names.hidden {
                    hidden = value.string == "1" || value.string == "true"
                }
            }
            guard number >= nextRow, number <= CellAddress.maxRow else {
                throw XlsxReadError(
                    .malformed(part, line: 0, message: "row \(number) out of order or outside the sheet"),
                    file: workbook.file)
            }
            row.reset(number: number)
            row.isHidden = hidden
            nextRow = number + 1
            if !xml.isEmptyElement { try cells(xml, names, into: &row) }
            fills.apply(to: &row)
            if !row.cells.isEmpty || row.isHidden { return row }
        }
        done = true
        try xml.finish()
        return nil
    }

    /// The interned names the sheet is read by.
    struct Names {
        let row, c, v, f, `is`, t, r, s, hidden, rPh: UnsafePointer<xmlChar>?

        init(_ xml: XMLStream) {
            row = xml.intern("row")
            c = xml.intern("c")
            v = xml.intern("v")
            f = xml.intern("f")
            `is` = xml.intern("is")
            t = xml.intern("t")
            r = xml.intern("r")
            s = xml.intern("s")
            hidden = xml.intern("hidden")
            rPh = xml.intern("rPh")
        }
    }

    /// The cells of the current `<row>`, to its end tag.
    func cells(_ xml: XMLStream, _ names: Names, into row: inout SheetRow) throws(XlsxReadError) {
        let rowDepth = xml.depth
        var column = -1
        while let type = try xml.next() {
            if type == .endElement && xml.depth == rowDepth { return }
            guard type == .element, xml.localName == names.c else { continue }
            var kind = Kind.number
            var style = 0
            var position = column + 1
            xml.attributes { attribute, value in
                guard let attribute, let value else { return }
                if attribute == names.r {
                    position = CellAddress.column(of: CellText.bytes(value)) ?? position
                } else if attribute == names.t {
                    kind = Kind(CellText.bytes(value))
                } else if attribute == names.s {
                    style = Self.integer(CellText.bytes(value)) ?? 0
                }
            }
            guard position > column, row.cells.count < Self.maxCells else {
                throw XlsxReadError(
                    .malformed(part, line: 0, message: "cell out of order in row \(row.number)"),
                    file: workbook.file)
            }
            column = position
            if let value = try cell(xml, names, kind: kind, style: style, row: &row) {
                row.cells.append(SheetRow.Cell(column: column, value: value))
            }
            guard row.bytes.count <= Self.maxRowBytes else {
                throw XlsxReadError(.limit("row \(row.number) holds more than 64 MB of text"), file: workbook.file)
            }
        }
    }

    /// One `<c>`: its value, or nil for an empty (styled only) cell.
    func cell(_ xml: XMLStream, _ names: Names, kind: Kind, style: Int, row: inout SheetRow) throws(XlsxReadError)
        -> SheetRow.Value?
    {
        guard !xml.isEmptyElement else { return nil }
        let cellDepth = xml.depth
        var valueStart: Int?
        var valueEnd = 0
        var hasFormula = false
        var inline: Range<Int>?
        while let type = try xml.next() {
            if type == .endElement && xml.depth == cellDepth { break }
            guard type == .element else { continue }
            let name = xml.localName
            if name == names.v {
                let start = row.bytes.count
                try appendText(xml, names, to: &row.bytes)
                valueStart = start
                valueEnd = row.bytes.count
            } else if name == names.f {
                hasFormula = true
                try xml.skip()
            } else if name == names.is {
                let start = row.bytes.count
                try appendText(xml, names, to: &row.bytes)
                inline = start..<row.bytes.count
            }
        }
        if let inline { return .text(inline) }
        guard let start = valueStart, start < valueEnd || kind == .formulaText else {
            return hasFormula ? .formulaWithoutValue : nil
        }
        let range = start..<valueEnd
        switch kind {
        case .shared:
            guard
                let index = row.bytes.withUnsafeBufferPointer({ Self.integer(UnsafeBufferPointer(rebasing: $0[range])) }
                ),
                let shared = workbook.strings.range(index)
            else {
                throw XlsxReadError(
                    .malformed(part, line: 0, message: "shared string \(row.text(range)) does not exist"),
                    file: workbook.file)
            }
            row.bytes.removeSubrange(range)
            let copied = row.bytes.count
            row.bytes.append(contentsOf: workbook.strings.bytes[shared])
            return .text(copied..<row.bytes.count)
        case .formulaText, .inline: return .text(range)
        case .bool: return .bool(row.bytes[range].first == UInt8(ascii: "1") || row.text(range).lowercased() == "true")
        case .error: return .error(range)
        case .date: return .isoDate(range)
        case .number:
            let number = row.bytes.withUnsafeBufferPointer { Self.number(UnsafeBufferPointer(rebasing: $0[range])) }
            guard let number else {
                throw XlsxReadError(
                    .malformed(part, line: 0, message: "number \"\(row.text(range))\" in row \(row.number)"),
                    file: workbook.file)
            }
            row.bytes.removeSubrange(range)
            return .number(number, workbook.formats.style(style))
        }
    }

    /// A cell's `t`: how its `<v>` is to be read.
    enum Kind {
        case number, shared, formulaText, inline, bool, error, date

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            switch (bytes.first, bytes.count) {
            case (UInt8(ascii: "s")?, 1): self = .shared
            case (UInt8(ascii: "s")?, _): self = .formulaText
            case (UInt8(ascii: "i")?, _): self = .inline
            case (UInt8(ascii: "b")?, _): self = .bool
            case (UInt8(ascii: "e")?, _): self = .error
            case (UInt8(ascii: "d")?, _): self = .date
            default: self = .number
            }
        }
    }

    /// A non-negative decimal integer, without a String.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A number as XML Schema writes it (`1234.5`, `-1E-3`), read with the C
    /// library's `strtod` on a NUL-terminated copy; nil unless all of it is a finite number.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let integer = integer(bytes), integer < 1 << 53 { return Double(integer) }
        guard !bytes.isEmpty, bytes.count < 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer -> Double? in
            for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
            buffer[bytes.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard let end, end == buffer.baseAddress! + bytes.count, value.isFinite else { return nil }
            return value
        }
    }

    /// The text inside the current element — `<t>` runs of an inline string,
    /// phonetic guides left out — decoded, appended as UTF-8.
    func appendText(_ xml: XMLStream, _ names: Names, to bytes: inout [UInt8]) throws(XlsxReadError) {
        guard !xml.isEmptyElement else { return }
        let start = xml.depth
        while let type = try xml.next() {
            switch type {
            case .text, .cdata, .significantWhitespace, .whitespace:
                xml.withValue { CellText.append(CellText.bytes($0), to: &bytes) }
            case .element where xml.localName == names.rPh: try xml.skip()
            case .endElement where xml.depth == start: return
            default: continue
            }
        }
    }
}

/// The values merged ranges carry into rows below their top-left cell, kept
/// as owned bytes since each row reuses its buffer.
struct Fills {
    enum Held {
        case text([UInt8])
        case error([UInt8])
        case isoDate([UInt8])
        case plain(SheetRow.Value)
    }

    private var pending: ArraySlice<MergedRanges.Range>
    private var active: [(range: MergedRanges.Range, value: Held?)] = []

    init(_ ranges: [MergedRanges.Range]) { pending = ranges[...] }

    mutating func apply(to row: inout SheetRow) {
        active.removeAll { $0.range.bottom < row.number }
        while let next = pending.first, next.top <= row.number {
            pending = pending.dropFirst()
            guard next.bottom >= row.number else { continue }
            let held = next.top == row.number ? row.value(at: next.left).map { Self.hold($0, in: row) } : nil
            active.append((next, held))
        }
        for (range, held) in active {
            guard let held, range.right - range.left < SheetRows.widestFilledMerge else { continue }
            for column in range.left...range.right where !(row.number == range.top && column == range.left) {
                row.set(Self.value(held, in: &row), at: column)
            }
        }
    }

    static func hold(_ value: SheetRow.Value, in row: SheetRow) -> Held {
        switch value {
        case .text(let range): .text(Array(row.bytes[range]))
        case .error(let range): .error(Array(row.bytes[range]))
        case .isoDate(let range): .isoDate(Array(row.bytes[range]))
        default: .plain(value)
        }
    }

    static func value(_ held: Held, in row: inout SheetRow) -> SheetRow.Value {
        func copy(_ bytes: [UInt8]) -> Range<Int> {
            let start = row.bytes.count
            row.bytes.append(contentsOf: bytes)
            return start..<row.bytes.count
        }
        switch held {
        case .text(let bytes): return .text(copy(bytes))
        case .error(let bytes): return .error(copy(bytes))
        case .isoDate(let bytes): return .isoDate(copy(bytes))
        case .plain(let value): return value
        }
    }
}
