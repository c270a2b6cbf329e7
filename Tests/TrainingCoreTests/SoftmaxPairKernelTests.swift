import Testing
@testable import TrainingCore

/// The blocks-of-rows two-class softmax must give the scalar rows' exact bits: the
/// loss sum and every gradient entry, with and without class weights, on logits from tiny to
/// huge gaps (e^x near its underflow), ties, and non-finite rows that fall back to scalar.
@Suite struct SoftmaxPairKernelTests {
    static func logits(count: Int, seed: UInt64) -> [Float] {
        var rng = SplitMix64(seed: seed, stream: .data)
        var values: [Float] = []
        for i in 0..<count {
            switch i % 11 {
            case 0: values.append(Float(rng.normal() * 300))  // gaps beyond e^−708 too
            case 1: values.append(values.last ?? 0)            // a tie with the other logit
            case 2: values.append(Float(rng.uniform() * 1e-6))
            default: values.append(Float(rng.normal() * 3))
            }
        }
        return values
    }

    func compare(_ outputs: [Float], labels: [Int32], classWeights: [Double]?) {
        let rows = outputs.count / 2
        var fastGradient = [Float](repeating: 0, count: outputs.count)
        var slowGradient = fastGradient
        var fastLoss = 0.0, slowLoss = 0.0
        let total = classWeights.map { w in labels.reduce(0.0) { $0 + w[Int($1)] } } ?? Double(rows)
        outputs.withUnsafeBufferPointer { o in
            labels.withUnsafeBufferPointer { l in
                (classWeights ?? []).withUnsafeBufferPointer { cw in
                    let weights = classWeights == nil ? nil : cw.baseAddress
                    fastGradient.withUnsafeMutableBufferPointer { g in
                        var weightSum = 0.0
                        LossKernels.evaluate(.softmaxCrossEntropy, fault: .none, outputs: o.baseAddress!, rows: rows,
                                             width: 2, labels: l.baseAddress!, targets: nil, classWeights: weights,
                                             gradient: g.baseAddress!, lossSum: &fastLoss, weightSum: &weightSum)
                    }
                    slowGradient.withUnsafeMutableBufferPointer { g in
                        // The plain scalar rows, summed in order.
                        var rowLosses = [Double](repeating: 0, count: rows)
                        rowLosses.withUnsafeMutableBufferPointer { losses in
                            LossKernels.softmaxCrossEntropyRows(0..<rows, outputs: o.baseAddress!, width: 2,
                                                                labels: l.baseAddress!, classWeights: weights,
                                                                gradient: g.baseAddress!, inverse: 1 / total,
                                                                losses: losses.baseAddress!)
                        }
                        for loss in rowLosses { slowLoss += loss }
                    }
                }
            }
        }
        #expect(fastLoss.bitPattern == slowLoss.bitPattern || (fastLoss.isNaN && slowLoss.isNaN),
                "loss \(fastLoss) vs \(slowLoss)")
        let differing = (0..<outputs.count).filter {
            fastGradient[$0].bitPattern != slowGradient[$0].bitPattern && !(fastGradient[$0].isNaN && slowGradient[$0].isNaN)
        }
        #expect(differing.isEmpty, "gradient entries differ at \(differing.prefix(5))")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func blocksOfRowsGiveTheScalarBits(seed: UInt64) {
        let outputs = Self.logits(count: 2 * 402, seed: seed)
        let labels = (0..<402).map { Int32(($0 * 7 + Int(seed)) % 3 == 0 ? 1 : 0) }
        compare(outputs, labels: labels, classWeights: nil)
        compare(outputs, labels: labels, classWeights: [0.3, 2.5])
    }

    @Test func nonFiniteRowsFallBackToTheScalarPath() {
        var outputs = Self.logits(count: 2 * 48, seed: 9)
        outputs[3] = .nan
        outputs[40] = .infinity
        outputs[71] = -.infinity
        let labels = (0..<48).map { Int32($0 % 2) }
        compare(outputs, labels: labels, classWeights: nil)
    }
}
