import CXlsxWriter
import Foundation
import XlsxReader

/// An `.xlsx` file being written. Wraps `lxw_workbook`.
///
/// The file is written to a hidden temporary name beside the target and renamed
/// over it only when `close()` succeeds, so a failure never leaves a broken file
/// where the previous one was. `close()` must be called: it is where the file is
/// written, and it throws; a workbook dropped without closing writes nothing.
public final class Workbook {
    public struct Options: Sendable {
        /// libxlsxwriter's `constant_memory`: each sheet streams to a temporary file,
        /// so memory stays flat — but rows must be written in order within a sheet,
        /// and Excel tables are not available.
        public var constantMemory = false
        public var properties = DocumentProperties()
        /// Where libxlsxwriter keeps its temporary files (`tmpdir`): by default
        /// `TMPDIR` when set, else the system's (`tmpfile`, /tmp).
        public var temporaryDirectory: String?
        public init(
            constantMemory: Bool = false, properties: DocumentProperties = .init(),
            temporaryDirectory: String? = Options.environmentTemporaryDirectory
        ) {
            self.constantMemory = constantMemory
            self.properties = properties
            self.temporaryDirectory = temporaryDirectory
        }

        public static var environmentTemporaryDirectory: String? {
            guard let value = getenv("TMPDIR").map({ String(cString: $0) }), !value.isEmpty else { return nil }
            return value
        }
    }

    /// Document properties (`lxw_doc_properties`).
    public struct DocumentProperties: Sendable {
        public var title: String?
        public var subject: String?
        public var author: String?
        public var manager: String?
        public var company: String?
        public var category: String?
        public var keywords: String?
        public var comments: String?
        /// The creation time stored in the file. Fix it for byte-identical output.
        public var created: Date?
        public init(
            title: String? = nil, subject: String? = nil, author: String? = nil,
            manager: String? = nil, company: String? = nil, category: String? = nil,
            keywords: String? = nil, comments: String? = nil, created: Date? = nil
        ) {
            self.title = title
            self.subject = subject
            self.author = author
            self.manager = manager
            self.company = company
            self.category = category
            self.keywords = keywords
            self.comments = comments
            self.created = created
        }
    }

    public let path: String
    public let options: Options
    let temporaryPath: String
    private var handle: UnsafeMutablePointer<lxw_workbook>? {
        didSet { state.isOpen = handle != nil }
    }
    /// What every cell write checks, shared with the sheets.
    let state: WorkbookState
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    private(set) var sheetNames: [String] = []
    /// C strings handed to libxlsxwriter that must live until the file is written.
    let strings = CStringArena()

    /// Starts a workbook that `close()` will write to `path` (`workbook_new_opt`).
    public init(path: String, options: Options = Options()) throws {
        self.path = path
        self.options = options
        state = WorkbookState(constantMemory: options.constantMemory)
        let url = URL(fileURLWithPath: path)
        temporaryPath =
            url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? 1 : 0
        cOptions.use_zip64 = 1
        let directory = options.temporaryDirectory.flatMap { strings.copy($0) }
        cOptions.tmpdir = directory
        errno = 0
        guard let handle = workbook_new_opt(temporaryPath, &cOptions) else {
            throw XlsxError(
                .library(code: -1, message: "could not create the workbook"),
                operation: "workbook_new_opt(\(path))", systemError: errno == 0 ? nil : errno)
        }
        self.handle = handle
        state.isOpen = true
        try setProperties(options.properties)
    }

    deinit {
        // Never closed: free without writing (nothing was written to disk yet).
        if let handle { lxw_workbook_free(handle) }
    }

    var isOpen: Bool { handle != nil }

    /// A look made this workbook's format once, for sheets that write it on
    /// every row (see `ResolvedFormat`).
    func resolve(_ look: CellFormat?) throws -> ResolvedFormat {
        ResolvedFormat(pointer: try format(look), owner: ObjectIdentifier(state), look: look)
    }

