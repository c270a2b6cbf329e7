/// The update rule applied to the parameters after each backward pass.
///
/// Weight decay (``TrainingConfiguration/weightDecay``) is an L2 term added to the gradient
/// for SGD, momentum and Adam, and a decoupled shrink (θ −= lr·λ·θ) for AdamW, as in PyTorch.
/// Decay applies to weights only, never to biases.
public enum Optimizer: Sendable, Hashable {
    /// θ −= lr·g.
    case sgd
    /// v = μ·v + g; θ −= lr·v (PyTorch's heavy-ball form). μ in [0, 1).
    case momentum(Double)
    /// Adam (Kingma & Ba): bias-corrected first and second moments.
    case adam(beta1: Double, beta2: Double, epsilon: Double)
    /// AdamW (Loshchilov & Hutter): Adam with decoupled weight decay.
    case adamW(beta1: Double, beta2: Double, epsilon: Double)

    /// Adam with the usual β₁ = 0.9, β₂ = 0.999, ε = 1e−8.
    public static let adamDefault = Optimizer.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    /// AdamW with the usual β₁ = 0.9, β₂ = 0.999, ε = 1e−8.
    public static let adamWDefault = Optimizer.adamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    /// "sgd", "momentum", "adam" or "adamw".
    public var name: String {
        switch self {
        case .sgd: return "sgd"
        case .momentum: return "momentum"
        case .adam: return "adam"
        case .adamW: return "adamw"
        }
    }

    /// The number of state vectors (same size as the parameters) the rule keeps.
    var stateCount: Int {
        switch self {
        case .sgd: return 0
        case .momentum: return 1
        case .adam, .adamW: return 2
        }
    }
}

/// The optimiser's per-parameter state (velocities or moments) and step counter.
struct OptimizerState<S: TrainingScalar>: Sendable, Hashable {
    var first: [S]
    var second: [S]
    var steps = 0
    var beta1Power = 1.0
    var beta2Power = 1.0

    init(optimizer: Optimizer, parameterCount: Int) {
        first = optimizer.stateCount >= 1 ? [S](repeating: 0, count: parameterCount) : []
        second = optimizer.stateCount >= 2 ? [S](repeating: 0, count: parameterCount) : []
    }

    /// Updates the parameters in `range` (of one layer's weights or biases) with gradient
    /// `g` scaled by `clip`, learning rate `lr`, and weight decay `decay` (0 for biases).
    /// Call ``beginStep(_:)`` once per step first.
    mutating func update(_ optimizer: Optimizer, parameters p: UnsafeMutablePointer<S>,
                         gradients g: UnsafePointer<S>, range: Range<Int>,
                         lr: Double, clip: Double, decay: Double) {
        let lrS = S(lr), clipS = S(clip), decayS = S(decay)
        switch optimizer {
        case .sgd:
            for e in range {
                let grad = clipS * g[e] + decayS * p[e]
                p[e] -= lrS * grad
            }
        case .momentum(let mu):
            let muS = S(mu)
            first.withUnsafeMutableBufferPointer { vb in
                let v = vb.baseAddress!
                for e in range {
                    let grad = clipS * g[e] + decayS * p[e]
                    let nv = muS * v[e] + grad
                    v[e] = nv
                    p[e] -= lrS * nv
                }
            }
        case .adam(let b1, let b2, let eps), .adamW(let b1, let b2, let eps):
            let decoupled: Bool
            if case .adamW = optimizer { decoupled = true } else { decoupled = false }
            let b1S = S(b1), b2S = S(b2), epsS = S(eps)
            let c1 = S(1 / (1 - beta1Power)), c2 = S(1 / (1 - beta2Power))
            let oneMinusB1 = S(1 - b1), oneMinusB2 = S(1 - b2)
            let shrink = S(1 - lr * decay)
            first.withUnsafeMutableBufferPointer { mb in
                second.withUnsafeMutableBufferPointer { vb in
                    let m = mb.baseAddress!, v = vb.baseAddress!
                    for e in range {
                        var grad = clipS * g[e]
                        if decoupled {
                            p[e] *= shrink
                        } else {
                            grad += decayS * p[e]
                        }
                        let nm = b1S * m[e] + oneMinusB1 * grad
                        let nv = b2S * v[e] + oneMinusB2 * (grad * grad)
                        m[e] = nm
                        v[e] = nv
                        let mHat = nm * c1
                        let vHat = nv * c2
                        p[e] -= lrS * mHat / (vHat.squareRoot() + epsS)
                    }
                }
            }
        }
    }

    /// Advances the step counter and the bias-correction powers.
    mutating func beginStep(_ optimizer: Optimizer) {
        steps += 1
        switch optimizer {
        case .adam(let b1, let b2, _), .adamW(let b1, let b2, _):
            beta1Power *= b1
            beta2Power *= b2
        default:
            break
        }
    }
}
