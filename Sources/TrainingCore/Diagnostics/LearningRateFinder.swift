/// The result of a learning-rate range test.
public struct LearningRateFinderReport: Sendable, Hashable {
    /// The learning rate of each step, increasing geometrically.
    public var learningRates: [Double]
    /// The mini-batch loss of each step.
    public var losses: [Double]
    /// The exponentially smoothed, bias-corrected loss of each step.
    public var smoothedLosses: [Double]
    /// The learning rate where the smoothed loss was lowest.
    public var minimumLossRate: Double
    /// The learning rate where the smoothed loss fell fastest (per decade of rate), at or
    /// before the minimum.
    public var steepestDescentRate: Double
    /// The suggestion: ``steepestDescentRate`` / 10, the rule the course teaches (one decade
    /// below the point where the loss falls fastest).
    public var suggestedLearningRate: Double
    /// True when the sweep stopped because the loss diverged (before reaching the end rate).
    public var stoppedAtDivergence: Bool
}

/// Leslie Smith's learning-rate range test: train from a very small to a very large learning
/// rate, growing it geometrically each step, and watch the loss.
///
/// The smoothed loss is aᵗ = β·aᵗ⁻¹ + (1 − β)·lossᵗ, divided by (1 − βᵗ). The sweep stops
/// when the smoothed loss exceeds `divergenceFactor` × its minimum (after 5 steps) or the loss
/// is not finite. The steepest descent is the most negative slope of the smoothed loss against
/// log₁₀(rate), each slope taken over ±`slopeSpan` steps (a fifth of a decade by default) so
/// that one noisy step does not win.
public enum LearningRateFinder {
    /// Runs the test on a copy of `network` with `configuration`'s loss, optimizer and batch
    /// size (its schedule is replaced by the sweep). Throws when the data do not fit.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func run<S: TrainingScalar>(
        network: Network<S>, data: Dataset, configuration: TrainingConfiguration,
        start: Double = 1e-6, end: Double = 10, steps: Int = 100,
        smoothing: Double = 0.9, divergenceFactor: Double = 4, slopeSpan: Int = 3
    ) throws -> LearningRateFinderReport {
        guard start > 0, end > start, steps >= 2 else {
            throw TrainingCoreError.invalidConfiguration("the sweep needs 0 < start < end and at least 2 steps")
        }
        var config = configuration
        config.schedule = .exponential(start: start, end: end, steps: steps)
        config.validationInterval = 0
        config.earlyStopping = nil
        var trainer = try Trainer(network: network, training: data, configuration: config)
        var rates: [Double] = [], losses: [Double] = [], smoothed: [Double] = []
        var average = 0.0
        var power = 1.0
        var best = Double.infinity
        var bestRate = start
        var diverged = false
        for t in 0..<steps {
            trainer.run(steps: 1)
            guard let loss = trainer.history.trainLoss.last, let lr = trainer.history.learningRate.last else { break }
            rates.append(lr)
            losses.append(loss)
            if !loss.isFinite {
                smoothed.append(.nan)
                diverged = true
                break
            }
            average = smoothing * average + (1 - smoothing) * loss
            power *= smoothing
            let value = average / (1 - power)
            smoothed.append(value)
            if value < best {
                best = value
                bestRate = lr
            }
            if t >= 5 && value > divergenceFactor * best {
                diverged = true
                break
            }
            if !trainer.status.isRunning { diverged = true; break }
        }
        let warmUp = Int((1 / (1 - smoothing)).rounded())
        let steepest = steepestDescentRate(rates: rates, smoothed: smoothed, through: bestRate, span: slopeSpan,
                                           skipping: warmUp)
        return LearningRateFinderReport(learningRates: rates, losses: losses, smoothedLosses: smoothed,
                                        minimumLossRate: bestRate, steepestDescentRate: steepest,
                                        suggestedLearningRate: steepest / 10, stoppedAtDivergence: diverged)
    }

    /// The rate of the most negative slope d(smoothed loss)/d(log₁₀ rate) up to the step of
    /// `minimumRate`, each slope a central difference over ±`span` steps (clipped at the ends);
    /// `minimumRate` itself when there are too few steps to measure a slope. The first `skipped`
    /// steps are left out (while the smoothing average is young, one noisy batch moves it a lot,
    /// and the sweep's first rates are far too small to train), unless nothing else is left.
    static func steepestDescentRate(rates: [Double], smoothed: [Double], through minimumRate: Double,
                                    span: Int, skipping skipped: Int = 0) -> Double {
        guard let last = rates.firstIndex(of: minimumRate), last >= 1 else { return minimumRate }
        let first = skipped + 1 <= last ? skipped : 0
        var best = minimumRate
        var steepest = 0.0
        for i in first...last {
            let lo = max(first, i - span), hi = min(last, i + span)
            guard hi > lo, smoothed[lo].isFinite, smoothed[hi].isFinite else { continue }
            let run = DeterministicMath.log(rates[hi] / rates[lo]) / DeterministicMath.log(10)
            let slope = (smoothed[hi] - smoothed[lo]) / run
            if slope < steepest {
                steepest = slope
                best = rates[i]
            }
        }
        return best
    }
}
