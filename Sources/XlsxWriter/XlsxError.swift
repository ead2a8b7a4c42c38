import CXlsxWriter

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
    }

    public let kind: Kind
    /// What the bridge was doing, e.g. `worksheet_write_number(Sheet1!B3)`.
    public let operation: String

    public init(_ kind: Kind, operation: String) {
        self.kind = kind
        self.operation = operation
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
        }
    }
}

/// Turns a libxlsxwriter status into a thrown error; `LXW_NO_ERROR` passes.
@inline(__always)
func check(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
    guard status != LXW_NO_ERROR else { return }
    let message = lxw_strerror(status).map { String(cString: $0) } ?? "unknown"
    throw XlsxError(.library(code: Int32(bitPattern: status.rawValue), message: message), operation: operation())
}
