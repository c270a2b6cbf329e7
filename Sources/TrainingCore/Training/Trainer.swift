/// Trains a network on a data set, step by step, recording a ``TrainingHistory``.
///
/// Streamable: `run(steps: 20)` then `run(steps: 20)` again gives exactly the same result as
/// `run(steps: 40)`, so a simulation can animate training a few steps per frame. A value type
/// (Sendable): it can live in a simulation's state.
///
/// Each step: take the next mini-batch of a per-epoch permutation (shuffle stream), forward
/// with dropout (dropout stream), loss, backward, record loss / gradient norms / learning rate,
/// then update. When the loss or gradient norm is NaN or infinite the step is recorded, the
/// update is skipped and the trainer stops with ``TrainingStatus/diverged(atStep:)``; it never
/// traps. Every ``TrainingConfiguration/validationInterval`` steps it evaluates and applies
/// early stopping. Buffers are allocated up front; a step allocates nothing (the history's
/// arrays grow geometrically).
public struct Trainer<Scalar: TrainingScalar>: Sendable {
    /// The network being trained (its parameters are the current ones; after early stopping
    /// with restore, the best ones).
    public private(set) var network: Network<Scalar>
    /// The run's settings.
    public let configuration: TrainingConfiguration
    /// Everything recorded so far.
    public private(set) var history: TrainingHistory
    /// Running, stopped early, or diverged.
    public private(set) var status: TrainingStatus = .running
    /// Completed steps (updates applied).
    public private(set) var stepCount = 0
    /// The lowest validation loss seen (∞ before the first validation).
    public private(set) var bestValidationLoss = Double.infinity
    /// The step after which the best validation loss was seen (0 before any).
    public private(set) var bestValidationStep = 0
    /// The mini-batch size actually used (the configured one clamped to the training-set size).
    public let batchSize: Int

    let trainFeatures: [Scalar]
    let trainLabels: [Int32]
    let trainTargets: [Scalar]
    let trainCount: Int
    let validationFeatures: [Scalar]
    let validationLabels: [Int32]
    let validationTargets: [Scalar]
    let validationCount: Int
    let classWeights: [Double]
    var order: [Int32]
    var position: Int
    var batchLabels: [Int32]
    var batchTargets: [Scalar]
    var optimizerState: OptimizerState<Scalar>
    var shuffleRNG: SplitMix64
    var dropoutRNG: SplitMix64
    var faultRNG: SplitMix64
    var augmentationRNG: SplitMix64
    var bestParameters: [Scalar] = []
    var validationsWithoutImprovement = 0
    var layerSquares: [Double]

