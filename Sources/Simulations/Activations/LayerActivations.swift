/// What one hidden layer of a freshly initialised network outputs for a batch of inputs:
/// the mean, standard deviation and fraction of exact zeros of its activations (after the
/// ReLU), and a histogram of them over a range shared by every layer.
///
/// The shared range (see ``ActivationProbe``) is what makes depth visible: with a vanishing
/// signal the deeper layers pile into the first bin, with an exploding one they run off the
/// right end (``overflow``).
public struct LayerActivations: Sendable, Equatable {
    /// The layer's name in the training core's statistics ("relu1", ...).
    public var name: String
    /// Mean of all activations of the layer over the batch.
    public var mean: Double
    /// Population standard deviation of those activations.
    public var standardDeviation: Double
    /// Fraction (0…1) of activations that are exactly zero (a ReLU that did not fire).
    public var fractionZero: Double
    /// Counts per bin over the shared range (values below it are counted in the first bin).
    public var counts: [Int]
    /// Activations above the shared range.
    public var overflow: Int
    /// NaN or infinite activations.
    public var nonFinite: Int

    public init(name: String, mean: Double, standardDeviation: Double, fractionZero: Double,
                counts: [Int], overflow: Int, nonFinite: Int) {
        self.name = name
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.fractionZero = fractionZero
        self.counts = counts
        self.overflow = overflow
        self.nonFinite = nonFinite
    }
}
