import Foundation

/// What an independent reader (openpyxl, run by Debian's `/usr/bin/python3`)
/// sees in a written workbook: the tests assert on this, not on our own code.
public struct ReadWorkbook: Decodable, Sendable {
    public struct Sheet: Decodable, Sendable {
        public let name: String
        /// `visible`, `hidden` or `veryHidden`.
        public let state: String
        /// Values by A1 reference, as a reader that does not recalculate sees them
        /// (formulas show their cached results).
        public let values: [String: Value]
        /// Formulas by A1 reference, without the leading `=`.
        public let formulas: [String: String]
        public let merged: [String]
        public let tables: [Table]
        public let validations: [Validation]
        public let conditionalRanges: [String]
        public let charts: [String]
        public let freeze: String?
        public let autofilter: String?
        public let orientation: String?
        public let paperSize: Int?
        public let fitToWidth: Int?
        public let printTitleRows: String?
        public let header: String?
        public let footer: String?
        public let columnWidths: [String: Double]
        public let fonts: [String: String]
        public let maxRow: Int
        public let maxColumn: Int

        public func text(_ reference: String) -> String? { values[reference]?.text }
        public func number(_ reference: String) -> Double? { values[reference]?.number }

        /// The first cell whose text equals `text`, as `(row, column)` one-based.
        public func find(_ text: String) -> (row: Int, column: Int)? {
            values.filter { $0.value.text == text }
                .map { reference -> (Int, Int) in Self.split(reference.key) }
                .min { $0 < $1 }
        }

        /// One row's values from column A on, one-based row.
        public func row(_ row: Int) -> [Value?] {
            (0..<maxColumn).map { values[Self.column($0) + String(row)] }
        }

        public static func column(_ index: Int) -> String {
            var n = index + 1
            var letters = ""
            while n > 0 {
                letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
                n = (n - 1) / 26
            }
            return letters
        }

        static func split(_ reference: String) -> (Int, Int) {
            let letters = reference.prefix { $0.isLetter }
            let digits = reference.dropFirst(letters.count)
            let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
            return (Int(digits)!, column)
        }
    }

    public struct Table: Decodable, Sendable {
        public let name: String
        public let ref: String
        public let headers: [String]
    }

    public struct Validation: Decodable, Sendable {
        /// `list`, …; nil for a validation that only shows a message.
        public let type: String?
        public let formula1: String?
        public let sqref: String
        public let prompt: String?
    }

