/// What the per-layer activation statistics say about an initialisation.
///
/// The rule, applied in this order to the hidden layers' statistics (first = layer 1,
/// last = the deepest hidden layer):
/// 1. `exploding` — some activation is NaN/∞, or the last layer's standard deviation is more
///    than ``growthLimit`` (100) times the first layer's;
/// 2. `dead` — some layer has at least ``deadFraction`` (90%) of its activations exactly zero
///    (a ReLU layer normally silences about half);
/// 3. `vanishing` — the last layer's standard deviation is less than 1/``growthLimit`` of the
///    first layer's (or the first is already zero);
/// 4. `healthy` otherwise.
///
/// A dead network also has vanishing deep layers (nothing passes a dead layer); rule 2 comes
/// first because dead units are the cause.
public enum ActivationVerdict: String, Sendable, Equatable, CaseIterable {
    case healthy, vanishing, exploding, dead

    /// The factor of growth or shrinkage from first to last layer that counts as exploding or
    /// vanishing.
    public static let growthLimit = 100.0
    /// The fraction of zeros in one layer that counts as dead.
    public static let deadFraction = 0.9

    /// The verdict for hidden layers listed from the input side.
    public init(layers: [LayerActivations]) {
        guard let first = layers.first, let last = layers.last else {
            self = .healthy
            return
        }
        let ratio = first.standardDeviation > 0 ? last.standardDeviation / first.standardDeviation : 0
        if layers.contains(where: { $0.nonFinite > 0 || !$0.standardDeviation.isFinite }) || ratio > Self.growthLimit {
            self = .exploding
        } else if layers.contains(where: { $0.fractionZero >= Self.deadFraction }) {
            self = .dead
        } else if ratio < 1 / Self.growthLimit {
            self = .vanishing
        } else {
            self = .healthy
        }
    }
}
