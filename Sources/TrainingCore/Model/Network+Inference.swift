extension Network {
    /// Runs `rows` rows through the network in inference mode (no dropout), in chunks that fit
    /// the workspace, writing rows × ``outputCount`` outputs to `out`. Rows are independent,
    /// so the result does not depend on the chunk size.
    mutating func inferOutputs(_ x: UnsafePointer<Scalar>, rows: Int, into out: UnsafeMutablePointer<Scalar>) {
        if workspace.rowCapacity < 64 { reserve(rows: 64) }
        let chunk = workspace.rowCapacity
        var unused = SplitMix64(seed: 0)
        var start = 0
        while start < rows {
            let r = min(chunk, rows - start)
            loadInput(from: x, rows: r, start: start)
            forwardPass(rows: r, training: false, dropout: &unused)
            copyOutputs(into: out + start * outputCount)
            start += r
        }
    }

    /// Loss (unweighted mean) and accuracy over `rows` rows, in inference mode.
    mutating func evaluate(features: UnsafePointer<Scalar>, labels: UnsafePointer<Int32>?,
                           targets: UnsafePointer<Scalar>?, rows: Int, loss: LossFunction) -> Evaluation {
        guard rows > 0 else { return Evaluation(loss: .nan, accuracy: .nan) }
        if workspace.rowCapacity < 64 { reserve(rows: 64) }
        let chunk = workspace.rowCapacity
        let width = outputCount
        var unused = SplitMix64(seed: 0)
        var lossSum = 0.0, weightSum = 0.0
        var correct = 0
        var start = 0
        while start < rows {
            let r = min(chunk, rows - start)
            loadInput(from: features, rows: r, start: start)
            forwardPass(rows: r, training: false, dropout: &unused)
            lossPass(loss, fault: .none, labels: labels.map { $0 + start },
                     targets: targets.map { $0 + start * width }, classWeights: nil,
                     withGradient: false, lossSum: &lossSum, weightSum: &weightSum)
            if let labels {
                let offset = workspace.valueOffsets[plan.count]
                workspace.scalars.withUnsafeBufferPointer { sb in
                    for i in 0..<r {
                        let predicted = Network.predictedClass(sb.baseAddress! + offset + i * width, width)
                        if predicted == Int(labels[start + i]) { correct += 1 }
                    }
                }
            }
            start += r
        }
        return Evaluation(loss: lossSum / weightSum, accuracy: labels == nil ? .nan : Double(correct) / Double(rows))
    }

    /// argmax of a row of outputs (first maximum wins); a single output means class 1 when > 0.
    static func predictedClass(_ z: UnsafePointer<Scalar>, _ width: Int) -> Int {
        if width == 1 { return z[0] > 0 ? 1 : 0 }
        var best = 0
        for j in 1..<width where z[j] > z[best] { best = j }
        return best
    }

    /// Converts and checks a flat feature array.
    func scalarFeatures(_ features: [Double]) throws -> [Scalar] {
        guard features.count % inputCount == 0 else {
            throw TrainingCoreError.invalidData("\(features.count) values are not rows of \(inputCount) features")
        }
        return features.map { Scalar($0) }
    }

    func checkShape(_ dataset: Dataset) throws {
        guard dataset.featureCount == inputCount else {
            throw TrainingCoreError.invalidData("the data has \(dataset.featureCount) features but the network takes \(inputCount)")
        }
    }

    /// The raw outputs (logits) for row-major `features` (a multiple of ``inputCount`` values),
    /// rows × ``outputCount``, as doubles. Inference mode (no dropout).
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public func outputs(for features: [Double]) throws -> [Double] {
        let x = try scalarFeatures(features)
        let rows = x.count / inputCount
        guard rows > 0 else { return [] }
        var copy = self
        var out = [Scalar](repeating: 0, count: rows * outputCount)
        x.withUnsafeBufferPointer { xb in
            out.withUnsafeMutableBufferPointer { ob in
                copy.inferOutputs(xb.baseAddress!, rows: rows, into: ob.baseAddress!)
            }
        }
        return out.map { $0.doubleValue }
    }

    /// Class probabilities per row: softmax of the outputs, or for a single-output network
    /// [1 − σ(z), σ(z)]. Each inner array sums to 1 (up to rounding).
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public func probabilities(for features: [Double]) throws -> [[Double]] {
        let z = try outputs(for: features)
        let width = outputCount
        let rows = z.count / width
        var result: [[Double]] = []
        result.reserveCapacity(rows)
        for i in 0..<rows {
            if width == 1 {
                let p = DeterministicMath.sigmoid(z[i])
                result.append([1 - p, p])
                continue
            }
            var m = z[i * width]
            for j in 0..<width { m = max(m, z[i * width + j]) }
            var row = [Double](repeating: 0, count: width)
            var sum = 0.0
            for j in 0..<width {
                row[j] = DeterministicMath.exp(z[i * width + j] - m)
                sum += row[j]
            }
            for j in 0..<width { row[j] /= sum }
            result.append(row)
        }
        return result
    }

    /// Class probabilities for every row of `dataset` (see ``probabilities(for:)-[Double]``).
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public func probabilities(for dataset: Dataset) throws -> [[Double]] {
        try checkShape(dataset)
        return try probabilities(for: dataset.features)
    }

    /// The predicted class of every row (argmax of the outputs; ties go to the lower class).
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public func predictedClasses(for dataset: Dataset) throws -> [Int] {
        try checkShape(dataset)
        let z = try outputs(for: dataset.features)
        let width = outputCount
        return z.withUnsafeBufferPointer { zb in
            (0..<dataset.count).map { i in
                let row = UnsafePointer(zb.baseAddress! + i * width)
                if width == 1 { return row[0] > 0 ? 1 : 0 }
                var best = 0
                for j in 1..<width where row[j] > row[best] { best = j }
                return best
            }
        }
    }

    /// The probability of `positiveClass` for every row: the score for PR and ROC curves.
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public func scores(for dataset: Dataset, positiveClass: Int = 1) throws -> [Double] {
        let p = try probabilities(for: dataset)
        guard positiveClass >= 0, positiveClass < (p.first?.count ?? 0) else {
            throw TrainingCoreError.invalidData("class \(positiveClass) is not an output of the network")
        }
        return p.map { $0[positiveClass] }
    }

    /// Mean loss (unweighted, no dropout) and accuracy on `dataset`.
    @_specialize(exported: true, where Scalar == Float)
    @_specialize(exported: true, where Scalar == Double)
    public func evaluate(_ dataset: Dataset, loss: LossFunction = .softmaxCrossEntropy) throws -> Evaluation {
        try checkShape(dataset)
        guard dataset.count > 0 else { return Evaluation(loss: .nan, accuracy: .nan) }
        let x = dataset.features.map { Scalar($0) }
        let labels = dataset.labels.map { Int32(truncatingIfNeeded: $0) }
        let targets = dataset.targets.map { Scalar($0) }
        if loss == .meanSquaredError, !dataset.isClassification, dataset.targetCount != outputCount {
            throw TrainingCoreError.invalidData("\(dataset.targetCount) targets per row for \(outputCount) outputs")
        }
        if loss != .meanSquaredError, !dataset.isClassification {
            throw TrainingCoreError.invalidData("\(loss.rawValue) needs class labels")
        }
        var copy = self
        return x.withUnsafeBufferPointer { xb in
            labels.withUnsafeBufferPointer { lb in
                targets.withUnsafeBufferPointer { tb in
                    copy.evaluate(features: xb.baseAddress!, labels: labels.isEmpty ? nil : lb.baseAddress,
                                  targets: targets.isEmpty ? nil : tb.baseAddress,
                                  rows: dataset.count, loss: loss)
                }
            }
        }
    }
}