    /// A trainer for `network` on `training` (and `validation` for evaluations).
    ///
    /// Throws ``TrainingCoreError`` when the data do not fit the network or the loss (feature
    /// count, class count vs outputs, missing targets), or a setting is out of range.
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public init(network: Network<Scalar>, training: Dataset, validation: Dataset? = nil,
                configuration: TrainingConfiguration) throws {
        try Trainer.check(network: network, data: training, configuration: configuration, role: "training")
        if let validation {
            try Trainer.check(network: network, data: validation, configuration: configuration, role: "validation")
        }
        guard training.count > 0 else { throw TrainingCoreError.invalidData("the training set is empty") }
        guard configuration.batchSize >= 1 else {
            throw TrainingCoreError.invalidConfiguration("batch size must be at least 1, got \(configuration.batchSize)")
        }
        guard configuration.weightDecay >= 0, configuration.weightDecay.isFinite else {
            throw TrainingCoreError.invalidConfiguration("weight decay must be a finite number ≥ 0")
        }
        if let clip = configuration.gradientClipNorm, !(clip > 0) {
            throw TrainingCoreError.invalidConfiguration("the clipping norm must be positive")
        }
        if let es = configuration.earlyStopping {
            guard es.patience >= 1 else { throw TrainingCoreError.invalidConfiguration("early-stopping patience must be at least 1") }
            guard validation != nil, configuration.validationInterval > 0 else {
                throw TrainingCoreError.invalidConfiguration("early stopping needs a validation set and a validation interval")
            }
        }
        if let weights = configuration.classWeights {
            guard weights.count == training.classCount, weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw TrainingCoreError.invalidConfiguration("class weights need one finite value ≥ 0 per class (\(training.classCount))")
            }
        }
        self.init(uncheckedNetwork: network, training: training, validation: validation,
                  configuration: configuration)
    }

    /// A trainer whose inputs are known to be consistent (checked by the public initialiser).
    init(uncheckedNetwork network: Network<Scalar>, training: Dataset, validation: Dataset? = nil,
         configuration: TrainingConfiguration) {
        self.network = network
        self.configuration = configuration
        self.batchSize = min(configuration.batchSize, training.count)
        self.trainFeatures = training.features.map { Scalar($0) }
        self.trainLabels = training.labels.map { Int32(truncatingIfNeeded: $0) }
        self.trainTargets = training.targets.map { Scalar($0) }
        self.trainCount = training.count
        self.validationFeatures = validation?.features.map { Scalar($0) } ?? []
        self.validationLabels = validation?.labels.map { Int32(truncatingIfNeeded: $0) } ?? []
        self.validationTargets = validation?.targets.map { Scalar($0) } ?? []
        self.validationCount = validation?.count ?? 0
        self.classWeights = configuration.classWeights ?? []
        let seed = configuration.seed
        self.shuffleRNG = SplitMix64(seed: seed, stream: .shuffle)
        self.dropoutRNG = SplitMix64(seed: seed, stream: .dropout)
        self.faultRNG = SplitMix64(seed: seed, stream: .faults)
        self.augmentationRNG = SplitMix64(seed: seed, stream: .augmentation)
        var order = (0..<training.count).map { Int32(truncatingIfNeeded: $0) }
        shuffleRNG.shuffle(&order)
        self.order = order
        self.position = 0
        self.batchLabels = [Int32](repeating: 0, count: batchSize)
        self.batchTargets = [Scalar](repeating: 0, count: batchSize * max(1, training.targetCount))
        self.optimizerState = OptimizerState(optimizer: configuration.optimizer, parameterCount: network.parameterCount)
        self.history = TrainingHistory(layerNames: network.denseLayers.map(\.name),
                                       stepsPerEpoch: training.count / batchSize)
        self.layerSquares = [Double](repeating: 0, count: network.denseLayers.count)
        self.network.reserve(rows: batchSize)
    }

    static func check(network: Network<Scalar>, data: Dataset, configuration: TrainingConfiguration, role: String) throws {
        guard data.featureCount == network.inputCount else {
            throw TrainingCoreError.invalidData("the \(role) set has \(data.featureCount) features but the network takes \(network.inputCount)")
        }
        switch configuration.loss {
        case .softmaxCrossEntropy:
            guard data.isClassification, data.classCount <= network.outputCount, network.outputCount >= 2 else {
                throw TrainingCoreError.invalidData("softmax cross-entropy needs class labels and one output per class (\(role) set: \(data.classCount) classes, network: \(network.outputCount) outputs)")
            }
        case .binaryCrossEntropy:
            guard data.isClassification, data.classCount <= 2, network.outputCount == 1 else {
                throw TrainingCoreError.invalidData("binary cross-entropy needs labels 0/1 and a single output")
            }
        case .meanSquaredError:
            if data.isClassification {
                guard data.classCount <= network.outputCount else {
                    throw TrainingCoreError.invalidData("MSE on class labels needs one output per class")
                }
            } else {
                guard data.targetCount == network.outputCount else {
                    throw TrainingCoreError.invalidData("the \(role) set has \(data.targetCount) targets per row but the network has \(network.outputCount) outputs")
                }
            }
        }
    }

    /// Runs up to `steps` more steps; stops early when the trainer stops (divergence or early
    /// stopping). Returns the number of steps actually recorded.
    @discardableResult
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public mutating func run(steps: Int) -> Int {
        var done = 0
        while done < steps && status == .running {
            step()
            done += 1
        }
        return done
    }

    /// Runs whole epochs (``TrainingHistory/stepsPerEpoch`` steps each).
    @discardableResult
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public mutating func run(epochs: Int) -> Int {
        run(steps: epochs * history.stepsPerEpoch)
    }

    /// Completed epochs, fractional.
    public var epoch: Double { Double(stepCount) / Double(history.stepsPerEpoch) }

    /// Loss and accuracy on the validation set now (nil without one).
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public mutating func evaluateValidation() -> Evaluation? {
        guard validationCount > 0 else { return nil }
        return evaluateStored(validationFeatures, validationLabels, validationTargets, validationCount)
    }

    /// Loss and accuracy on the whole training set now (no dropout).
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public mutating func evaluateTraining() -> Evaluation {
        evaluateStored(trainFeatures, trainLabels, trainTargets, trainCount)
    }

    mutating func evaluateStored(_ x: [Scalar], _ labels: [Int32], _ targets: [Scalar], _ rows: Int) -> Evaluation {
        let loss = configuration.loss
        return x.withUnsafeBufferPointer { xb in
            labels.withUnsafeBufferPointer { lb in
                targets.withUnsafeBufferPointer { tb in
                    network.evaluate(features: xb.baseAddress!, labels: labels.isEmpty ? nil : lb.baseAddress,
                                     targets: targets.isEmpty ? nil : tb.baseAddress, rows: rows, loss: loss)
                }
            }
        }
    }

    /// One training step (see the type's description).
    mutating func step() {
        let b = batchSize
        if position + b > trainCount {
            shuffleRNG.shuffle(&order)
            position = 0
        }
        let start = position
        position += b
        let faults = configuration.faults
        let targetWidth = trainTargets.isEmpty ? 0 : trainTargets.count / trainCount

        // Batch: inputs into the network, labels/targets into the batch buffers.
        order.withUnsafeBufferPointer { ob in
            trainFeatures.withUnsafeBufferPointer { xb in
                network.loadInput(from: xb.baseAddress!, rows: b, indices: ob.baseAddress! + start)
            }
            if !trainLabels.isEmpty {
                for r in 0..<b { batchLabels[r] = trainLabels[Int(ob[start + r])] }
            }
            if targetWidth > 0 {
                for r in 0..<b {
                    let source = Int(ob[start + r]) * targetWidth
                    for c in 0..<targetWidth { batchTargets[r * targetWidth + c] = trainTargets[source + c] }
                }
            }
        }
        if configuration.inputJitter > 0 {
            network.jitterInput(rows: b, standardDeviation: configuration.inputJitter, using: &augmentationRNG)
        }
        if faults.shuffledLabels {
            if !trainLabels.isEmpty { faultRNG.shuffle(&batchLabels) }
        }
        if !faults.accumulateGradients { network.zeroGradients() }

        network.forwardPass(rows: b, training: true, dropout: &dropoutRNG)
        var lossSum = 0.0, weightSum = 0.0
        batchLabels.withUnsafeBufferPointer { lb in
            batchTargets.withUnsafeBufferPointer { tb in
                classWeights.withUnsafeBufferPointer { cb in
                    network.lossPass(configuration.loss, fault: faults.loss,
                                     labels: trainLabels.isEmpty ? nil : lb.baseAddress,
                                     targets: targetWidth > 0 ? tb.baseAddress : nil,
                                     classWeights: classWeights.isEmpty ? nil : cb.baseAddress,
                                     withGradient: true, lossSum: &lossSum, weightSum: &weightSum)
                }
            }
        }
        let loss = weightSum > 0 ? lossSum / weightSum : 0
        network.backwardPass()

        // Gradient norms, layer by layer in order.
        let dense = network.denseLayers
        var total = 0.0
        network.gradients.withUnsafeBufferPointer { gb in
            for (d, info) in dense.enumerated() {
                let s = Trainer.sumOfSquares(gb.baseAddress! + info.weightOffset, count: info.parameterRange.count)
                layerSquares[d] = s
                total += s
            }
        }
        let gradientNorm = total.squareRoot()
        let stepIndex = stepCount
        let lr = faults.zeroLearningRate ? 0 : configuration.schedule.rate(at: stepIndex)

        history.step.append(stepIndex + 1)
        history.trainLoss.append(loss)
        history.gradientNorm.append(gradientNorm)
        history.learningRate.append(lr)
        for d in 0..<dense.count { history.layerGradientNorms[d].append(layerSquares[d].squareRoot()) }

        if !loss.isFinite || !gradientNorm.isFinite {
            history.nonFiniteStep = stepIndex + 1
            status = .diverged(atStep: stepIndex + 1)
            return
        }

        var clip = 1.0
        if let maxNorm = configuration.gradientClipNorm, gradientNorm > maxNorm {
            clip = maxNorm / (gradientNorm + 1e-6)
        }
        let optimizer = configuration.optimizer
        let decay = configuration.weightDecay
        optimizerState.beginStep(optimizer)
        network.parameters.withUnsafeMutableBufferPointer { pb in
            network.gradients.withUnsafeBufferPointer { gb in
                for (d, info) in dense.enumerated() where !faults.frozenLayers.contains(d) {
                    optimizerState.update(optimizer, parameters: pb.baseAddress!, gradients: gb.baseAddress!,
                                          range: info.weightRange, lr: lr, clip: clip, decay: decay)
                    optimizerState.update(optimizer, parameters: pb.baseAddress!, gradients: gb.baseAddress!,
                                          range: info.biasRange, lr: lr, clip: clip, decay: 0)
                }
            }
        }
        stepCount += 1

        if configuration.validationInterval > 0 && stepCount % configuration.validationInterval == 0 {
            validate()
        }
    }

    /// Σ x² over `count` values in a fixed order: four interleaved partial sums (element e
    /// goes to sum e mod 4), combined as (s0 + s1) + (s2 + s3).
    static func sumOfSquares(_ p: UnsafePointer<Scalar>, count: Int) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var e = 0
        while e + 4 <= count {
            let a = p[e].doubleValue, b = p[e + 1].doubleValue
            let c = p[e + 2].doubleValue, d = p[e + 3].doubleValue
            s0 += a * a
            s1 += b * b
            s2 += c * c
            s3 += d * d
            e += 4
        }
        while e < count {
            let a = p[e].doubleValue
            s0 += a * a
            e += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// Records an evaluation and applies early stopping.
    mutating func validate() {
        history.evaluationStep.append(stepCount)
        let validation = evaluateValidation()
        history.validationLoss.append(validation?.loss ?? .nan)
        history.validationAccuracy.append(validation?.accuracy ?? .nan)
        if configuration.evaluatesTrainingSet {
            let train = evaluateTraining()
            history.trainEvaluationLoss.append(train.loss)
            history.trainEvaluationAccuracy.append(train.accuracy)
        }
        guard let validation else { return }
        let minDelta = configuration.earlyStopping?.minDelta ?? 0
        if validation.loss < bestValidationLoss - minDelta {
            bestValidationLoss = validation.loss
            bestValidationStep = stepCount
            validationsWithoutImprovement = 0
            if configuration.earlyStopping?.restoresBestWeights == true {
                bestParameters = network.parameters
            }
        } else {
            validationsWithoutImprovement += 1
        }
        if let es = configuration.earlyStopping, validationsWithoutImprovement >= es.patience {
            status = .stoppedEarly(atStep: stepCount, bestStep: bestValidationStep)
            if es.restoresBestWeights, !bestParameters.isEmpty {
                network.parameters = bestParameters
            }
        }
    }
}
