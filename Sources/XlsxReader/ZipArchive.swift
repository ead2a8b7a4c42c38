import CXlsxReader

/// A zip archive read with minizip (`unzOpen64` …): its entries by name, and
/// one entry at a time inflated as a stream. Part names are archive entries
/// only, never paths on disk.
final class ZipArchive {
    struct Entry {
        /// The name as stored in the archive.
        let name: String
        let compressedSize: UInt64
        let uncompressedSize: UInt64
        let position: unz64_file_pos
        let isEncrypted: Bool
    }

    /// How much a part may inflate to, and how far past its compressed size:
    /// real sheets compress five to fifty times, a zip bomb a thousand.
    struct Limits: Sendable {
        var partBytes: UInt64 = 4 << 30
        var ratio: UInt64 = 250
        var slack: UInt64 = 16 << 20

        func allows(_ inflated: UInt64, compressed: UInt64) -> Bool {
            inflated <= partBytes && inflated <= compressed &* ratio &+ slack
        }
    }

    let file: String
    let limits: Limits
    private let handle: unzFile
    /// Entries by lower-cased name: OPC part names ignore case.
    private(set) var entries: [String: Entry] = [:]

    /// Opens the archive and reads its directory (`unzOpen64`, `unzGoToFirstFile`, `unzGetCurrentFileInfo64`).
    init(path: String, file: String, limits: Limits = Limits()) throws(XlsxReadError) {
        self.file = file
        self.limits = limits
        guard let handle = unzOpen64(path) else { throw XlsxReadError(.notZip, file: file) }
        // From here every property is set: a throw below runs `deinit`, which
        // closes the handle (closing it here too was a double free, found by
        // the workbook fuzz target).
        self.handle = handle
        var status = unzGoToFirstFile(handle)
        var count = 0
        while status == UNZ_OK {
            count += 1
            guard count <= 100_000 else {
                throw XlsxReadError(.limit("more than 100,000 parts"), file: file)
            }
            var info = unz_file_info64()
            var name = [CChar](repeating: 0, count: 1024)
            guard unzGetCurrentFileInfo64(handle, &info, &name, UInt(name.count - 1), nil, 0, nil, 0) == UNZ_OK else {
                throw XlsxReadError(.notZip, file: file)
            }
            var position = unz64_file_pos()
            unzGetFilePos64(handle, &position)
            let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            entries[text.lowercased()] = Entry(
                name: text, compressedSize: info.compressed_size, uncompressedSize: info.uncompressed_size,
                position: position, isEncrypted: info.flag & 1 != 0)
            status = unzGoToNextFile(handle)
        }
        guard status == UNZ_END_OF_LIST_OF_FILE else {
            throw XlsxReadError(.notZip, file: file)
        }
    }

    deinit { unzClose(handle) }

    func entry(_ name: String) -> Entry? { entries[name.lowercased()] }

    /// Opens one entry to be inflated piece by piece (`unzOpenCurrentFile`).
    /// One entry of an archive is open at a time.
    func open(_ name: String) throws(XlsxReadError) -> ZipEntryStream {
        guard let entry = entry(name) else { throw XlsxReadError(.missingPart(name), file: file) }
        guard !entry.isEncrypted else { throw XlsxReadError(.unsupportedEntry(name), file: file) }
        guard limits.allows(entry.uncompressedSize, compressed: entry.compressedSize) else {
            throw XlsxReadError(.partTooLarge(name, limit: Int(clamping: limits.partBytes)), file: file)
        }
        var position = entry.position
        guard unzGoToFilePos64(handle, &position) == UNZ_OK, unzOpenCurrentFile(handle) == UNZ_OK else {
            throw XlsxReadError(.unsupportedEntry(name), file: file)
        }
        return ZipEntryStream(archive: self, entry: entry)
    }

    /// Inflates one entry, calling `body` with each piece of its bytes.
    func read(_ name: String, _ body: (UnsafeRawBufferPointer) throws(XlsxReadError) -> Void) throws(XlsxReadError) {
        let stream = try open(name)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        do throws(XlsxReadError) {
            while true {
                let got = try stream.read(into: buffer)
                if got == 0 { break }
                try body(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
            }
        } catch {
            stream.abandon()
            throw error
        }
        try stream.close()
    }

    fileprivate var rawHandle: unzFile { handle }

    /// A whole (small) part as bytes.
    func bytes(_ name: String, limit: Int = 64 << 20) throws(XlsxReadError) -> [UInt8] {
        var result: [UInt8] = []
        try read(name) { (piece) throws(XlsxReadError) in
            guard result.count + piece.count <= limit else {
                throw XlsxReadError(.partTooLarge(name, limit: limit), file: file)
            }
            result.append(contentsOf: piece)
        }
        return result
    }
}

/// One entry of a zip archive being inflated: bytes are counted as they come
/// (headers can lie about sizes), and closing checks the checksum.
final class ZipEntryStream {
    let archive: ZipArchive
    let entry: ZipArchive.Entry
    private(set) var inflated: UInt64 = 0
    private var open = true
    /// The error that stopped the stream, for a reader that pulled through a C callback.
    private(set) var failure: XlsxReadError?

    fileprivate init(archive: ZipArchive, entry: ZipArchive.Entry) {
        self.archive = archive
        self.entry = entry
    }

    deinit { abandon() }

    /// Inflates into `buffer` (`unzReadCurrentFile`); 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XlsxReadError) -> Int {
        guard open else { return 0 }
        let got = unzReadCurrentFile(archive.rawHandle, buffer.baseAddress, UInt32(clamping: buffer.count))
        guard got >= 0 else { return try fail(.corrupt(entry.name)) }
        inflated += UInt64(got)
        guard archive.limits.allows(inflated, compressed: entry.compressedSize) else {
            return try fail(.partTooLarge(entry.name, limit: Int(clamping: archive.limits.partBytes)))
        }
        return Int(got)
    }

    private func fail(_ kind: XlsxReadError.Kind) throws(XlsxReadError) -> Int {
        let error = XlsxReadError(kind, file: archive.file)
        failure = error
        abandon()
        throw error
    }

    /// Ends a whole read: the checksum and the length must match (`unzCloseCurrentFile`).
    func close() throws(XlsxReadError) {
        guard open else {
            if let failure { throw failure }
            return
        }
        open = false
        guard unzCloseCurrentFile(archive.rawHandle) == UNZ_OK, inflated == entry.uncompressedSize else {
            throw XlsxReadError(.corrupt(entry.name), file: archive.file)
        }
    }

    /// Stops part way, as after an error.
    func abandon() {
        guard open else { return }
        open = false
        unzCloseCurrentFile(archive.rawHandle)
    }
}
