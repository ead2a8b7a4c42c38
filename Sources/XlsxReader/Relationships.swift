import Foundation

/// The package's relationship parts (`_rels/*.rels`): which part is the
/// workbook, which are its sheets, shared strings and styles. Targets are
/// resolved to archive entry names — relative to the source part's folder or
/// absolute from the package root — and a target that would leave the package
/// (`../../x`) resolves to nothing.
struct Relationships {
    struct Relationship {
        let id: String
        /// The relationship type's last word: `officeDocument`, `worksheet`, `sharedStrings`, `styles`…
        let type: String
        /// The archive entry it points to.
        let part: String?
    }

    let items: [Relationship]

    /// Reads the relationships of `source` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`); none if absent.
    init(of source: String, in archive: ZipArchive) throws(XlsxReadError) {
        let folder = PartName.folder(of: source)
        let name = PartName.relationships(of: source)
        guard archive.entry(name) != nil else {
            items = []
            return
        }
        let xml = try XMLStream(try archive.open(name), part: name)
        let relationship = xml.intern("Relationship")
        var items: [Relationship] = []
        while let type = try xml.next() {
            guard type == .element, xml.localName == relationship else { continue }
            var id = ""
            var kind = ""
            var target = ""
            var external = false
            xml.attributes { name, value in
                guard let name, let value else { return }
                switch name.string {
                case "Id": id = value.string
                case "Type": kind = value.string.split(separator: "/").last.map(String.init) ?? ""
                case "Target": target = value.string
                case "TargetMode": external = value.string == "External"
                default: break
                }
            }
            items.append(
                Relationship(id: id, type: kind, part: external ? nil : PartName.resolve(target, from: folder)))
            guard items.count <= 100_000 else {
                throw XlsxReadError(.limit("more than 100,000 relationships"), file: archive.file)
            }
        }
        try xml.finish()
        self.items = items
    }

    func first(_ type: String) -> Relationship? { items.first { $0.type == type } }
    func with(id: String) -> Relationship? { items.first { $0.id == id } }
}

/// Part names as the package writes them, turned into archive entry names.
enum PartName {
    /// `xl/workbook.xml` → `xl`; a part at the root → ``.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`.
    static func relationships(of part: String) -> String {
        guard !part.isEmpty else { return "_rels/.rels" }
        let folder = folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// A target relative to `folder` (or absolute, `/xl/…`), with `.` and `..`
    /// resolved and percent-escapes undone; nil when it would leave the package.
    static func resolve(_ target: String, from folder: String) -> String? {
        var decoded = target.removingPercentEncoding ?? target
        decoded = decoded.replacingOccurrences(of: "\\", with: "/")
        var parts: [Substring] = decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in decoded.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(piece)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
