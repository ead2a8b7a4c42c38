import Foundation

/// OLE compound files (MS-CFB), told apart by the names in their directory:
/// Excel saves a password-protected workbook as one holding `EncryptionInfo`
/// and `EncryptedPackage`; an Excel 97–2003 workbook holds `Workbook` (or
/// `Book`). Only the header, the first FAT sectors and the directory are read.
enum CompoundFile {
    enum Kind: Equatable {
        case encryptedPackage
        case legacyWorkbook
        case other
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The compound file's kind, or nil when the file is not one.
    static func kind(path: String) -> Kind? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 512), Array(header.prefix(8)) == signature,
            header.count == 512
        else { return nil }
        let bytes = [UInt8](header)
        let names = directoryNames(header: bytes) { offset, count in
            guard (try? handle.seek(toOffset: offset)) != nil, let data = try? handle.read(upToCount: count),
                data.count == count
            else { return nil }
            return [UInt8](data)
        }
        if names.contains("EncryptionInfo") && names.contains("EncryptedPackage") { return .encryptedPackage }
        if names.contains("Workbook") || names.contains("Book") { return .legacyWorkbook }
        return .other
    }

    /// The stream and storage names of the directory, following its sector
    /// chain through the FAT; a damaged chain ends the walk.
    static func directoryNames(header: [UInt8], read: (UInt64, Int) -> [UInt8]?) -> Set<String> {
        let shift = Int(uint16(header, 0x1E))
        guard shift == 9 || shift == 12 else { return [] }
        let sectorSize = 1 << shift
        func offset(_ sector: UInt32) -> UInt64 { UInt64(sector + 1) << UInt64(shift) }
        // The FAT sectors the header lists (the first 109; directories of small files fit in them).
        let fatSectors = (0..<109).map { uint32(header, 0x4C + $0 * 4) }.filter { $0 < 0xFFFF_FFFA }
        var fat: [UInt32] = []
        for sector in fatSectors.prefix(16) {
            guard let bytes = read(offset(sector), sectorSize) else { break }
            fat += (0..<(sectorSize / 4)).map { uint32(bytes, $0 * 4) }
        }
        var names = Set<String>()
        var sector = uint32(header, 0x30)
        var visited = Set<UInt32>()
        while sector < 0xFFFF_FFFA, visited.insert(sector).inserted, visited.count <= 64 {
            guard let bytes = read(offset(sector), sectorSize) else { break }
            for entry in stride(from: 0, to: sectorSize, by: 128) {
                let length = Int(uint16(bytes, entry + 0x40))
                guard length >= 2, length <= 64 else { continue }
                let units = (0..<(length / 2 - 1)).map {
                    UInt16(bytes[entry + $0 * 2]) | UInt16(bytes[entry + $0 * 2 + 1]) << 8
                }
                names.insert(String(decoding: units, as: UTF16.self))
            }
            guard Int(sector) < fat.count else { break }
            sector = fat[Int(sector)]
        }
        return names
    }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        at + 1 < bytes.count ? UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 : 0
    }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        at + 3 < bytes.count ? (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) } : 0
    }
}
