#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A second thread that takes half of each section of a training step (see
/// `Network.splitPasses`): ``run(_:)`` calls the section with half 0 here and half 1 there,
/// and returns when both are done.
///
/// The halves hand over through two atomic counters (release/acquire), and the helper spins
/// between sections, then yields, so a step pays no system call. It lives for one
/// `Trainer.run(steps:threads:)` call; ``stop()`` ends and joins it.
@available(macOS 15.0, *)
final class StepWorker: @unchecked Sendable {
    /// Bumped by the main thread to start a section; −1 asks the helper to exit.
    private let started = Atomic<Int>(0)
    /// The last section the helper finished.
    private let finished = Atomic<Int>(0)
    /// The section being run; written before `started` is bumped, read after it is seen.
    private var section: ((Int) -> Void)?
    private var thread: pthread_t?

    /// Starts the helper thread; nil when the system refuses a thread.
    init?() {
        #if canImport(Glibc)
        var handle = pthread_t()
        #else
        var handle: pthread_t?
        #endif
        let retained = Unmanaged.passRetained(self)
        let status = pthread_create(&handle, nil, { context in
            let worker = Unmanaged<StepWorker>.fromOpaque(context!).takeRetainedValue()
            worker.serve()
            return nil
        }, retained.toOpaque())
        guard status == 0 else {
            retained.release()
            return nil
        }
        thread = handle
    }

    /// Runs `body(0)` on this thread and `body(1)` on the helper; returns when both are done.
    func run(_ body: (Int) -> Void) {
        withoutActuallyEscaping(body) { section in
            self.section = section
            let ticket = started.load(ordering: .relaxed) + 1
            started.store(ticket, ordering: .releasing)
            section(0)
            var spins = 0
            while finished.load(ordering: .acquiring) != ticket {
                spins += 1
                if spins > 4096 { sched_yield() }
            }
            self.section = nil
        }
    }

    /// Ends the helper thread and waits for it.
    func stop() {
        started.store(-1, ordering: .releasing)
        if let thread { pthread_join(thread, nil) }
        thread = nil
    }

    /// The helper's loop: wait for a section, run half 1, report.
    private func serve() {
        var seen = 0
        while true {
            var ticket = started.load(ordering: .acquiring)
            var spins = 0
            while ticket == seen {
                spins += 1
                if spins > 4096 { sched_yield() }
                ticket = started.load(ordering: .acquiring)
            }
            if ticket < 0 { return }
            seen = ticket
            section?(1)
            finished.store(ticket, ordering: .releasing)
        }
    }
}
