import Foundation

/// Wall-clock measurement for `lesson bench` (monotonic clock, microseconds).
enum Stopwatch {
    /// Microseconds `body` takes, once.
    static func microseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }

    /// Runs `body` `count` times and returns each run's microseconds.
    static func samples(_ count: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try (0..<count).map { _ in try microseconds(body) }
    }
}

/// One workload's figures, as `lesson bench --format json` reports them.
struct BenchResult {
    var name: String
    var unit: String
    var median: Double
    var p99: Double
    /// The budget in `unit`, when there is one (nil: unknown, e.g. no NumPy to compare with).
    var budget: Double?
    var note: String = ""

    init(name: String, unit: String, samples: [Double], budget: Double?, note: String = "") {
        let sorted = samples.sorted()
        self.name = name
        self.unit = unit
        median = sorted.isEmpty ? .nan : sorted[sorted.count / 2]
        p99 = sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        self.budget = budget
        self.note = note
    }

    /// Whether the median (or p99 for per-frame workloads) is within budget.
    var withinBudget: Bool? {
        guard let budget else { return nil }
        return (name.contains("p99") ? p99 : median) <= budget
    }
}

/// Peak resident memory of this process so far, in MiB (getrusage's ru_maxrss is KiB on Linux).
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
