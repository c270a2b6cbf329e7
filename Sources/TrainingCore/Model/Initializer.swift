/// How a network's weights and biases are drawn before training.
///
/// Weights are drawn layer by layer, row-major, from the initialisation random stream; every
/// weight is then multiplied by ``scale`` and every bias set to ``bias``. The presets are the
/// initialisations of the activations lesson: ``he``, ``tooSmall``, ``tooLarge``, ``deadReLU``.
public struct Initializer: Sendable, Hashable {
    /// The variance rule for the weights.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Normal with standard deviation √(2 / fan-in) (He et al. 2015; for ReLU).
        case he
        /// Uniform in ±√(6 / (fan-in + fan-out)) (Glorot & Bengio 2010; for tanh/sigmoid).
        case xavier
        /// Normal with standard deviation √(1 / fan-in) (LeCun).
        case lecun
    }

    /// The variance rule.
    public var rule: Rule
    /// A factor on every drawn weight (1 = the rule as published); used to plant bad inits.
    public var scale: Double
    /// The initial value of every bias (0 as usual; a large negative value kills ReLUs).
    public var bias: Double

    /// An initializer from a rule, a weight scale and a bias value.
    public init(rule: Rule, scale: Double = 1, bias: Double = 0) {
        self.rule = rule
        self.scale = scale
        self.bias = bias
    }

    /// He normal, biases 0.
    public static let he = Initializer(rule: .he)
    /// Glorot uniform, biases 0.
    public static let xavier = Initializer(rule: .xavier)
    /// He × 0.1: activations shrink layer after layer until they vanish.
    public static let tooSmall = Initializer(rule: .he, scale: 0.1)
    /// He × 3: activations grow layer after layer until they explode.
    public static let tooLarge = Initializer(rule: .he, scale: 3)
    /// He with every bias at −3: most ReLUs output zero for every input (dead units).
    public static let deadReLU = Initializer(rule: .he, bias: -3)

    /// The preset of the activations lesson with this name ("he", "too-small", "too-large",
    /// "dead-relu", "xavier"), or nil.
    public static func preset(named name: String) -> Initializer? {
        switch name {
        case "he": return .he
        case "xavier": return .xavier
        case "too-small": return .tooSmall
        case "too-large": return .tooLarge
        case "dead-relu": return .deadReLU
        default: return nil
        }
    }

    /// Draws one weight for a layer with the given fan-in and fan-out.
    func drawWeight(fanIn: Int, fanOut: Int, using rng: inout SplitMix64) -> Double {
        let w: Double
        switch rule {
        case .he:
            w = rng.normal() * (2.0 / Double(fanIn)).squareRoot()
        case .lecun:
            w = rng.normal() * (1.0 / Double(fanIn)).squareRoot()
        case .xavier:
            let limit = (6.0 / Double(fanIn + fanOut)).squareRoot()
            w = rng.uniform(-limit, limit)
        }
        return w * scale
    }
}
