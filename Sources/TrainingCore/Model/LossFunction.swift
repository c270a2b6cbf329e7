/// The training objective, applied to the network's raw outputs (logits).
///
/// All three average over the rows of a batch. With class weights (softmax and binary
/// cross-entropy only) the average is weighted: Σ wᵧ·ℓᵢ / Σ wᵧ, as PyTorch's `weight=` does.
public enum LossFunction: String, Sendable, Hashable, CaseIterable {
    /// Softmax over the outputs, then −log p[label]. Outputs: one per class (≥ 2).
    case softmaxCrossEntropy = "softmax-cross-entropy"
    /// Sigmoid of the single output, then −[y log p + (1 − y) log(1 − p)]; labels 0 or 1.
    case binaryCrossEntropy = "binary-cross-entropy"
    /// Mean over outputs of (output − target)²; targets are the data set's regression
    /// targets, or one-hot class labels when the data set has none.
    case meanSquaredError = "mean-squared-error"
}

/// A bug planted in the loss, for the overfit-one-batch lesson.
public enum LossFault: String, Sendable, Hashable, CaseIterable {
    /// The loss as defined.
    case none
    /// Softmax is applied to the outputs before a cross-entropy that applies softmax again
    /// (probabilities passed where logits are expected). Its gradient is the true gradient of
    /// that wrong loss, which can never go below −ln(e/(e + C − 1)) (0.31 for two classes):
    /// the loss plateaus far from zero however long it trains. Affects softmax cross-entropy
    /// only.
    case probabilitiesAsLogits = "probabilities-as-logits"
}

/// Loss forward + backward on raw pointers.
///
/// Each row's loss ℓᵢ (times its class weight wᵢ) is added to `lossSum` in row order and the
/// batch's total weight Σwᵢ (the row count when unweighted) to `weightSum`; the mean loss is
/// `lossSum / weightSum`. Because rows are added one by one, evaluating a data set in chunks
/// gives the same bits as in one piece. Gradients are dℓ/dz · wᵢ / Σw over this batch.
enum LossKernels {
    static func evaluate<S: TrainingScalar>(
        _ loss: LossFunction, fault: LossFault,
        outputs: UnsafePointer<S>, rows: Int, width: Int,
        labels: UnsafePointer<Int32>?, targets: UnsafePointer<S>?,
        classWeights: UnsafePointer<Double>?,
        gradient: UnsafeMutablePointer<S>?,
        lossSum: inout Double, weightSum: inout Double
    ) {
        guard rows > 0 else { return }
        switch loss {
        case .softmaxCrossEntropy, .binaryCrossEntropy:
            guard let labels else { return }
            var total = 0.0
            if let cw = classWeights {
                for i in 0..<rows { total += cw[Int(labels[i])] }
            } else {
                total = Double(rows)
            }
            weightSum += total
            let inverse = total > 0 ? 1 / total : 0
            if loss == .softmaxCrossEntropy {
                softmaxCrossEntropy(outputs: outputs, rows: rows, width: width, labels: labels,
                                    classWeights: classWeights, gradient: gradient, inverse: inverse,
                                    doubleSoftmax: fault == .probabilitiesAsLogits, lossSum: &lossSum)
            } else {
                binaryCrossEntropy(outputs: outputs, rows: rows, width: width, labels: labels,
                                   classWeights: classWeights, gradient: gradient, inverse: inverse,
                                   lossSum: &lossSum)
            }
        case .meanSquaredError:
            weightSum += Double(rows)
            meanSquaredError(outputs: outputs, rows: rows, width: width, labels: labels,
                             targets: targets, gradient: gradient, lossSum: &lossSum)
        }
    }

    static func softmaxCrossEntropy<S: TrainingScalar>(
        outputs: UnsafePointer<S>, rows: Int, width: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?, inverse: Double,
        doubleSoftmax: Bool, lossSum: inout Double
    ) {
        var i = 0
        if width == 2 && !doubleSoftmax {
            // Four rows at a time in SIMD lanes, bit for bit the rows below.
            var losses = SIMD4<Double>()
            while i + 4 <= rows {
                if Kernels.softmaxPairBlock(outputs: outputs, start: i, labels: labels, classWeights: classWeights,
                                            gradient: gradient, inverse: inverse, weightedLosses: &losses) {
                    for lane in 0..<4 { lossSum += losses[lane] }
                } else {
                    softmaxCrossEntropyRows(i..<(i + 4), outputs: outputs, width: width, labels: labels,
                                            classWeights: classWeights, gradient: gradient, inverse: inverse,
                                            lossSum: &lossSum)
                }
                i += 4
            }
        }
        if doubleSoftmax {
            for i in i..<rows {
                let y = Int(labels[i])
                let w = classWeights.map { $0[y] } ?? 1
                lossSum += w * doubleSoftmaxRow(outputs + i * width, width, y, gradient.map { $0 + i * width },
                                                scale: w * inverse)
            }
            return
        }
        softmaxCrossEntropyRows(i..<rows, outputs: outputs, width: width, labels: labels,
                                classWeights: classWeights, gradient: gradient, inverse: inverse, lossSum: &lossSum)
    }

