/// The learning rate as a function of the step number (0-based: step 0 is the first update).
///
/// Pure and deterministic (cosine and powers use ``DeterministicMath``).
public enum LearningRateSchedule: Sendable, Hashable {
    /// The same rate at every step.
    case constant(Double)
    /// `initial` × `factor`^⌊step / every⌋ (e.g. halve every 500 steps).
    case step(initial: Double, factor: Double, every: Int)
    /// Linear warm-up from 0 to `peak` over `warmupSteps`, then cosine decay to `floor` at
    /// `totalSteps` (and `floor` after it).
    case warmupCosine(peak: Double, warmupSteps: Int, totalSteps: Int, floor: Double)
    /// Geometric sweep from `start` at step 0 to `end` at step `steps − 1` (the range test's
    /// schedule); continues geometrically past it.
    case exponential(start: Double, end: Double, steps: Int)

    /// The learning rate at `step`.
    public func rate(at step: Int) -> Double {
        switch self {
        case .constant(let lr):
            return lr
        case .step(let initial, let factor, let every):
            let k = every > 0 ? step / every : 0
            var lr = initial
            for _ in 0..<max(0, k) { lr *= factor }
            return lr
        case .warmupCosine(let peak, let warmup, let total, let floor):
            if step < warmup {
                return peak * Double(step + 1) / Double(warmup)
            }
            let span = max(1, total - warmup)
            let t = min(1, Double(step - warmup) / Double(span))
            return floor + (peak - floor) * 0.5 * (1 + DeterministicMath.cos(DeterministicMath.pi * t))
        case .exponential(let start, let end, let steps):
            let t = steps > 1 ? Double(step) / Double(steps - 1) : 0
            return start * DeterministicMath.exp(t * DeterministicMath.log(end / start))
        }
    }
}
