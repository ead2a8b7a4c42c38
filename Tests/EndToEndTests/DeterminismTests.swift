import Foundation
import ReportApp
import TestSupport
import Testing

/// The same inputs give the same bytes, whatever order the files are found in.
@Suite struct DeterminismTests {
    /// Copies the examples file by file in the given order, so the directory
    /// lists them in a different order.
    func copyExamples(reversed: Bool) throws -> URL {
        let root = try makeTemporaryDirectory("inputs")
        let manager = FileManager.default
        var files: [String] = []
        let enumerator = manager.enumerator(atPath: shippedExamples.path)!
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: shippedExamples.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        files.sort()
        if reversed { files.reverse() }
        for file in files {
            let target = root.appendingPathComponent("_vi-du").appendingPathComponent(file)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: shippedExamples.appendingPathComponent(file), to: target)
        }
        return root
    }

    @Test func identicalInputsGiveIdenticalWorkbooks() throws {
        let first = try runReport(inputs: copyExamples(reversed: false)).0
        Thread.sleep(forTimeInterval: 1.1)
        let second = try runReport(inputs: copyExamples(reversed: true)).0
        let a = try Data(contentsOf: first.workbook!)
        let b = try Data(contentsOf: second.workbook!)
        #expect(a.count > 10_000)
        #expect(a == b)
        let feedbackA = try Data(contentsOf: first.feedbackFolder!.appendingPathComponent("QLDT.csv"))
        let feedbackB = try Data(contentsOf: second.feedbackFolder!.appendingPathComponent("QLDT.csv"))
        #expect(feedbackA == feedbackB)
    }
}
