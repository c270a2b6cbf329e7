import TrainingCore

/// The trials of a grid search and of a random search with the same budget.
///
/// - Grid: with `trials` = T, k = ⌊√T⌋ values per axis, log-spaced over the whole range with
///   its endpoints, all k × k combinations (T − k² trials of the budget stay unused, e.g. 8 of
///   24 give a 4 × 4 grid). It tests only k distinct learning rates.
/// - Random: T settings, each coordinate drawn log-uniformly over its range from the search
///   stream of the sampler seed; it tests T distinct learning rates (almost surely).
///
/// Each trial's loss is the landscape's real training at the nearest cell (in log scale), not a
/// new training at the exact values: a trial costs a look-up, so keys and repeats stay instant.
enum SearchPlan {
    /// Grid values per axis for a budget of `trials`.
    static func gridSide(trials: Int) -> Int {
        var k = 1
        while (k + 1) * (k + 1) <= trials { k += 1 }
        return k
    }

    static func grid(trials: Int, on landscape: HyperparameterLandscape) -> [SearchTrial] {
        let k = gridSide(trials: trials)
        let rates = landscape.plan.learningRateDecades.logSpaced(count: k)
        let decays = landscape.plan.weightDecayDecades.logSpaced(count: k)
        var out: [SearchTrial] = []
        for rate in rates {
            for decay in decays { out.append(landscape.trial(learningRate: rate, weightDecay: decay)) }
        }
        return out
    }

    static func random(trials: Int, seed: UInt64, on landscape: HyperparameterLandscape) -> [SearchTrial] {
        var rng = SplitMix64(seed: seed, stream: .search)
        return (0..<max(0, trials)).map { _ in
            let rate = landscape.plan.learningRateDecades.draw(using: &rng)
            let decay = landscape.plan.weightDecayDecades.draw(using: &rng)
            return landscape.trial(learningRate: rate, weightDecay: decay)
        }
    }

    /// The trial with the lowest loss (the first of equals), or nil without trials.
    static func best(_ trials: [SearchTrial]) -> SearchTrial? {
        var best: SearchTrial?
        for trial in trials where trial.loss < (best?.loss ?? .infinity) { best = trial }
        return best ?? trials.first
    }

    /// The number of distinct learning rates among `trials`.
    static func distinctLearningRates(_ trials: [SearchTrial]) -> Int {
        var seen: [Double] = []
        for trial in trials where !seen.contains(trial.learningRate) { seen.append(trial.learningRate) }
        return seen.count
    }

    /// The number of distinct landscape rows (learning-rate cells) among `trials`.
    static func distinctLearningRateCells(_ trials: [SearchTrial]) -> Int {
        var seen: [Int] = []
        for trial in trials where !seen.contains(trial.learningRateCell) { seen.append(trial.learningRateCell) }
        return seen.count
    }
}
