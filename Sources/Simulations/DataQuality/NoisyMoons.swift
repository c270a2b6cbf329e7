import TrainingCore

/// The raw training data of the data-quality simulation: two moons whose labels are corrupted
/// as quality drops, plus a few injected outliers.
///
/// Quality q (0–100) is the percent of clean labels in the sense of SPEC.md: a fraction
/// (100 − q)% × ½ of the points has its label flipped (at q = 0 half of them: no signal left),
/// and round(12 · (100 − q)/100) outliers are added on an ellipse around the moons with random
/// labels. Both corruptions are nested: the points flipped (and outliers added) at a lower
/// quality include those at any higher quality, so moving the slider changes only the
/// difference. Deterministic in the seed (data, label-noise and outlier streams).
enum NoisyMoons {
    /// Outliers at quality 0.
    static let maxOutliers = 12
    /// Gaussian noise of the moons, in feature units.
    static let noise = 0.12
    /// The part of the plane the simulation draws: every moon and outlier fits inside.
    static let xRange = -2.2...3.2
    static let yRange = -1.7...2.2

    /// `count` moon points (plus outliers) at `quality`.
    static func training(count: Int, quality: Int, seed: UInt64) -> [TrainingPoint] {
        var dataRNG = SplitMix64(seed: seed, stream: .data)
        let clean = SyntheticData.twoMoons(count: count, noise: noise, using: &dataRNG)
        let q = min(max(quality, 0), 100)
        var noiseRNG = SplitMix64(seed: seed, stream: .labelNoise)
        let order = noiseRNG.permutation(clean.count)
        // round(count · (100 − q) / 200) in integers, half up.
        let flips = (clean.count * (100 - q) + 100) / 200
        var flipped = [Bool](repeating: false, count: clean.count)
        for i in order.prefix(flips) { flipped[i] = true }
        var points: [TrainingPoint] = []
        points.reserveCapacity(clean.count + maxOutliers)
        for i in 0..<clean.count {
            let truth = clean.labels[i]
            points.append(TrainingPoint(x: clean.feature(i, 0), y: clean.feature(i, 1),
                                        label: flipped[i] ? 1 - truth : truth, trueLabel: truth, isOutlier: false))
        }
        let outliers = (maxOutliers * (100 - q) + 50) / 100
        points += self.outliers(seed: seed).prefix(outliers)
        return points
    }

    /// The outlier candidates, in the order they are added as quality drops: on an ellipse
    /// (half-axes 2.0–2.4 by 1.4–1.7) around the moons' centre (0.5, 0.25), labels at random.
    static func outliers(seed: UInt64) -> [TrainingPoint] {
        var rng = SplitMix64(seed: seed, stream: .outliers)
        return (0..<maxOutliers).map { _ in
            let angle = 2 * DeterministicMath.pi * rng.uniform()
            let stretch = rng.uniform()
            let label = rng.integer(below: 2)
            return TrainingPoint(x: 0.5 + (2.0 + 0.4 * stretch) * DeterministicMath.cos(angle),
                                 y: 0.25 + (1.4 + 0.3 * stretch) * DeterministicMath.sin(angle),
                                 label: label, trueLabel: label, isOutlier: true)
        }
    }

    /// Clean held-out points: what the model is graded on.
    static func test(count: Int, seed: UInt64) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .sampling)
        return SyntheticData.twoMoons(count: count, noise: noise, using: &rng)
    }
}
