/// Stops training when the validation loss has not improved for `patience` validations in a
/// row, and puts back the parameters of the best validation.
///
/// An improvement is a validation loss below (best − `minDelta`). Requires a validation set
/// and a validation interval; checked at each validation.
public struct EarlyStopping: Sendable, Hashable {
    /// Validations without improvement tolerated before stopping (≥ 1).
    public var patience: Int
    /// The smallest decrease that counts as an improvement (≥ 0, in loss units).
    public var minDelta: Double
    /// Whether the parameters of the best validation are restored when training stops.
    public var restoresBestWeights: Bool

    /// Early stopping with the given patience.
    public init(patience: Int, minDelta: Double = 0, restoresBestWeights: Bool = true) {
        self.patience = patience
        self.minDelta = minDelta
        self.restoresBestWeights = restoresBestWeights
    }
}
