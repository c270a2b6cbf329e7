import Dispatch

/// Independent jobs (trainings of different configurations) run on all cores, each writing
/// its own slot, and returned in job order, so the result does not depend on scheduling.
enum ParallelRuns {
    /// `[job(0), job(1), …, job(count − 1)]`, computed concurrently.
    static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<max(0, count)).map(job) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, job(index))
        }
        return slots.values()
    }

    /// One slot per job in raw memory (no exclusivity checks across threads); each index is
    /// written by exactly one job, and read only after all jobs have finished.
    private final class Slots<T>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<T?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
        func set(_ index: Int, _ value: T) { storage[index] = value }
        func values() -> [T] { storage.compactMap { $0 } }
    }
}
