import Foundation
import Yams

/// Walks the YAML tree, turning each wrong value into a `PlanFileError` at its place.
struct PlanNodeReader {
    let file: String

    func fail(_ node: Node?, _ message: String) -> PlanFileError {
        PlanFileError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
    }

    /// The mapping's entries, refusing keys outside `allowed`.
    func mapping(_ node: Node, _ what: String, allowed: [String]) throws(PlanFileError) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw fail(node, "\(what) phải là một nhóm các mục dạng \"tên: giá trị\".")
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard allowed.contains(key) else {
                let suggestion = TextKey.closest(to: key, among: allowed).map { " Có phải là \"\($0)\"?" } ?? ""
                throw fail(
                    keyNode,
                    "Mục \"\(key)\" không dùng được trong \(what).\(suggestion) Các mục hợp lệ: \(allowed.joined(separator: ", "))."
                )
            }
            guard result[key] == nil else { throw fail(keyNode, "Mục \"\(key)\" bị ghi hai lần trong \(what).") }
            result[key] = value
        }
        return result
    }

    func required(_ fields: [String: Node], _ key: String, in parent: Node, _ what: String) throws(PlanFileError)
        -> Node
    {
        guard let node = fields[key] else { throw fail(parent, "\(what) thiếu mục \"\(key)\".") }
        return node
    }

    func text(_ node: Node, _ what: String) throws(PlanFileError) -> String {
        guard let scalar = node.scalar else {
            throw fail(node, "\(what) phải là một giá trị, không phải danh sách hay nhóm.")
        }
        let value = scalar.string.trimmingCharacters(in: .whitespaces).nfc
        guard !value.isEmpty else { throw fail(node, "\(what) đang để trống.") }
        return value
    }

    func texts(_ node: Node?, _ what: String) throws(PlanFileError) -> [String] {
        guard let node else { return [] }
        guard let sequence = node.sequence else { throw fail(node, "\(what) phải là danh sách, ví dụ [A, B].") }
        var result: [String] = []
        for item in sequence { result.append(try text(item, what)) }
        return result
    }

    func day(_ node: Node, _ what: String) throws(PlanFileError) -> Day {
        let value = try text(node, what)
        guard let day = DateReading.parseDay(value) else {
            throw fail(node, "\(what) \"\(value)\" không phải ngày hợp lệ. Viết dạng dd/mm/yyyy, ví dụ 30/06/2023.")
        }
        return day
    }

    func number(_ node: Node, _ what: String) throws(PlanFileError) -> Double {
        let value = try text(node, what)
        guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
            throw fail(node, "\(what) \"\(value)\" phải là một số, ví dụ 2000 hoặc 99,5.")
        }
        return number
    }

    func integer(_ node: Node, _ what: String, range: ClosedRange<Int>) throws(PlanFileError) -> Int {
        let value = try text(node, what)
        guard let number = Int(value), range.contains(number) else {
            throw fail(node, "\(what) \"\(value)\" phải là số nguyên từ \(range.lowerBound) đến \(range.upperBound).")
        }
        return number
    }

    func sequence(_ node: Node?, _ what: String, in parent: Node) throws(PlanFileError) -> [Node] {
        guard let node else { throw fail(parent, "Thiếu danh sách \"\(what)\".") }
        guard let items = node.sequence else {
            throw fail(node, "\"\(what)\" phải là danh sách các phần tử bắt đầu bằng \"- \".")
        }
        return Array(items)
    }

    func choice<T: RawRepresentable>(_ node: Node, _ what: String, as: T.Type, options: [T]) throws(PlanFileError) -> T
    where T.RawValue == String {
        let value = try text(node, what)
        guard let choice = T(rawValue: value) else {
            throw fail(
                node,
                "\(what) \"\(value)\" không hợp lệ. Chọn một trong: \(options.map(\.rawValue).joined(separator: ", "))."
            )
        }
        return choice
    }
}
