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
///
/// The work comes in three parts: ``BatchWeight`` is fixed for the whole batch first,
/// ``evaluateRows`` does any range of rows (eight-row SIMD blocks or one row at a time) and
/// writes each row's weighted loss, and ``addRowLosses`` sums them in row order, so how the
/// rows were grouped never shows in the bits.
enum LossKernels {
    /// What the gradient of every row of a batch is scaled by.
    struct BatchWeight {
        /// Σwᵢ over the batch (the row count when unweighted).
        var total: Double
        /// 1 / Σwᵢ (0 for an empty weight).
        var inverse: Double
        /// The number of rows in the batch.
        var rows: Int
    }

    static func batchWeight(_ loss: LossFunction, rows: Int, labels: UnsafePointer<Int32>?,
                            classWeights: UnsafePointer<Double>?) -> BatchWeight {
        var total = Double(rows)
        if loss != .meanSquaredError, let labels, let cw = classWeights {
            total = 0
            for i in 0..<rows { total += cw[Int(labels[i])] }
        }
        return BatchWeight(total: total, inverse: total > 0 ? 1 / total : 0, rows: rows)
    }

    /// The whole batch in one piece (see the type's summary).
    static func evaluate<S: TrainingScalar>(
        _ loss: LossFunction, fault: LossFault,
        outputs: UnsafePointer<S>, rows: Int, width: Int,
        labels: UnsafePointer<Int32>?, targets: UnsafePointer<S>?,
        classWeights: UnsafePointer<Double>?,
        gradient: UnsafeMutablePointer<S>?,
        lossSum: inout Double, weightSum: inout Double
    ) {
        guard rows > 0, labels != nil || loss == .meanSquaredError else { return }
        let batch = batchWeight(loss, rows: rows, labels: labels, classWeights: classWeights)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: rows) { buffer in
            let losses = buffer.baseAddress!
            evaluateRows(0..<rows, loss, fault: fault, batch: batch, outputs: outputs, width: width,
                         labels: labels, targets: targets, classWeights: classWeights,
                         gradient: gradient, losses: losses)
            addRowLosses(losses, rows: rows, batch: batch, lossSum: &lossSum, weightSum: &weightSum)
        }
    }

    /// Adds the rows' weighted losses in row order, and the batch's weight.
    static func addRowLosses(_ losses: UnsafePointer<Double>, rows: Int, batch: BatchWeight,
                             lossSum: inout Double, weightSum: inout Double) {
        weightSum += batch.total
        for i in 0..<rows { lossSum += losses[i] }
    }

    /// Rows `range` of a batch: loss of row i (times its weight) to `losses[i]`, gradient
    /// rows to `gradient` (indices are the batch's own).
    static func evaluateRows<S: TrainingScalar>(
        _ range: Range<Int>, _ loss: LossFunction, fault: LossFault, batch: BatchWeight,
        outputs: UnsafePointer<S>, width: Int,
        labels: UnsafePointer<Int32>?, targets: UnsafePointer<S>?,
        classWeights: UnsafePointer<Double>?,
        gradient: UnsafeMutablePointer<S>?, losses: UnsafeMutablePointer<Double>
    ) {
        switch loss {
        case .softmaxCrossEntropy:
            guard let labels else { return }
            softmaxCrossEntropy(range, outputs: outputs, width: width, labels: labels,
                                classWeights: classWeights, gradient: gradient, inverse: batch.inverse,
                                doubleSoftmax: fault == .probabilitiesAsLogits, losses: losses)
        case .binaryCrossEntropy:
            guard let labels else { return }
            binaryCrossEntropy(range, outputs: outputs, width: width, labels: labels,
                               classWeights: classWeights, gradient: gradient, inverse: batch.inverse,
                               losses: losses)
        case .meanSquaredError:
            meanSquaredError(range, batchRows: batch.rows, outputs: outputs, width: width, labels: labels,
                             targets: targets, gradient: gradient, losses: losses)
        }
    }

    static func softmaxCrossEntropy<S: TrainingScalar>(
        _ range: Range<Int>, outputs: UnsafePointer<S>, width: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?, inverse: Double,
        doubleSoftmax: Bool, losses: UnsafeMutablePointer<Double>
    ) {
        if doubleSoftmax {
            for i in range {
                let y = Int(labels[i])
                let w = classWeights.map { $0[y] } ?? 1
                losses[i] = w * doubleSoftmaxRow(outputs + i * width, width, y, gradient.map { $0 + i * width },
                                                 scale: w * inverse)
            }
            return
        }
        var i = range.lowerBound
        if width == 2 && S.self == Float.self {
            // Blocks of rows in SIMD lanes, bit for bit the rows below.
            let lanes = Kernels.softmaxPairRows
            var block = Kernels.SoftmaxPairLosses()
            while i + lanes <= range.upperBound {
                if Kernels.softmaxPairBlock(outputs: outputs, start: i, labels: labels, classWeights: classWeights,
                                            gradient: gradient, inverse: inverse, weightedLosses: &block) {
                    for lane in 0..<lanes { losses[i + lane] = block[lane] }
                } else {
                    softmaxCrossEntropyRows(i..<(i + lanes), outputs: outputs, width: width, labels: labels,
                                            classWeights: classWeights, gradient: gradient, inverse: inverse,
                                            losses: losses)
                }
                i += lanes
            }
        }
        softmaxCrossEntropyRows(i..<range.upperBound, outputs: outputs, width: width, labels: labels,
                                classWeights: classWeights, gradient: gradient, inverse: inverse, losses: losses)
    }

    /// The softmax cross-entropy of `rows`, one at a time.
    static func softmaxCrossEntropyRows<S: TrainingScalar>(
        _ rows: Range<Int>, outputs: UnsafePointer<S>, width: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?, inverse: Double,
        losses: UnsafeMutablePointer<Double>
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
            losses[i] = w * rowLoss
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
        _ range: Range<Int>, outputs: UnsafePointer<S>, width: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?, inverse: Double,
        losses: UnsafeMutablePointer<Double>
    ) {
        for i in range {
            let z = outputs[i * width].doubleValue
            let y = Double(labels[i])
            let w = classWeights.map { $0[Int(labels[i])] } ?? 1
            // softplus(z) − y·z = −[y log σ(z) + (1 − y) log(1 − σ(z))]
            losses[i] = w * (DeterministicMath.softplus(z) - y * z)
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
        _ range: Range<Int>, batchRows: Int, outputs: UnsafePointer<S>, width: Int,
        labels: UnsafePointer<Int32>?, targets: UnsafePointer<S>?, gradient: UnsafeMutablePointer<S>?,
        losses: UnsafeMutablePointer<Double>
    ) {
        let gradientScale = 2 / Double(batchRows * width)
        let rowScale = 1 / Double(width)
        for i in range {
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
            losses[i] = rowSum * rowScale
        }
    }
}