    public enum Value: Decodable, Sendable, Equatable {
        case text(String)
        case number(Double)
        case bool(Bool)
        case date(String)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                let text = try container.decode(String.self)
                if text.hasPrefix("date:") { self = .date(String(text.dropFirst(5))) } else { self = .text(text) }
            }
        }

        public var text: String? { if case .text(let t) = self { t } else { nil } }
        public var number: Double? { if case .number(let n) = self { n } else { nil } }
        public var date: String? { if case .date(let d) = self { d } else { nil } }
    }

    public let sheets: [Sheet]
    public let properties: [String: String]

    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Reads `path` with openpyxl.
    public static func read(_ path: String) throws -> ReadWorkbook {
        let output = try Python.run(script: readerScript, arguments: [path])
        return try JSONDecoder().decode(ReadWorkbook.self, from: output)
    }

    static let readerScript = #"""
        import json, sys, datetime, warnings
        warnings.simplefilter("ignore")
        import openpyxl
        path = sys.argv[1]
        cached = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
        def plain(v):
            if isinstance(v, (datetime.datetime, datetime.date)):
                return "date:" + v.strftime("%Y-%m-%d")
            return v
        out = {"sheets": [], "properties": {}}
        p = cached.properties
        for key in ("title", "subject", "creator", "keywords", "description", "category"):
            value = getattr(p, key, None)
            if value: out["properties"][key] = str(value)
        if p.created: out["properties"]["created"] = p.created.isoformat()
        for ws in cached.worksheets:
            wf = formulas[ws.title]
            values, forms, fonts = {}, {}, {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        values[c.coordinate] = plain(c.value)
                        if c.font is not None and c.font.name: fonts[c.coordinate] = c.font.name
            for row in wf.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.data_type == "f":
                        forms[c.coordinate] = c.value[1:]
            tables = [{"name": t.name, "ref": t.ref, "headers": [col.name for col in t.tableColumns]} for t in wf.tables.values()]
            validations = [{"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref), "prompt": dv.prompt} for dv in wf.data_validations.dataValidation]
            conditional = [str(rng.sqref) for rng in wf.conditional_formatting]
            charts = [type(ch).__name__ for ch in wf._charts]
            ps = wf.page_setup
            widths = {k: v.width for k, v in wf.column_dimensions.items() if v.width}
            out["sheets"].append({
                "name": ws.title, "state": ws.sheet_state, "values": values, "formulas": forms,
                "merged": sorted(str(r) for r in wf.merged_cells.ranges),
                "tables": tables, "validations": validations, "conditionalRanges": conditional,
                "charts": charts, "freeze": wf.freeze_panes, "autofilter": wf.auto_filter.ref,
                "orientation": ps.orientation, "paperSize": int(ps.paperSize) if ps.paperSize else None,
                # Excel omits fitToWidth when it is the default 1; fitToPage says scaling is on.
                "fitToWidth": (int(ps.fitToWidth) if ps.fitToWidth is not None else 1)
                    if wf.sheet_properties.pageSetUpPr is not None and wf.sheet_properties.pageSetUpPr.fitToPage else None,
                "printTitleRows": wf.print_title_rows,
                "header": wf.oddHeader.center.text if wf.oddHeader.center.text else None,
                "footer": wf.oddFooter.center.text if wf.oddFooter.center.text else None,
                "columnWidths": widths, "fonts": fonts,
                "maxRow": wf.max_row, "maxColumn": wf.max_column,
            })
        json.dump(out, sys.stdout, ensure_ascii=False)
        """#
}

/// Runs Debian's Python (which has python3-openpyxl) on a script.
public enum Python {
    public struct Failure: Error, CustomStringConvertible {
        public let status: Int32
        public let stderr: String
        public var description: String { "python exited \(status): \(stderr)" }
    }

    public static func run(script: String, arguments: [String]) throws -> Data {
        let scriptURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("khth-test-\(UUID().uuidString).py")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scriptURL) }
        return try Command.run("/usr/bin/python3", [scriptURL.path] + arguments).stdout
    }
}

/// A child process's result.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: Data
    public var output: String { String(decoding: stdout, as: UTF8.self) }
    public var errors: String { String(decoding: stderr, as: UTF8.self) }
}

public enum Command {
    /// Runs a program and returns its output; throws when it exits non-zero
    /// unless `allowFailure`.
    @discardableResult
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        currentDirectory: String? = nil, allowFailure: Bool = false
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let result = CommandResult(status: process.terminationStatus, stdout: outData, stderr: errData)
        if result.status != 0 && !allowFailure {
            throw Python.Failure(status: result.status, stderr: result.errors + result.output)
        }
        return result
    }
}

/// A fresh temporary directory for one test.
public func makeTemporaryDirectory(_ label: String = "khth") throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// LibreOffice headless, with recalculation forced on load: the way to prove
/// that every cached formula value is what a spreadsheet computes.
public enum LibreOffice {
    public static var executable: String? {
        ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Opens `xlsx`, recalculates every formula, and saves it again as xlsx; returns the new file.
    public static func recalculate(_ xlsx: URL) throws -> URL {
        try convert(xlsx, to: "xlsx:Calc MS Excel 2007 XML", extension: "xlsx")
    }

    /// Saves the first sheet of `xlsx` as CSV the way a unit's "CSV UTF-8" save
    /// does (comma, double quotes, UTF-8); returns the CSV file.
    public static func saveAsCSV(_ xlsx: URL) throws -> URL {
        try convert(xlsx, to: "csv:Text - txt - csv (StarCalc):44,34,76,1", extension: "csv")
    }

    /// Converts a spreadsheet with a LibreOffice filter (`xls:MS Excel 97`, `ods`…); returns the new file.
    public static func convert(_ xlsx: URL, to filter: String, extension: String) throws -> URL {
        guard let soffice = executable else {
            throw Python.Failure(
                status: -1, stderr: "LibreOffice (soffice) is not installed: run `make test`, which installs it")
        }
        let work = try makeTemporaryDirectory("lo")
        let profile = work.appendingPathComponent("profile/user", isDirectory: true)
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """.write(to: profile.appendingPathComponent("registrymodifications.xcu"), atomically: true, encoding: .utf8)
        let input = work.appendingPathComponent("in." + (xlsx.pathExtension.isEmpty ? "xlsx" : xlsx.pathExtension))
        try FileManager.default.copyItem(at: xlsx, to: input)
        let out = work.appendingPathComponent("out", isDirectory: true)
        try Command.run(
            soffice,
            [
                "-env:UserInstallation=file://" + work.appendingPathComponent("profile").path, "--headless",
                "--norestore",
                "--convert-to", filter, "--outdir", out.path, input.path,
            ])
        let result = out.appendingPathComponent("in." + `extension`)
        guard FileManager.default.fileExists(atPath: result.path) else {
            throw Python.Failure(status: -1, stderr: "LibreOffice wrote no file")
        }
        return result
    }
}