    func requireHandle(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XlsxError(.closed, operation: operation()) }
        return handle
    }

    private func setProperties(_ p: DocumentProperties) throws {
        let handle = try requireHandle("workbook_set_properties")
        var properties = lxw_doc_properties()
        properties.title = strings.copy(p.title)
        properties.subject = strings.copy(p.subject)
        properties.author = strings.copy(p.author)
        properties.manager = strings.copy(p.manager)
        properties.company = strings.copy(p.company)
        properties.category = strings.copy(p.category)
        properties.keywords = strings.copy(p.keywords)
        properties.comments = strings.copy(p.comments)
        if let created = p.created { properties.created = time_t(created.timeIntervalSince1970) }
        try check(workbook_set_properties(handle, &properties), "workbook_set_properties")
    }

    /// Adds a sheet (`workbook_add_worksheet`). The name must already be valid
    /// (see `SheetName.safe`) and unique ignoring case, Vietnamese letters included.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        let operation = "workbook_add_worksheet(\(name))"
        let handle = try requireHandle(operation)
        let nfc = name.precomposedStringWithCanonicalMapping
        if let problem = SheetName.problem(with: nfc) {
            throw XlsxError(.invalidSheetName(name, reason: problem), operation: operation)
        }
        if sheetNames.contains(where: { $0.caseInsensitiveKey == nfc.caseInsensitiveKey }) {
            throw XlsxError(
                .invalidSheetName(name, reason: "is already used (ignoring case)"),
                operation: operation)
        }
        guard let sheet = workbook_add_worksheet(handle, nfc) else {
            throw XlsxError(.library(code: -1, message: "worksheet not created"), operation: operation)
        }
        sheetNames.append(nfc)
        return Worksheet(sheet, name: nfc, workbook: self)
    }

    /// Adds a chart to be inserted into a sheet (`workbook_add_chart`).
    public func addChart(_ type: Chart.Kind) throws -> Chart {
        let handle = try requireHandle("workbook_add_chart")
        guard let chart = workbook_add_chart(handle, UInt8(type.lxw.rawValue)) else {
            throw XlsxError(.library(code: -1, message: "chart not created"), operation: "workbook_add_chart")
        }
        return Chart(chart, workbook: self)
    }

    /// Names a range for formulas (`workbook_define_name`), e.g. `=Sheet1!$A$1:$A$9`.
    public func defineName(_ name: String, formula: String) throws {
        let handle = try requireHandle("workbook_define_name(\(name))")
        try check(workbook_define_name(handle, name, formula), "workbook_define_name(\(name))")
    }

    /// The `lxw_format` for a look, created once per distinct value. The last
    /// few looks are checked first: rows repeat the same few formats.
    func format(_ look: CellFormat?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let look else { return nil }
        for (recent, pointer) in recentFormats where recent == look { return pointer }
        if let existing = formats[look] {
            remember(look, existing)
            return existing
        }
        let handle = try requireHandle("workbook_add_format")
        guard let created = workbook_add_format(handle) else {
            throw XlsxError(.library(code: -1, message: "format not created"), operation: "workbook_add_format")
        }
        look.apply(to: created)
        formats[look] = created
        remember(look, created)
        return created
    }

    private var recentFormats: [(CellFormat, UnsafeMutablePointer<lxw_format>)] = []

    private func remember(_ look: CellFormat, _ pointer: UnsafeMutablePointer<lxw_format>) {
        if recentFormats.count == 8 { recentFormats.removeFirst() }
        recentFormats.append((look, pointer))
    }

    /// Writes the file (`workbook_close`) and moves it over `path`.
    /// On failure the temporary file is removed and any file at `path` is untouched.
    public func close() throws {
        let handle = try requireHandle("workbook_close(\(path))")
        self.handle = nil
        formats.removeAll()
        recentFormats.removeAll()
        errno = 0
        let status = workbook_close(handle)  // frees the workbook whatever the status
        strings.freeAll()
        do {
            try check(status, "workbook_close(\(path))")
            // A success libxlsxwriter reports on a full disk is not one (see PackageCheck).
            if let part = PackageCheck.incompletePart(of: temporaryPath) {
                throw XlsxError(.incompletePart(part), operation: "workbook_close(\(path))")
            }
        } catch {
            unlink(temporaryPath)
            throw error
        }
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw XlsxError(.cannotReplace(path: path, errno: code), operation: "rename", systemError: code)
        }
    }
}

/// The part of a workbook its sheets check on every write. Sheets hold it
/// strongly, so a write costs no reference counting on the workbook.
final class WorkbookState {
    var isOpen = false
    let constantMemory: Bool
    init(constantMemory: Bool) { self.constantMemory = constantMemory }
}

/// Owns copies of strings and structs for as long as libxlsxwriter may read them:
/// until the file is written, since the library keeps some pointers it is given.
final class CStringArena {
    private var pointers: [UnsafeMutableRawPointer] = []

    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let pointer = strdup(text) else { return nil }
        pointers.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    /// A NULL-terminated array of copies, as `value_list` and similar fields take.
    func copyList(_ texts: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let list = allocate(UnsafeMutablePointer<CChar>?.self, count: texts.count + 1)
        for (index, text) in texts.enumerated() { list[index] = copy(text) }
        list[texts.count] = nil
        return list
    }

    /// Zeroed memory for `count` C values, freed with the arena.
    func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let raw = calloc(count, MemoryLayout<T>.stride)!
        pointers.append(raw)
        return raw.bindMemory(to: T.self, capacity: count)
    }

    func freeAll() {
        for pointer in pointers { free(pointer) }
        pointers.removeAll()
    }

    deinit { freeAll() }
}
