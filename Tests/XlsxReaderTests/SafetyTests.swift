import Foundation
import TestSupport
import Testing

@testable import XlsxReader

/// Hostile workbooks are data, never a way in: no document type, no entity
/// expansion, no part inflating without end; what is not a workbook says what it is.
@Suite struct SafetyTests {
    func kind(_ url: URL) -> XlsxReadError.Kind? {
        do {
            let book = try XlsxWorkbook(path: url.path, file: "book.xlsx")
            for sheet in book.sheets { try book.rows(of: sheet) { _ in } }
            return nil
        } catch let error as XlsxReadError {
            return error.kind
        } catch {
            return .limit("\(error)")
        }
    }

    @Test func aDocumentTypeIsRefusedBeforeAnyEntityIsExpanded() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">\
            <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>
            """
        #expect(kind(try Packages.book(sheet: laughs)) == .doctype("xl/worksheets/sheet1.xml"))
        let external = """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&secret;</t></si></sst>
            """
        #expect(
            kind(try Packages.book(sheet: Packages.sheet(""), sharedStrings: external))
                == .doctype("xl/sharedStrings.xml"))
    }

    @Test func aZipBombStopsFarShortOfItsSize() throws {
        // Half a gigabyte of spaces in half a megabyte: the headers say so, or lie.
        for lying in [false, true] {
            let url = try Packages.bomb(megabytes: 512, lying: lying)
            #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 < 2 << 20)
            // Honest headers are refused before inflating; lying ones stop at the size they claim, and the
            // checksum fails.
            let refused = kind(url)
            #expect(
                refused
                    == (lying
                        ? .corrupt("xl/worksheets/sheet1.xml")
                        : .partTooLarge("xl/worksheets/sheet1.xml", limit: 4 << 30)),
                "lying: \(lying): \(String(describing: refused))")
            // What was inflated before it stopped: bounded by the ratio, not by the part.
            let archive = try ZipArchive(path: url.path, file: "bomb.xlsx")
            var inflated = 0
            #expect(throws: XlsxReadError.self) {
                try archive.read("xl/worksheets/sheet1.xml") { (piece) throws(XlsxReadError) in inflated += piece.count
                }
            }
            #expect(inflated < 300 << 20, "lying: \(lying), inflated \(inflated)")
        }
    }

    @Test func whatIsNotAWorkbookSaysWhatItIs() throws {
        let folder = try makeTemporaryDirectory("not-workbooks")
        let text = folder.appendingPathComponent("a.xlsx")
        try Data("Mã đơn vị,Kỳ báo cáo\r\n".utf8).write(to: text)
        #expect(kind(text) == .notZip)
        let docx = try Packages.zip(["word/document.xml": "<document/>", "[Content_Types].xml": Packages.contentTypes])
        #expect(kind(docx) == .notWorkbook(found: "Word"))
        // A truncated workbook: its directory is gone.
        let whole = try Data(contentsOf: try Packages.book(sheet: Packages.sheet("")))
        let cut = folder.appendingPathComponent("cut.xlsx")
        try whole.prefix(whole.count / 2).write(to: cut)
        #expect(kind(cut) == .notZip)
    }

    /// Found by the workbook fuzz target: a zip whose directory breaks after its
    /// first entry was closed twice (a double free) as the refusal unwound.
    @Test func aDirectoryBrokenPartWayIsRefusedOnce() throws {
        let broken = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/directory-broken-after-first-entry.xlsx")
        #expect(throws: XlsxReadError.self) { try XlsxWorkbook(path: broken.path, file: "VP.xlsx") }
    }

    @Test func compoundFilesAreToldApart() throws {
        let encrypted = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/encrypted.xlsx")
        #expect(kind(encrypted) == .encrypted)
        let source = try Packages.openpyxl("ws[\"A1\"] = \"Mã đơn vị\"")
        let xls = try LibreOffice.convert(source, to: "xls:MS Excel 97", extension: "xls")
        #expect(kind(xls) == .legacyExcel)
        let ods = try LibreOffice.convert(source, to: "ods", extension: "ods")
        #expect(kind(ods) == .notWorkbook(found: "OpenDocument"))
    }

    // MARK: The writer's read-back (PackageCheck)

    /// What `close` checks before a file replaces the previous one: every XML
    /// part ends with its root's end tag.
    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<worksheet a=\"1\"><sheetData><row r=\"1\"/></sheetData></worksheet>\n", true),
        ("<?xml version=\"1.0\"?>\n<worksheet a=\"1\"><sheetData><row r=\"1\"/></sheetData>", false),
        ("<?xml version=\"1.0\"?>\n<worksheet a=\"1\"><sheetData><row r=\"1\"/>", false),
        ("<?xml version=\"1.0\"?>\n<Types xmlns=\"x\"/>", true),
        ("<?xml version=\"1.0\"?>\n<Types xmlns=\"x\"/><Default/>", false),
        ("<?xml version=\"1.0\"?>", false),
        ("", false),
        ("<a>" + String(repeating: "<b>x</b>", count: 10_000) + "</a>", true),
        ("<a>" + String(repeating: "<b>x</b>", count: 10_000) + "<b/>", false),
    ])
    func aPartIsWholeWhenItEndsWithItsRoot(_ text: String, _ whole: Bool) {
        for size in [1, 7, 1 << 16] {
            var ends = PackageCheck.XMLEnds()
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: size) {
                bytes[start..<min(start + size, bytes.count)].withUnsafeBytes { ends.take($0) }
            }
            #expect(ends.isWhole == whole, "\(size)")
        }
    }
}
