/// Mean, spread and fraction of zeros of one layer's outputs over a batch.
public struct LayerActivationStatistics: Sendable, Hashable {
    /// "relu1", "tanh2", ... (activation name and its 1-based position among activations).
    public var name: String
    /// Mean over all rows and units.
    public var mean: Double
    /// Population standard deviation over all rows and units.
    public var standardDeviation: Double
    /// Fraction of values exactly 0 (dead ReLUs), in [0, 1].
    public var fractionZero: Double
    /// Fraction of values that are NaN or infinite, in [0, 1].
    public var fractionNonFinite: Double
}

/// How the activations of a deep network look, from their statistics.
public enum ActivationVerdict: String, Sendable, Hashable, CaseIterable {
    /// Spread roughly kept from layer to layer, few dead units.
    case healthy
    /// The spread shrinks towards zero with depth (signals die out).
    case vanishing
    /// The spread grows by orders of magnitude with depth (or overflows).
    case exploding
    /// Some layer outputs zero for almost every input (dead ReLUs).
    case dead
}

/// Activation statistics per layer: run a batch forward (inference mode) and measure every
/// activation layer's output (every dense output when the network has no activations).
public enum ActivationStatistics {
    /// Statistics of each activation layer on the rows of `batch` (sums in row order).
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func measure<S: TrainingScalar>(_ network: Network<S>, batch: Dataset) throws -> [LayerActivationStatistics] {
        try network.checkShape(batch)
        guard batch.count > 0 else { throw TrainingCoreError.invalidData("the batch is empty") }
        var net = network
        let x = batch.features.map { S($0) }
        var unused = SplitMix64(seed: 0)
        x.withUnsafeBufferPointer { xb in net.loadInput(from: xb.baseAddress!, rows: batch.count) }
        net.forwardPass(rows: batch.count, training: false, dropout: &unused)
        let hasActivations = net.plan.contains { if case .activation = $0.kind { return true } else { return false } }
        var names: [Int: String] = [:]
        var activationCount = 0, denseCount = 0
        for (l, layer) in net.plan.enumerated() {
            switch layer.kind {
            case .activation(let a):
                activationCount += 1
                names[l + 1] = "\(a.name)\(activationCount)"
            case .dense:
                denseCount += 1
                if !hasActivations { names[l + 1] = "dense\(denseCount)" }
            case .dropout:
                break
            }
        }
        let stats: [LayerActivationStatistics?] = net.withLayerValues { boundary, values in
            guard let name = names[boundary] else { return nil }
            var sum = 0.0, zeros = 0, bad = 0, n = 0
            for v in values {
                let d = v.doubleValue
                if !d.isFinite { bad += 1; continue }
                sum += d
                n += 1
                if d == 0 { zeros += 1 }
            }
            let mean = n > 0 ? sum / Double(n) : .nan
            var squares = 0.0
            for v in values {
                let d = v.doubleValue
                if d.isFinite { squares += (d - mean) * (d - mean) }
            }
            let total = Double(max(1, values.count))
            return LayerActivationStatistics(name: name, mean: mean,
                                             standardDeviation: n > 0 ? (squares / Double(n)).squareRoot() : .nan,
                                             fractionZero: Double(zeros) / total,
                                             fractionNonFinite: Double(bad) / total)
        }
        return stats.compactMap { $0 }
    }

    /// Classifies per-layer statistics (first to last layer):
    /// - dead: some layer has ≥ 90% zeros;
    /// - exploding: a non-finite value, or the last spread is > 10 and > 10× the first;
    /// - vanishing: the last spread is < 0.05 and < 0.1× the first;
    /// - healthy otherwise.
    public static func verdict(_ layers: [LayerActivationStatistics]) -> ActivationVerdict {
        guard let first = layers.first, let last = layers.last else { return .healthy }
        if layers.contains(where: { $0.fractionZero >= 0.9 }) { return .dead }
        if layers.contains(where: { $0.fractionNonFinite > 0 || !$0.standardDeviation.isFinite }) { return .exploding }
        if last.standardDeviation > 10 && last.standardDeviation > 10 * first.standardDeviation { return .exploding }
        if last.standardDeviation < 0.05 && last.standardDeviation < 0.1 * first.standardDeviation { return .vanishing }
        return .healthy
    }
}