    /// The softmax cross-entropy of `rows`, one at a time.
    static func softmaxCrossEntropyRows<S: TrainingScalar>(
        _ rows: Range<Int>, outputs: UnsafePointer<S>, width: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?, inverse: Double,
        lossSum: inout Double
    ) {
        for i in rows {
            let z = outputs + i * width
            let y = Int(labels[i])
            let w = classWeights.map { $0[y] } ?? 1
            // max, then exps relative to it; the max entry's exp is exactly 1.
            var top = 0
            var maxValue = z[0]
            for j in 1..<max(1, width) where z[j] > maxValue || maxValue.isNaN {
                maxValue = z[j]
                top = j
            }
            // The exps are parked in the gradient row (as S) until their sum is known.
            var rest = 0.0
            for j in 0..<width where j != top {
                let e = DeterministicMath.exp((z[j] - maxValue).doubleValue)
                rest += e
                if let g = gradient { g[i * width + j] = S(e) }
            }
            let rowLoss = DeterministicMath.log1p(rest) - (z[y] - maxValue).doubleValue
            lossSum += w * rowLoss
            if let g = gradient {
                let gi = g + i * width
                let scale = w * inverse
                let denominator = 1 + rest
                for j in 0..<width {
                    let e = j == top ? 1.0 : gi[j].doubleValue
                    let p = e / denominator
                    gi[j] = S(scale * (j == y ? p - 1 : p))
                }
            }
        }
    }

    /// Loss of CE(softmax(softmax(z))) for one row; writes its exact gradient (times `scale`).
    static func doubleSoftmaxRow<S: TrainingScalar>(_ z: UnsafePointer<S>, _ width: Int, _ y: Int,
                                                    _ g: UnsafeMutablePointer<S>?, scale: Double) -> Double {
        var maxValue = z[0].doubleValue
        for j in 0..<width { maxValue = max(maxValue, z[j].doubleValue) }
        var p = [Double](repeating: 0, count: width)
        var sp = 0.0
        for j in 0..<width {
            p[j] = DeterministicMath.exp(z[j].doubleValue - maxValue)
            sp += p[j]
        }
        for j in 0..<width { p[j] /= sp }
        var q = [Double](repeating: 0, count: width)
        var sq = 0.0
        for j in 0..<width {
            q[j] = DeterministicMath.exp(p[j] - 1)
            sq += q[j]
        }
        for j in 0..<width { q[j] /= sq }
        let loss = -DeterministicMath.log(q[y])
        if let g {
            // dL/dp = q − onehot; dL/dz = p ⊙ (dL/dp − ⟨p, dL/dp⟩).
            var dot = 0.0
            for j in 0..<width { dot += p[j] * (q[j] - (j == y ? 1 : 0)) }
            for j in 0..<width {
                g[j] = S(scale * p[j] * ((q[j] - (j == y ? 1 : 0)) - dot))
            }
        }
        return loss
    }

    static func binaryCrossEntropy<S: TrainingScalar>(
        outputs: UnsafePointer<S>, rows: Int, width: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?, inverse: Double,
        lossSum: inout Double
    ) {
        for i in 0..<rows {
            let z = outputs[i * width].doubleValue
            let y = Double(labels[i])
            let w = classWeights.map { $0[Int(labels[i])] } ?? 1
            // softplus(z) − y·z = −[y log σ(z) + (1 − y) log(1 − σ(z))]
            lossSum += w * (DeterministicMath.softplus(z) - y * z)
            if let g = gradient {
                g[i * width] = S(w * inverse * (DeterministicMath.sigmoid(z) - y))
                var j = 1
                while j < width {
                    g[i * width + j] = 0
                    j += 1
                }
            }
        }
    }

    static func meanSquaredError<S: TrainingScalar>(
        outputs: UnsafePointer<S>, rows: Int, width: Int, labels: UnsafePointer<Int32>?,
        targets: UnsafePointer<S>?, gradient: UnsafeMutablePointer<S>?, lossSum: inout Double
    ) {
        let gradientScale = 2 / Double(rows * width)
        let rowScale = 1 / Double(width)
        for i in 0..<rows {
            var rowSum = 0.0
            for j in 0..<width {
                let t: Double
                if let targets {
                    t = targets[i * width + j].doubleValue
                } else if let labels {
                    t = Int(labels[i]) == j ? 1 : 0
                } else {
                    t = 0
                }
                let d = outputs[i * width + j].doubleValue - t
                rowSum += d * d
                if let g = gradient { g[i * width + j] = S(d * gradientScale) }
            }
            lossSum += rowSum * rowScale
        }
    }
}
