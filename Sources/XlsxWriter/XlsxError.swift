import CXlsxWriter
import Foundation

/// An error from writing a workbook: either a non-zero `lxw_error` returned by
/// libxlsxwriter, or a value this bridge refused before it reached C.
public struct XlsxError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Kind: Equatable, Sendable {
        /// libxlsxwriter returned this `lxw_error` code.
        case library(code: Int32, message: String)
        /// A NaN or infinite number; libxlsxwriter would write `NAN`/`INF` and break the file.
        case nonFiniteNumber(Double)
        /// A sheet name Excel would not accept, with the reason.
        case invalidSheetName(String, reason: String)
        /// A string longer than a cell, a list validation or a header/footer may hold.
        case stringTooLong(length: Int, limit: Int)
        /// A row or column outside the worksheet's grid.
        case outOfGrid(row: Int, column: Int)
        /// Two merged ranges overlap; Excel would report the file as damaged.
        case overlappingMerge(String)
        /// A feature libxlsxwriter does not support in this workbook's mode.
        case notSupported(String)
        /// The workbook was already closed; its sheets can no longer be written.
        case closed
        /// The written file could not be moved into place.
        case cannotReplace(path: String, errno: Int32)
        /// A part of the written file stops short of its end: libxlsxwriter does
        /// not check its writes to temporary files, so a full disk truncates parts
        /// without an error (see `PackageCheck`).
        case incompletePart(String)
    }

    public let kind: Kind
    /// What the bridge was doing, e.g. `worksheet_write_number(Sheet1!B3)`.
    public let operation: String
    /// The operating system's error behind a failed file operation, when there is one.
    public let systemError: Int32?

    public init(_ kind: Kind, operation: String, systemError: Int32? = nil) {
        self.kind = kind
        self.operation = operation
        self.systemError = systemError
    }

    public var description: String {
        switch kind {
        case .library(let code, let message):
            return "\(operation) failed: libxlsxwriter error \(code): \(message)"
        case .nonFiniteNumber(let value):
            return "\(operation) refused: the number \(value) is not finite"
        case .invalidSheetName(let name, let reason):
            return "\(operation) refused: sheet name \"\(name)\" \(reason)"
        case .stringTooLong(let length, let limit):
            return "\(operation) refused: \(length) characters, the limit is \(limit)"
        case .outOfGrid(let row, let column):
            return "\(operation) refused: row \(row), column \(column) is outside the sheet"
        case .overlappingMerge(let range):
            return "\(operation) refused: \(range) overlaps an earlier merged range"
        case .notSupported(let what):
            return "\(operation) refused: \(what)"
        case .closed:
            return "\(operation) refused: the workbook is already closed"
        case .cannotReplace(let path, let errno):
            return "\(operation) failed: cannot move the workbook to \(path) (errno \(errno))"
        case .incompletePart(let part):
            return "\(operation) failed: the part \(part) was written short (a temporary file could not be written)"
        }
    }
}

/// Turns a libxlsxwriter status into a thrown error; `LXW_NO_ERROR` passes.
@inline(__always)
func check(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
    guard status != LXW_NO_ERROR else { return }
    let code = errno
    // The statuses of a failed file operation leave the system's reason in errno.
    let fileErrors = [
        LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE,
        LXW_ERROR_ZIP_FILE_OPERATION,
        LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR,
        LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE,
    ]
    let systemError = fileErrors.contains(status) && code != 0 ? code : nil
    let message = lxw_strerror(status).map { String(cString: $0) } ?? "unknown"
    throw XlsxError(
        .library(code: Int32(bitPattern: status.rawValue), message: message), operation: operation(),
        systemError: systemError)
}
