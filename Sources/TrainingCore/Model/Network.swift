/// A feed-forward network with hand-written backward passes, generic over its scalar.
///
/// Use `Network<Float>` to train (fast) and `Network<Double>` to check gradients. All
/// parameters live in one flat vector (``parameters``; layout in ``DenseLayerInfo``) with a
/// matching ``gradients`` vector; activations live in preallocated buffers that grow only when
/// a larger batch arrives. A value type: copying a network copies its weights (lazily).
///
/// Determinism: forward and backward sum in a fixed order (see `DenseKernels`), so the same
/// parameters and inputs give bit-identical outputs and gradients on every run and machine.
public struct Network<Scalar: TrainingScalar>: Sendable {
    /// The shape this network was built from.
    public let architecture: Architecture
    /// All weights and biases, layer by layer (see ``DenseLayerInfo`` for the layout).
    public internal(set) var parameters: [Scalar]
    /// dLoss/dParameters from the last backward pass (accumulated since the last reset).
    public internal(set) var gradients: [Scalar]
    /// The dense layers, in order, with their offsets in the flat vectors.
    public let denseLayers: [DenseLayerInfo]

    let plan: [LayerPlan]
    /// Index in `plan` of the first dense layer (layers before it need no backward pass).
    let firstDense: Int
    var workspace = NetworkWorkspace<Scalar>()

    /// A network with parameters drawn by `initializer` from the initialisation stream of `seed`.
    /// Throws ``TrainingCoreError/invalidArchitecture(_:)`` for a malformed architecture.
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public init(architecture: Architecture, initializer: Initializer = .he, seed: UInt64) throws {
        var rng = SplitMix64(seed: seed, stream: .initialization)
        try self.init(architecture: architecture, initializer: initializer, using: &rng)
    }

    /// A network with parameters drawn by `initializer` from `rng`.
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public init(architecture: Architecture, initializer: Initializer = .he,
                using rng: inout SplitMix64) throws {
        try architecture.validate()
        self.init(validated: architecture)
        for d in denseLayers {
            for e in d.weightRange {
                parameters[e] = Scalar(initializer.drawWeight(fanIn: d.inputs, fanOut: d.outputs, using: &rng))
            }
            for e in d.biasRange { parameters[e] = Scalar(initializer.bias) }
        }
    }

    /// A network of an already validated architecture with every parameter zero.
    init(validated architecture: Architecture) {
        self.architecture = architecture
        var plan: [LayerPlan] = []
        var dense: [DenseLayerInfo] = []
        var width = architecture.inputs
        var offset = 0
        var first = -1
        for (i, layer) in architecture.layers.enumerated() {
            switch layer {
            case .dense(let units, let fault):
                let info = DenseLayerInfo(name: "dense\(dense.count + 1)", layerIndex: i,
                                          inputs: width, outputs: units,
                                          weightOffset: offset, biasOffset: offset + width * units,
                                          fault: fault)
                offset += width * units + units
                plan.append(LayerPlan(kind: .dense(dense.count, sparseInput: false, outputMasksFrom: -1),
                                      inputWidth: width, outputWidth: units))
                if first < 0 { first = i }
                dense.append(info)
                width = units
            case .activation(let a):
                plan.append(LayerPlan(kind: .activation(a), inputWidth: width, outputWidth: width))
            case .dropout(let rate):
                plan.append(LayerPlan(kind: .dropout(rate), inputWidth: width, outputWidth: width))
            }
        }
        self.plan = Network.linkSparsity(plan)
        self.denseLayers = dense
        self.firstDense = max(0, first)
        self.parameters = [Scalar](repeating: 0, count: offset)
        self.gradients = [Scalar](repeating: 0, count: offset)
    }

    /// The number of input features.
    public var inputCount: Int { architecture.inputs }
    /// The number of outputs (logits).
    public var outputCount: Int { plan.last?.outputWidth ?? architecture.inputs }
    /// The total number of parameters.
    public var parameterCount: Int { parameters.count }

    /// Replaces every parameter; throws if the count differs from ``parameterCount``.
    public mutating func setParameters(_ values: [Scalar]) throws {
        guard values.count == parameters.count else {
            throw TrainingCoreError.invalidData("expected \(parameters.count) parameters, got \(values.count)")
        }
        parameters = values
    }

    /// Sets every gradient to zero.
    public mutating func zeroGradients() {
        gradients.withUnsafeMutableBufferPointer { g in
            for e in g.indices { g[e] = 0 }
        }
    }

    /// The weights of dense layer `index` (inputs × outputs, row-major).
    public func weights(ofDenseLayer index: Int) -> [Scalar] {
        Array(parameters[denseLayers[index].weightRange])
    }

    /// The biases of dense layer `index`.
    public func biases(ofDenseLayer index: Int) -> [Scalar] {
        Array(parameters[denseLayers[index].biasRange])
    }

    /// The same network with its parameters (and gradients) converted to another scalar type,
    /// e.g. a trained `Float` network as `Double` for a gradient check.
    public func converted<T: TrainingScalar>(to type: T.Type = T.self) -> Network<T> {
        var copy = Network<T>(validated: architecture)
        copy.parameters = parameters.map { T($0.doubleValue) }
        copy.gradients = gradients.map { T($0.doubleValue) }
        return copy
    }

    /// Marks the dense layers fed by a ReLU (possibly through dropout) as sparse, and links each
    /// dense layer followed by ReLU (and dropout) and another dense layer to that layer's masks.
    static func linkSparsity(_ plan: [LayerPlan]) -> [LayerPlan] {
        var result = plan
        for l in plan.indices {
            guard case .dense(let d, _, _) = plan[l].kind else { continue }
            // Look back for ReLU through dropout layers.
            var sparse = false
            var b = l - 1
            while b >= 0 {
                if case .dropout = plan[b].kind { b -= 1; continue }
                if case .activation(.relu) = plan[b].kind { sparse = true }
                break
            }
            // Look ahead: only ReLU/dropout layers, at least one ReLU, then a dense layer.
            var source = -1
            var sawReLU = false
            var a = l + 1
            while a < plan.count {
                switch plan[a].kind {
                case .activation(.relu): sawReLU = true
                case .dropout: break
                case .dense(let e, _, _): if sawReLU { source = e }
                default: break
                }
                if case .dense = plan[a].kind { break }
                if case .activation(let act) = plan[a].kind, act != .relu { break }
                a += 1
            }
            result[l].kind = .dense(d, sparseInput: sparse, outputMasksFrom: source)
        }
        return result
    }

    /// Makes sure the buffers hold `rows` rows.
    mutating func reserve(rows: Int) {
        if rows > workspace.rowCapacity {
            workspace.layout(rows: rows, plan: plan, dense: denseLayers, inputs: architecture.inputs)
        }
    }
}

extension Network: Equatable {
    /// Two networks are equal when they have the same architecture and bit-identical parameters.
    public static func == (lhs: Network, rhs: Network) -> Bool {
        lhs.architecture == rhs.architecture
            && lhs.parameters.count == rhs.parameters.count
            && zip(lhs.parameters, rhs.parameters).allSatisfy { $0.bitPattern64 == $1.bitPattern64 }
    }
}
