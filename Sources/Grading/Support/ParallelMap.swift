import Dispatch
import Foundation

/// Maps over independent items on every core, each result written to its own slot, so the
/// output is in input order and identical to a sequential map whatever the scheduling.
enum ParallelMap {
    /// `transform(0..<count)`, computed in contiguous chunks across the available cores.
    static func map<T: Sendable>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / 64))
        if workers == 1 { return (0..<count).map(transform) }
        let slots = Slots<T>(count: count)
        let chunk = (count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = worker * chunk
            let end = min(count, start + chunk)
            guard start < end else { return }
            for index in start..<end { slots.set(index, transform(index)) }
        }
        return slots.values()
    }

    /// One slot per item; each index is written by exactly one worker.
    private final class Slots<T>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: T) {
            buffer[index] = value
        }

        func values() -> [T] {
            buffer.compactMap { $0 }
        }
    }
}
