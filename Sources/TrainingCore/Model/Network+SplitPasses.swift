/// Raw pointers into a network's buffers, handed to the helper thread of a split step. The
/// two halves write disjoint rows or disjoint gradient entries, and the main thread waits for
/// the helper before it touches them again.
struct SplitStepBuffers<Scalar: TrainingScalar>: @unchecked Sendable {
    var parameters: UnsafePointer<Scalar>
    var gradients: UnsafeMutablePointer<Scalar>
    var scalars: UnsafeMutablePointer<Scalar>
    var masks: UnsafeMutablePointer<UInt64>
    var rowLosses: UnsafeMutablePointer<Double>
}

/// What the loss of a split step needs besides the network.
struct SplitStepLoss<Scalar: TrainingScalar>: @unchecked Sendable {
    var function: LossFunction
    var fault: LossFault
    var labels: UnsafePointer<Int32>?
    var targets: UnsafePointer<Scalar>?
    var classWeights: UnsafePointer<Double>?
}

extension Network {
    /// Whether a training batch can be split between two threads with the same bits as one:
    /// no dropout (its masks come from one sequential random stream) and no planted backward
    /// faults.
    var supportsSplitBatches: Bool {
        let hasDropout = plan.contains { if case .dropout = $0.kind { return true } else { return false } }
        return !hasDropout && denseLayers.allSatisfy { $0.fault == .none }
    }

    /// Forward, loss and backward of the loaded batch with two threads, bit for bit what
    /// `forwardPass` + `lossPass` + `backwardPass` give:
    /// 1. each thread takes half of the rows through every layer, the loss and every input
    ///    gradient (rows are independent);
    /// 2. each thread takes half of every weight and bias gradient's entries, each entry summed
    ///    over all rows in the usual order;
    /// then the rows' losses are added in row order. Needs ``supportsSplitBatches``.
    @available(macOS 15.0, *)
    mutating func splitPasses(rows: Int, on worker: StepWorker, loss: SplitStepLoss<Scalar>,
                              lossSum: inout Double, weightSum: inout Double) {
        let plan = self.plan
        let dense = self.denseLayers
        let first = firstDense
        let values = workspace.valueOffsets
        let deltas = workspace.deltaOffsets
        let maskWords = workspace.maskWordOffsets
        let transposes = workspace.transposeOffsets
        let scratch = [workspace.scratchOffset, workspace.helperScratchOffset]
        let columnMasks = [workspace.columnMaskOffset, workspace.helperColumnMaskOffset]
        let outputWidth = outputCount
        let batch = LossKernels.batchWeight(loss.function, rows: rows, labels: loss.labels,
                                            classWeights: loss.classWeights)
        // Half 0 takes the first rows, rounded to whole SIMD blocks of the loss.
        let middle = min(rows, (rows / 2 + 7) / 8 * 8)
        parameters.withUnsafeBufferPointer { pb in
            gradients.withUnsafeMutableBufferPointer { gb in
                workspace.scalars.withUnsafeMutableBufferPointer { sb in
                    workspace.masks.withUnsafeMutableBufferPointer { ib in
                        workspace.rowLosses.withUnsafeMutableBufferPointer { lb in
                            let buffers = SplitStepBuffers(parameters: pb.baseAddress!, gradients: gb.baseAddress!,
                                                           scalars: sb.baseAddress!, masks: ib.baseAddress!,
                                                           rowLosses: lb.baseAddress!)
                            let p = buffers.parameters, s = buffers.scalars
                            // Wᵀ of every dense layer whose input gradient is needed.
                            for l in plan.indices where l > first {
                                guard case .dense(let d, _, _) = plan[l].kind else { continue }
                                let info = dense[d]
                                Kernels.transpose(p + info.weightOffset, n: info.inputs, m: info.outputs,
                                                  into: s + transposes[d])
                            }
                            worker.run { half in
                                let range = half == 0 ? 0..<middle : middle..<rows
                                guard !range.isEmpty else { return }
                                Network.rowPasses(range, plan: plan, dense: dense, first: first, values: values,
                                                  deltas: deltas, maskWords: maskWords, transposes: transposes,
                                                  scratch: scratch[half], buffers: buffers, loss: loss,
                                                  batch: batch, outputWidth: outputWidth)
                            }
                            worker.run { half in
                                Network.parameterGradients(half: half, rows: rows, plan: plan, dense: dense,
                                                           values: values, deltas: deltas, maskWords: maskWords,
                                                           columnMasks: columnMasks[half], buffers: buffers)
                            }
                            LossKernels.addRowLosses(buffers.rowLosses, rows: rows, batch: batch,
                                                     lossSum: &lossSum, weightSum: &weightSum)
                        }
                    }
                }
            }
        }
        workspace.rows = rows
        workspace.lastForwardTraining = true
    }

