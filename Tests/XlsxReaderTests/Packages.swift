import Foundation
import TestSupport

/// Workbooks made part by part, to try the XML and zip shapes writers produce
/// (and those no honest writer does).
enum Packages {
    /// Writes a workbook with openpyxl from Python source that builds `wb` (its sheet `ws`).
    static func openpyxl(_ body: String) throws -> URL {
        let url = try makeTemporaryDirectory("reader").appendingPathComponent("book.xlsx")
        _ = try Python.run(
            script: """
                import sys, datetime, openpyxl
                from openpyxl.styles import Font
                wb = openpyxl.Workbook()
                ws = wb.active
                \(body)
                wb.save(sys.argv[1])
                """, arguments: [url.path])
        return url
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """
    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static func workbookRels(sheetTarget: String = "worksheets/sheet1.xml", sharedStrings: Bool = true) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="\(sheetTarget)"/>\
        \(sharedStrings ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")\
        </Relationships>
        """
    }

    /// A one-sheet workbook with this sheet XML (and shared strings).
    static func book(sheet: String, sharedStrings: String? = nil, sheetTarget: String = "worksheets/sheet1.xml")
        throws -> URL
    {
        var parts = [
            "[Content_Types].xml": contentTypes, "_rels/.rels": packageRels, "xl/workbook.xml": workbook,
            "xl/_rels/workbook.xml.rels": workbookRels(sheetTarget: sheetTarget, sharedStrings: sharedStrings != nil),
            "xl/worksheets/sheet1.xml": sheet,
        ]
        if let sharedStrings { parts["xl/sharedStrings.xml"] = sharedStrings }
        return try zip(parts)
    }

    /// Writes the parts into a zip with Python's zipfile (deflated).
    static func zip(_ parts: [String: String]) throws -> URL {
        let url = try makeTemporaryDirectory("package").appendingPathComponent("book.xlsx")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: parts), as: UTF8.self)
        _ = try Python.run(
            script: """
                import sys, json, zipfile
                parts = json.loads(sys.argv[2])
                with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                    for name, text in parts.items():
                        z.writestr(name, text.encode("utf-8"))
                """, arguments: [url.path, json])
        return url
    }

    static func sheet(_ rows: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetData>\(rows)</sheetData></worksheet>
        """
    }

    /// A workbook whose sheet part inflates to `megabytes` of zeros-like XML
    /// padding; with `lying`, the zip headers claim the part is 1,000 bytes.
    static func bomb(megabytes: Int, lying: Bool) throws -> URL {
        let honest = try book(sheet: sheet(""))
        let url = honest.deletingLastPathComponent().appendingPathComponent("bomb.xlsx")
        _ = try Python.run(
            script: """
                import sys, zlib, struct, zipfile, binascii
                src, dst, mb, lying = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
                inner = zipfile.ZipFile(src)
                entries = [(i.filename, inner.read(i.filename)) for i in inner.infolist() if i.filename != "xl/worksheets/sheet1.xml"]
                head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                co = zlib.compressobj(9, zlib.DEFLATED, -15)
                crc = binascii.crc32(head); data = co.compress(head); size = len(head)
                chunk = b" " * (1 << 20)
                for _ in range(mb):
                    crc = binascii.crc32(chunk, crc); data += co.compress(chunk); size += len(chunk)
                data += co.flush()
                out = open(dst, "wb"); central = b""; records = []
                def add(name, raw, comp, crc, size, declared):
                    global central
                    offset = out.tell(); n = name.encode()
                    out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 8, 0, 0, crc, len(comp), declared, len(n), 0) + n + comp)
                    central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 8, 0, 0, crc, len(comp), declared, len(n), 0, 0, 0, 0, 0, offset) + n
                for name, raw in entries:
                    c = zlib.compressobj(9, zlib.DEFLATED, -15); comp = c.compress(raw) + c.flush()
                    add(name, raw, comp, binascii.crc32(raw), len(raw), len(raw))
                add("xl/worksheets/sheet1.xml", None, data, crc, size, 1000 if lying else size & 0xffffffff)
                start = out.tell(); out.write(central)
                count = len(entries) + 1
                out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, count, count, len(central), start, 0))
                out.close()
                """, arguments: [honest.path, url.path, String(megabytes), lying ? "1" : "0"])
        return url
    }
}
