import Dispatch

/// Runs independent trainings on every core (two on the course machine) and returns their
/// results in index order.
///
/// Each job writes only its own slot and the results are read back in a fixed order, so the
/// output is the same whatever the thread timing (DESIGN.md: threads only across independent
/// configurations, never inside one training step).
enum ParallelTrainings {
    /// `job(0)`, …, `job(count − 1)`, computed concurrently, in index order.
    static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [job(0)] : [] }
        let slots = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.put(job(index), at: index)
        }
        return slots.collected()
    }
}

/// Storage with one slot per job; each slot is written by exactly one thread.
private final class ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func put(_ value: T, at index: Int) { buffer[index] = value }

    /// Every slot's value in order (all were written before `concurrentPerform` returned).
    func collected() -> [T] { buffer.compactMap { $0 } }
}
