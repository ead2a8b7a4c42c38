import Foundation
import ReportCore

/// The files found under the inputs folder, and which of them are read.
///
/// Examples live in `inputs/_vi-du/`. They are read only when no other
/// submission is in the folder — so a fresh clone makes a meaningful report —
/// and then every sheet says the data is an example. Once any real file is in
/// `inputs/`, the examples are left out (and the console says so): a real
/// report never silently includes example data.
public struct InputFolder: Sendable {
    public static let examplesFolder = "_vi-du"
    /// Extensions read as CSV: Excel saves "CSV" as .csv and "Unicode text" as .txt.
    static let readable: Set<String> = ["csv", "txt", "tsv"]
    /// Workbooks read sheet by sheet (an .xlsm's macros never run).
    static let workbooks: Set<String> = ["xlsx", "xlsm"]
    /// Spreadsheets listed with what to do: Excel 97–2003, OpenDocument.
    static let spreadsheets: Set<String> = ["xls", "ods"]

    public struct File: Sendable {
        /// Path relative to the inputs folder, NFC, `/`-separated.
        public let path: String
        public let url: URL
        public let size: Int
        public let modified: SubmissionSet.FileDate
        /// Where a symbolic link leads, as the link says, for a file reached through one.
        public let linkTarget: String?
        /// Named as a workbook (.xlsx, .xlsm); a CSV name may still hide one.
        public let isWorkbook: Bool
        /// The file as found, to tell whether it changes while the run reads it.
        let identity: FileIdentity

        /// What became of the file since it was found; nil while it is as found.
        func change(whileRead: Bool = false) -> Rule.FileChange? {
            guard let now = FileIdentity.of(url.path) else { return .gone }
            guard now == identity else { return whileRead ? .changedWhileRead : .changed }
            return nil
        }
    }

    public let root: URL
    public private(set) var files: [File] = []
    /// Why entries were not read (other formats, lock files, links that lead nowhere), and the examples left out.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Entries listed and not read, by path from the inputs folder.
    public private(set) var skipped: [String] = []
    /// Example files left out because real ones are present.
    public private(set) var examplesLeftOut = 0
    /// Whether the files read are the shipped examples.
    public private(set) var isExample = false

    /// Files a spreadsheet or the system leaves beside documents, never submissions.
    static let clutter: Set<String> = [".gitkeep", ".gitattributes", ".DS_Store", "Thumbs.db", "desktop.ini"]

