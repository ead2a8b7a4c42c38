import Foundation

/// The outputs folder as runs share it. Every file a run writes goes first to
/// a hidden temporary name beside its target (`.name.PID.tmp`) and is moved
/// over the target in one step, so a run killed at any moment leaves at each
/// target either the previous output or the new one, whole. One `report` at a
/// time publishes into a folder: a second run waits for the first to finish
/// (an advisory lock on `.khth.lock`, which the system releases when a
/// process dies, however it dies), so what is there afterwards is one run's
/// output. Holding the lock, a run removes what killed runs left behind.
struct OutputFolder {
    let url: URL
    private let lockDescriptor: Int32

    /// Takes the folder's lock, calling `waiting` once if another run holds
    /// it, then waiting for it; then removes killed runs' temporaries.
    init(_ url: URL, waiting: () -> Void) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let descriptor = open(url.appendingPathComponent(".khth.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
        lockDescriptor = descriptor
        removeLeftovers()
    }

    /// Lets the next run in.
    func release() {
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
    }

    /// The temporary name a file or folder is written under before it replaces `target`.
    static func temporary(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    }

    /// Whether a name is one of those temporaries (of any run).
    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 3 && !parts.last!.isEmpty && parts.last!.allSatisfy(\.isASCII)
            && parts.last!.allSatisfy(\.isNumber)
    }

    /// Removes the temporaries of runs that were killed: with the lock held, no
    /// other run of this folder is writing, so every one left is an orphan.
    private func removeLeftovers() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { return }
        for name in names where Self.isTemporary(name) {
            try? manager.removeItem(at: url.appendingPathComponent(name))
        }
    }

    /// Puts the folder `staged` in the place of `target` in one step: the two
    /// are exchanged (`renameat2` with `RENAME_EXCHANGE`), then the old one,
    /// now at the staged name, is removed. Where the system cannot exchange,
    /// the old folder is moved aside first (a kill between the two moves leaves
    /// no folder at `target`, and the next run removes the one moved aside).
    static func replaceFolder(_ target: URL, with staged: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            return try rename(staged, to: target)
        }
        if let exchange = Self.exchange, exchange(AT_FDCWD, staged.path, AT_FDCWD, target.path, 2) == 0 {
            try manager.removeItem(at: staged)
            return
        }
        let aside = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).old.\(getpid()).tmp")
        try rename(target, to: aside)
        try rename(staged, to: target)
        try manager.removeItem(at: aside)
    }

    /// Removes a folder in one step: moved to a temporary name, then removed.
    static func removeFolder(_ target: URL) throws {
        guard FileManager.default.fileExists(atPath: target.path) else { return }
        let aside = temporary(for: target)
        try rename(target, to: aside)
        try FileManager.default.removeItem(at: aside)
    }

    private static func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// glibc's `renameat2`, which Swift's Glibc module does not declare.
    private typealias Renameat2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32)
        -> Int32
    private static let exchange: Renameat2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
    }()
}
