import Foundation
import XlsxWriter

/// Why the operating system refused, in Vietnamese: the reason a diagnostic
/// names when a file cannot be read or written. Foundation's own words
/// ("Error Domain=NSCocoaErrorDomain Code=512…") say nothing to an office worker.
public enum SystemWords {
    public static func reason(_ error: Error) -> String {
        if case InputFolderError.unreadable(_, let code) = error { return reason(errno: code) }
        if let written = error as? XlsxError {
            if case .incompletePart(let part) = written.kind {
                let folder = Workbook.Options.environmentTemporaryDirectory ?? "/tmp"
                return
                    "phần \(part) của bảng bị ghi thiếu, thường vì ổ đĩa chứa tệp tạm (\(folder)) hoặc thư mục đầu ra hết chỗ trống; bảng cũ (nếu có) vẫn được giữ nguyên"
            }
            if let code = written.systemError { return reason(errno: code) }
        }
        if let code = posixCode(error) { return reason(errno: code) }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain
            && [NSFileReadInapplicableStringEncodingError, NSFileReadCorruptFileError].contains(nsError.code)
        {
            return "tệp không phải văn bản UTF-8"
        }
        // Our own errors describe themselves; on Linux every error converts to CustomStringConvertible.
        if nsError.domain != NSCocoaErrorDomain && nsError.domain != NSPOSIXErrorDomain {
            return String(describing: error)
        }
        let text = nsError.localizedDescription
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    public static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: "không có thư mục hoặc tệp này"
        case ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục"
        case EISDIR: "đây là thư mục, không phải tệp"
        case EACCES, EPERM: "không có quyền đọc hoặc ghi"
        case ENOSPC, EDQUOT: "ổ đĩa hết chỗ trống"
        case EROFS: "ổ đĩa chỉ cho đọc"
        case ELOOP: "liên kết trỏ vòng quanh"
        case ENAMETOOLONG: "tên tệp quá dài"
        case EEXIST: "đã có tệp cùng tên"
        case EIO: "lỗi đọc ghi của ổ đĩa"
        default: String(cString: strerror(code))
        }
    }

    /// The POSIX error behind a Foundation error, however deep.
    static func posixCode(_ error: Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        var current: NSError? = error as NSError
        while let found = current {
            if found.domain == NSPOSIXErrorDomain { return Int32(found.code) }
            if found.domain == NSCocoaErrorDomain {
                switch found.code {
                case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
                case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return EACCES
                case NSFileWriteOutOfSpaceError: return ENOSPC
                case NSFileWriteVolumeReadOnlyError: return EROFS
                default: break
                }
            }
            let underlying = found.userInfo[NSUnderlyingErrorKey]
            if let posix = underlying as? POSIXError { return posix.code.rawValue }
            current = underlying as? NSError
        }
        return nil
    }
}