    /// Rows `range` through every layer, the loss and back to the first dense layer's output.
    static func rowPasses(_ range: Range<Int>, plan: [LayerPlan], dense: [DenseLayerInfo], first: Int,
                          values: [Int], deltas: [Int], maskWords: [Int], transposes: [Int], scratch: Int,
                          buffers: SplitStepBuffers<Scalar>, loss: SplitStepLoss<Scalar>,
                          batch: LossKernels.BatchWeight, outputWidth: Int) {
        let p = buffers.parameters, s = buffers.scalars, idx = buffers.masks
        let a = range.lowerBound, count = range.count
        for l in 0..<plan.count {
            let layer = plan[l]
            let x = UnsafePointer(s + values[l] + a * layer.inputWidth)
            let y = s + values[l + 1] + a * layer.outputWidth
            switch layer.kind {
            case .dense(let d, let sparse, _):
                let info = dense[d]
                Kernels.forward(x: x, rows: count, n: info.inputs, w: p + info.weightOffset,
                                b: p + info.biasOffset, m: info.outputs, z: y,
                                masks: idx + maskWords[d] + a * Kernels.blocks(info.inputs), sparseInput: sparse)
            case .activation(let activation):
                ActivationKernels.forward(activation, x: x, y: y, count: count * layer.outputWidth)
            case .dropout:
                for e in 0..<(count * layer.outputWidth) { y[e] = x[e] }
            }
        }
        LossKernels.evaluateRows(range, loss.function, fault: loss.fault, batch: batch,
                                 outputs: UnsafePointer(s + values[plan.count]), width: outputWidth,
                                 labels: loss.labels, targets: loss.targets, classWeights: loss.classWeights,
                                 gradient: s + deltas[plan.count], losses: buffers.rowLosses)
        var l = plan.count - 1
        while l > first {
            let layer = plan[l]
            let w = layer.outputWidth, v = layer.inputWidth
            let dy = UnsafePointer(s + deltas[l + 1] + a * w)
            let dx = s + deltas[l] + a * v
            switch layer.kind {
            case .dense(let d, _, let maskSource):
                let info = dense[d]
                let known = maskSource >= 0 ? UnsafePointer(idx + maskWords[maskSource] + a * Kernels.blocks(info.outputs)) : nil
                Kernels.inputGradient(dz: dy, rows: count, n: info.inputs, m: info.outputs,
                                      wt: UnsafePointer(s + transposes[d]), dx: dx,
                                      scratch: idx + scratch, knownMasks: known)
            case .activation(let activation):
                ActivationKernels.backward(activation, x: UnsafePointer(s + values[l] + a * v),
                                           y: UnsafePointer(s + values[l + 1] + a * w), dy: dy, dx: dx,
                                           count: count * w)
            case .dropout:
                for e in 0..<(count * w) { dx[e] = dy[e] }
            }
            l -= 1
        }
    }

    /// Half `half` of every dense layer's weight and bias gradient, over all rows.
    static func parameterGradients(half: Int, rows: Int, plan: [LayerPlan], dense: [DenseLayerInfo],
                                   values: [Int], deltas: [Int], maskWords: [Int], columnMasks: Int,
                                   buffers: SplitStepBuffers<Scalar>) {
        let g = buffers.gradients, s = buffers.scalars, idx = buffers.masks
        for l in plan.indices {
            guard case .dense(let d, let sparse, _) = plan[l].kind else { continue }
            let info = dense[d]
            let dz = UnsafePointer(s + deltas[l + 1])
            Kernels.biasGradient(dz: dz, rows: rows, m: info.outputs, db: g + info.biasOffset,
                                 columns: Kernels.biasColumns(info.outputs, half: half))
            Kernels.weightGradient(x: UnsafePointer(s + values[l]), dz: dz, rows: rows, n: info.inputs,
                                   m: info.outputs, masks: idx + maskWords[d], columnMasks: idx + columnMasks,
                                   sparseInput: sparse, dw: g + info.weightOffset, transposed: false, half: half)
        }
    }
}