    public init(root: URL) throws {
        self.root = root
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFolderError.missing(root.path)
        }
        let rootInExamples = root.standardizedFileURL.pathComponents.contains(Self.examplesFolder)
        var walk = Walk()
        walk.folder(root.path, relative: "", into: &self)
        var real: [File] = []
        var examples: [File] = []
        for file in walk.found {
            if !rootInExamples && file.path.split(separator: "/").contains(Substring(Self.examplesFolder)) {
                examples.append(file)
            } else {
                real.append(file)
            }
        }
        if rootInExamples || real.isEmpty && !examples.isEmpty {
            files = (rootInExamples ? real : examples)
            isExample = true
        } else {
            files = real
            if !examples.isEmpty {
                diagnostics.append(Diagnostic(.examplesIgnored(count: examples.count), file: Self.examplesFolder))
                examplesLeftOut = examples.count
            }
        }
        files.sort { $0.path < $1.path }
        diagnostics.sort(by: Diagnostic.byPlace)
        skipped.sort()
    }

    /// Every entry under the inputs folder, each read or listed with why not.
    /// Links are followed (to files and folders alike); a folder is entered
    /// once, so a link loop ends.
    struct Walk {
        var found: [File] = []
        /// Folders entered, by device and inode.
        var entered: Set<[UInt64]> = []
        /// Deeper than this, a folder is listed, not entered: no real inputs folder nests so far.
        static let maxDepth = 64

        mutating func folder(_ path: String, relative: String, depth: Int = 0, into inputs: inout InputFolder) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            guard entered.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
                inputs.skip(relative, .fileLinkLoop)
                return
            }
            guard depth <= Self.maxDepth else {
                inputs.skip(relative, .folderTooDeep(levels: depth))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            } catch {
                inputs.skip(relative.isEmpty ? "." : relative, .fileUnreadable(reason: SystemWords.reason(error)))
                return
            }
            for name in names {
                let entryPath = path + "/" + name
                let entry = relative.isEmpty ? name.nfc : relative + "/" + name.nfc
                var own = stat()
                guard lstat(entryPath, &own) == 0 else {
                    inputs.skip(entry, .fileUnreadable(reason: SystemWords.reason(errno: errno)))
                    continue
                }
                var target: String?
                var info = own
                if own.st_mode & S_IFMT == S_IFLNK {
                    target = (try? FileManager.default.destinationOfSymbolicLink(atPath: entryPath)) ?? ""
                    guard stat(entryPath, &info) == 0 else {
                        let reason = errno
                        inputs.skip(entry, reason == ELOOP ? .fileLinkLoop : .fileLinkBroken(target: target ?? ""))
                        continue
                    }
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if InputFolder.submissionExtensions.contains((name as NSString).pathExtension.lowercased()) {
                        inputs.skip(entry, .folderNamedLikeFile)
                    }
                    folder(entryPath, relative: entry, depth: depth + 1, into: &inputs)
                case S_IFREG:
                    file(entryPath, relative: entry, name: name, info: info, linkTarget: target, into: &inputs)
                case S_IFIFO: inputs.skip(entry, .fileNotRegular(.fifo))
                case S_IFSOCK: inputs.skip(entry, .fileNotRegular(.socket))
                default: inputs.skip(entry, .fileNotRegular(.device))
                }
            }
        }

        mutating func file(
            _ path: String, relative: String, name: String, info: stat, linkTarget: String?,
            into inputs: inout InputFolder
        ) {
            if InputFolder.clutter.contains(name) { return }
            let ext = (name as NSString).pathExtension.lowercased()
            if name.hasPrefix("~$") || name.hasPrefix(".~lock") {
                inputs.skip(relative, .fileSkipped(.lockFile))
                return
            }
            if name.hasPrefix(".") {
                inputs.skip(relative, .fileSkipped(.hidden))
                return
            }
            if InputFolder.spreadsheets.contains(ext) {
                inputs.skip(relative, ext == "xls" ? .fileXls : .workbookNotXlsx(found: "OpenDocument"))
                return
            }
            guard InputFolder.readable.contains(ext) || InputFolder.workbooks.contains(ext) else {
                inputs.skip(relative, .fileSkipped(.notSubmission(extension: ext)))
                return
            }
            let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            found.append(
                File(
                    path: relative, url: URL(fileURLWithPath: path), size: Int(info.st_size),
                    modified: InputFolder.fileDate(Date(timeIntervalSince1970: seconds)), linkTarget: linkTarget,
                    isWorkbook: InputFolder.workbooks.contains(ext), identity: FileIdentity(info)))
        }
    }

    static var submissionExtensions: Set<String> { readable.union(workbooks).union(spreadsheets) }

    mutating func skip(_ path: String, _ rule: Rule) {
        diagnostics.append(Diagnostic(rule, file: path))
        skipped.append(path)
    }

    /// The size of the files read, which decides how the workbook is held.
    public var totalBytes: Int { files.reduce(0) { $0 + $1.size } }

    /// The local calendar day and the exact time of a modification date.
    static func fileDate(_ date: Date) -> SubmissionSet.FileDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
        return SubmissionSet.FileDate(day: day, seconds: date.timeIntervalSince1970)
    }
}

public enum InputFolderError: Error, CustomStringConvertible {
    case missing(String)
    /// Reading failed part way (the system's error number).
    case unreadable(String, errno: Int32)
    public var description: String {
        switch self {
        case .missing(let path): "Không tìm thấy thư mục đầu vào «\(path)»."
        case .unreadable(let path, let code): "Không đọc được tệp «\(path)»: \(SystemWords.reason(errno: code))."
        }
    }
}

/// What a file's metadata says of its content, as make and rsync take it:
/// the same file (device, inode), size and times of change mean the same bytes.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int
    /// Modification and status-change times, in nanoseconds.
    let modified: Int
    let changed: Int

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        changed = info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec
    }

    /// The file's identity now, through links; nil when it is gone.
    static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        return stat(path, &info) == 0 ? FileIdentity(info) : nil
    }
}

/// A file's bytes, read in 1 MiB chunks straight into each chunk's array.
public struct FileByteSource: ByteSource {
    private let handle: FileHandle
    private let path: String
    /// Bytes still to hand out: a file found in the inputs is read only as
    /// long as it was when found, so both passes read the same bytes. A size
    /// of 0 is not a limit: the system's own files (under /proc) say 0 and
    /// hold more, and a file that grows from empty is caught as changed.
    private var remaining: Int
    static let chunkSize = 1 << 20

    public init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        path = url.path
        remaining = .max
    }

    init(_ file: InputFolder.File) throws {
        try self.init(url: file.url)
        remaining = file.size > 0 ? file.size : .max
    }

    public mutating func nextChunk() throws -> [UInt8]? {
        let descriptor = handle.fileDescriptor
        var failure: Int32 = 0
        let wanted = min(Self.chunkSize, remaining)
        let chunk = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        if failure != 0 { throw InputFolderError.unreadable(path, errno: failure) }
        remaining -= chunk.count
        guard !chunk.isEmpty else {
            try? handle.close()
            return nil
        }
        return chunk
    }
}
