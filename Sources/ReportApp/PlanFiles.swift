import Foundation
import ReportCore

/// A plan file on disk: read as UTF-8 text and parsed, its problem told as a
/// diagnostic (`plan-unreadable`, or `plan-invalid` at its line and column).
public enum PlanFiles {
    public struct Problem: Error, CustomStringConvertible {
        public let diagnostic: Diagnostic
        public var description: String { diagnostic.description }
    }

    public static func load(_ path: String) throws(Problem) -> Plan {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Problem(diagnostic: Diagnostic(.planUnreadable(reason: SystemWords.reason(error)), file: path))
        }
        do {
            return try PlanFile.parse(text, file: path)
        } catch {
            throw Problem(diagnostic: error.diagnostic)
        }
    }
}
