/// Element-wise forward and backward loops of the activations. Elements are independent, so
/// whatever vectorisation the compiler applies gives the same bits as a scalar loop. Both
/// operands of every select are loaded first, so the selects compile without branches.
enum ActivationKernels {
    /// y = f(x) for `count` elements.
    static func forward<S: TrainingScalar>(_ activation: Activation, x: UnsafePointer<S>,
                                           y: UnsafeMutablePointer<S>, count: Int) {
        switch activation {
        case .relu:
            // NaN passes through (x < 0 is false for NaN).
            for e in 0..<count {
                let v = x[e]
                y[e] = v < 0 ? 0 : v
            }
        case .leakyReLU(let slope):
            let a = S(slope)
            for e in 0..<count {
                let v = x[e]
                let scaled = a * v
                y[e] = v < 0 ? scaled : v
            }
        case .tanh:
            for e in 0..<count { y[e] = S.tanh(x[e]) }
        case .sigmoid:
            for e in 0..<count { y[e] = S.sigmoid(x[e]) }
        case .identity:
            for e in 0..<count { y[e] = x[e] }
        }
    }

    /// dx = dy ⊙ f'(x), written from the forward output y (and input x for leaky ReLU).
    static func backward<S: TrainingScalar>(_ activation: Activation, x: UnsafePointer<S>,
                                            y: UnsafePointer<S>, dy: UnsafePointer<S>,
                                            dx: UnsafeMutablePointer<S>, count: Int) {
        switch activation {
        case .relu:
            for e in 0..<count {
                let v = y[e]
                let g = dy[e]
                dx[e] = v > 0 ? g : 0
            }
        case .leakyReLU(let slope):
            let a = S(slope)
            for e in 0..<count {
                let v = x[e]
                let g = dy[e]
                let scaled = a * g
                dx[e] = v < 0 ? scaled : g
            }
        case .tanh:
            for e in 0..<count {
                let v = y[e]
                dx[e] = dy[e] * (1 - v * v)
            }
        case .sigmoid:
            for e in 0..<count {
                let v = y[e]
                dx[e] = dy[e] * (v * (1 - v))
            }
        case .identity:
            for e in 0..<count { dx[e] = dy[e] }
        }
    }
}
