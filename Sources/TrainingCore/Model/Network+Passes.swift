extension Network {
    /// Copies `rows` input rows into the input buffer: row r is `features[indices[r]]` when
    /// `indices` is given, else `features[start + r]`. `features` is row-major with
    /// ``inputCount`` columns.
    mutating func loadInput(from features: UnsafePointer<Scalar>, rows: Int, start: Int = 0,
                            indices: UnsafePointer<Int32>? = nil) {
        reserve(rows: rows)
        let width = architecture.inputs
        let offset = workspace.valueOffsets[0]
        workspace.scalars.withUnsafeMutableBufferPointer { sb in
            let input = sb.baseAddress! + offset
            for r in 0..<rows {
                let source = features + (indices.map { Int($0[r]) } ?? (start + r)) * width
                let target = input + r * width
                for c in 0..<width { target[c] = source[c] }
            }
        }
    }

    /// Runs the loaded input through every layer. In training mode dropout draws its masks
    /// from `dropout`; otherwise dropout is the identity and `dropout` is not touched.
    mutating func forwardPass(rows: Int, training: Bool, dropout: inout SplitMix64) {
        let plan = self.plan
        let dense = self.denseLayers
        let values = workspace.valueOffsets
        let masks = workspace.maskOffsets
        let maskWords = workspace.maskWordOffsets
        parameters.withUnsafeBufferPointer { pb in
            workspace.scalars.withUnsafeMutableBufferPointer { sb in
                workspace.masks.withUnsafeMutableBufferPointer { ib in
                    let p = pb.baseAddress!, s = sb.baseAddress!, idx = ib.baseAddress!
                    for l in 0..<plan.count {
                        let layer = plan[l]
                        let x = UnsafePointer(s + values[l])
                        let y = s + values[l + 1]
                        let count = rows * layer.outputWidth
                        switch layer.kind {
                        case .dense(let d, let sparse, _):
                            let info = dense[d]
                            Kernels.forward(x: x, rows: rows, n: info.inputs,
                                            w: p + info.weightOffset, b: p + info.biasOffset,
                                            m: info.outputs, z: y, masks: idx + maskWords[d],
                                            sparseInput: sparse)
                        case .activation(let a):
                            ActivationKernels.forward(a, x: x, y: y, count: count)
                        case .dropout(let rate):
                            if training && rate > 0 {
                                let mask = s + masks[l]
                                let keep = Scalar(1 / (1 - rate))
                                for e in 0..<count {
                                    let m: Scalar = dropout.uniform() < rate ? 0 : keep
                                    mask[e] = m
                                    y[e] = x[e] * m
                                }
                            } else {
                                for e in 0..<count { y[e] = x[e] }
                            }
                        }
                    }
                }
            }
        }
        workspace.rows = rows
        workspace.lastForwardTraining = training
    }

    /// Runs the loss on the last forward pass's outputs (see `LossKernels` for the sums),
    /// writing dLoss/dOutputs into the output gradient buffer when `withGradient`.
    mutating func lossPass(_ loss: LossFunction, fault: LossFault, labels: UnsafePointer<Int32>?,
                           targets: UnsafePointer<Scalar>?, classWeights: UnsafePointer<Double>?,
                           withGradient: Bool, lossSum: inout Double, weightSum: inout Double) {
        let rows = workspace.rows
        let width = outputCount
        let out = workspace.valueOffsets[plan.count]
        let delta = workspace.deltaOffsets[plan.count]
        workspace.scalars.withUnsafeMutableBufferPointer { sb in
            let s = sb.baseAddress!
            LossKernels.evaluate(loss, fault: fault, outputs: UnsafePointer(s + out), rows: rows,
                                 width: width, labels: labels, targets: targets,
                                 classWeights: classWeights,
                                 gradient: withGradient ? s + delta : nil,
                                 lossSum: &lossSum, weightSum: &weightSum)
        }
    }

    /// Adds N(0, σ²) noise to every loaded input value (augmentation).
    mutating func jitterInput(rows: Int, standardDeviation: Double, using rng: inout SplitMix64) {
        let count = rows * architecture.inputs
        let offset = workspace.valueOffsets[0]
        workspace.scalars.withUnsafeMutableBufferPointer { sb in
            for e in 0..<count { sb[offset + e] += Scalar(standardDeviation * rng.normal()) }
        }
    }

    /// Backpropagates the output gradient of the last forward pass, adding the parameter
    /// gradients into ``gradients`` (call ``zeroGradients()`` first for a fresh gradient).
    mutating func backwardPass() {
        let rows = workspace.rows
        let plan = self.plan
        let dense = self.denseLayers
        let first = firstDense
        let training = workspace.lastForwardTraining
        let values = workspace.valueOffsets
        let deltas = workspace.deltaOffsets
        let masks = workspace.maskOffsets
        let maskWords = workspace.maskWordOffsets
        let transposes = workspace.transposeOffsets
        let scratchOffset = workspace.scratchOffset
        let columnMasks = workspace.columnMaskOffset
        parameters.withUnsafeBufferPointer { pb in
            gradients.withUnsafeMutableBufferPointer { gb in
                workspace.scalars.withUnsafeMutableBufferPointer { sb in
                    workspace.masks.withUnsafeMutableBufferPointer { ib in
                        let p = pb.baseAddress!, g = gb.baseAddress!
                        let s = sb.baseAddress!, idx = ib.baseAddress!
                        var l = plan.count - 1
                        while l >= first {
                            let layer = plan[l]
                            let x = UnsafePointer(s + values[l])
                            let y = UnsafePointer(s + values[l + 1])
                            let dy = UnsafePointer(s + deltas[l + 1])
                            let dx = s + deltas[l]
                            let count = rows * layer.outputWidth
                            switch layer.kind {
                            case .dense(let d, let sparse, let maskSource):
                                let info = dense[d]
                                if info.fault != .missingBiasGradient {
                                    Kernels.biasGradient(dz: dy, rows: rows, m: info.outputs,
                                                         db: g + info.biasOffset)
                                }
                                Kernels.weightGradient(
                                    x: x, dz: dy, rows: rows, n: info.inputs, m: info.outputs,
                                    masks: idx + maskWords[d], columnMasks: idx + columnMasks,
                                    sparseInput: sparse, dw: g + info.weightOffset,
                                    transposed: info.fault == .transposedWeights)
                                if l > first {
                                    let wt = s + transposes[d]
                                    Kernels.transpose(p + info.weightOffset, n: info.inputs,
                                                      m: info.outputs, into: wt)
                                    Kernels.inputGradient(dz: dy, rows: rows, n: info.inputs,
                                                          m: info.outputs, wt: wt, dx: dx,
                                                          scratch: idx + scratchOffset,
                                                          knownMasks: maskSource >= 0 ? UnsafePointer(idx + maskWords[maskSource]) : nil)
                                }
                            case .activation(let a):
                                ActivationKernels.backward(a, x: x, y: y, dy: dy, dx: dx, count: count)
                            case .dropout(let rate):
                                if training && rate > 0 {
                                    let mask = s + masks[l]
                                    for e in 0..<count { dx[e] = dy[e] * mask[e] }
                                } else {
                                    for e in 0..<count { dx[e] = dy[e] }
                                }
                            }
                            l -= 1
                        }
                    }
                }
            }
        }
    }

    /// Reads the outputs of the last forward pass (rows × ``outputCount``) into `target`.
    func copyOutputs(into target: UnsafeMutablePointer<Scalar>) {
        let count = workspace.rows * outputCount
        let offset = workspace.valueOffsets[plan.count]
        workspace.scalars.withUnsafeBufferPointer { sb in
            for e in 0..<count { target[e] = sb[offset + e] }
        }
    }

    /// Calls `body` with the values at every layer boundary of the last forward pass:
    /// boundary 0 is the input, boundary l + 1 the output of layer l; each is rows × width.
    func withLayerValues<R>(_ body: (_ boundary: Int, _ values: UnsafeBufferPointer<Scalar>) -> R) -> [R] {
        let rows = workspace.rows
        var widths = [architecture.inputs]
        for layer in plan { widths.append(layer.outputWidth) }
        return workspace.scalars.withUnsafeBufferPointer { sb in
            var results: [R] = []
            for b in 0..<widths.count {
                let start = sb.baseAddress! + workspace.valueOffsets[b]
                results.append(body(b, UnsafeBufferPointer(start: start, count: rows * widths[b])))
            }
            return results
        }
    }
}
