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
    /// Extensions read as submissions: Excel saves "CSV" as .csv and "Unicode text" as .txt.
    static let readable: Set<String> = ["csv", "txt", "tsv"]
    static let spreadsheets: Set<String> = ["xlsx", "xlsm", "xls", "ods"]

    public struct File: Sendable {
        /// Path relative to the inputs folder, NFC, `/`-separated.
        public let path: String
        public let url: URL
        public let size: Int
        public let modified: SubmissionSet.FileDate
    }

    public let root: URL
    public private(set) var files: [File] = []
    /// Files listed and not read: other formats, lock files.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Whether the files read are the shipped examples.
    public private(set) var isExample = false

    public init(root: URL) throws {
        self.root = root
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFolderError.missing(root.path)
        }
        let rootInExamples = root.standardizedFileURL.pathComponents.contains(Self.examplesFolder)
        var real: [File] = []
        var examples: [File] = []
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey, .isHiddenKey]
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: keys) else {
            throw InputFolderError.missing(root.path)
        }
        let rootComponents = root.standardizedFileURL.resolvingSymlinksInPath().pathComponents.count
        for case let url as URL in enumerator {
            let values = try url.resourceValues(forKeys: Set(keys))
            guard values.isRegularFile == true else { continue }
            let components = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
            let relative = components.dropFirst(rootComponents).joined(separator: "/").nfc
            let name = url.lastPathComponent
            if name == ".gitkeep" || name == ".gitattributes" || name == ".DS_Store" || name == "Thumbs.db"
                || name == "desktop.ini"
            {
                continue
            }
            let ext = url.pathExtension.lowercased()
            if name.hasPrefix("~$") || name.hasPrefix(".~lock") {
                diagnostics.append(
                    Diagnostic(.fileSkipped("tệp khóa tạm của Excel/LibreOffice (đang mở tệp khác)"), file: relative))
                continue
            }
            if name.hasPrefix(".") {
                diagnostics.append(Diagnostic(.fileSkipped("tệp ẩn"), file: relative))
                continue
            }
            if Self.spreadsheets.contains(ext) {
                diagnostics.append(Diagnostic(ext == "xls" ? .fileOldOffice : .fileZip, file: relative))
                continue
            }
            guard Self.readable.contains(ext) else {
                diagnostics.append(
                    Diagnostic(.fileSkipped("không phải tệp CSV (.\(ext.isEmpty ? "?" : ext))"), file: relative))
                continue
            }
            let modified = values.contentModificationDate ?? Date(timeIntervalSince1970: 0)
            let file = File(path: relative, url: url, size: values.fileSize ?? 0, modified: Self.fileDate(modified))
            if !rootInExamples && relative.split(separator: "/").contains(Substring(Self.examplesFolder)) {
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
            }
        }
        files.sort { $0.path < $1.path }
        diagnostics.sort(by: Diagnostic.byPlace)
    }

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
    case unreadable(String, reason: String)
    public var description: String {
        switch self {
        case .missing(let path): "Không tìm thấy thư mục đầu vào «\(path)»."
        case .unreadable(let path, let reason): "Không đọc được tệp «\(path)»: \(reason)."
        }
    }
}

/// A file's bytes, read in 1 MiB chunks straight into each chunk's array.
public struct FileByteSource: ByteSource {
    private let handle: FileHandle
    private let path: String
    static let chunkSize = 1 << 20

    public init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        path = url.path
    }

    public mutating func nextChunk() throws -> [UInt8]? {
        let descriptor = handle.fileDescriptor
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { buffer, count in
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
        if failure != 0 { throw InputFolderError.unreadable(path, reason: String(cString: strerror(failure))) }
        guard !chunk.isEmpty else {
            try? handle.close()
            return nil
        }
        return chunk
    }
}
