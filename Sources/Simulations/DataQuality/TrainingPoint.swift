/// One 2-D training example of the data-quality simulation, with what the learner cannot see
/// in real data but the simulation knows: whether its label was corrupted, or whether it is an
/// injected outlier.
struct TrainingPoint: Sendable, Equatable {
    var x: Double
    var y: Double
    /// The label the model trains on (0 or 1).
    var label: Int
    /// The label before corruption (for outliers: the same as `label`).
    var trueLabel: Int
    /// An injected point far from the data, with a random label.
    var isOutlier: Bool

    /// A clean point whose label was flipped.
    var isMislabeled: Bool { !isOutlier && label != trueLabel }
}
