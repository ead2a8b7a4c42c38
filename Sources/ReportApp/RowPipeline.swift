import Foundation
import ReportCore

/// Both cores at work: one thread reads and validates the files and
/// consolidates their rows, handing them on in batches through a bounded
/// queue; the caller's thread writes them into the workbook as they come. The
/// rows arrive in the order they were read, so the workbook is byte for byte
/// what one thread would write, and memory holds at most `capacity` batches.
final class RowQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[ConsolidatedRow]] = []
    private var finished = false
    private var cancelled = false
    let capacity: Int

    init(capacity: Int = 8) { self.capacity = capacity }

    /// Hands a batch on, waiting while the queue is full; false once the writer has given up.
    func push(_ batch: [ConsolidatedRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for one; nil when the reader has finished and all are taken.
    func pop() -> [ConsolidatedRow]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The reader is done (all rows pushed, or it failed).
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The writer is done early (it failed): the reader stops at its next push.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Work on a thread of its own (the reader's, a second surveyor's) and its
/// result, handed between threads whole: the thread that made it no longer
/// touches it once `done` is signalled.
final class ThreadTask<Value>: @unchecked Sendable {
    let work: () throws -> Value
    var result: Result<Value, Error>?
    let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> Value) { self.work = work }

    func start() {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        // Deep enough for the plan and the files' readers; the default secondary stack is small.
        thread.stackSize = 8 << 20
        thread.start()
    }

    func wait() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
