/// Preallocated buffers of one network for a batch of up to `rowCapacity` rows: layer outputs,
/// their gradients, dropout masks, transposed weights and the non-zero index lists.
/// Grows only when a larger batch arrives; never allocates during a step otherwise.
struct NetworkWorkspace<S: TrainingScalar>: Sendable {
    var rowCapacity = 0
    var scalars: [S] = []
    var masks: [UInt64] = []
    /// Offset of layer boundary b's values (b = 0 is the input, b = l + 1 the output of layer l).
    var valueOffsets: [Int] = []
    /// Offset of dLoss/d(values at boundary b).
    var deltaOffsets: [Int] = []
    /// Offset of layer l's dropout mask, or −1.
    var maskOffsets: [Int] = []
    /// Offset of dense layer d's transposed weights.
    var transposeOffsets: [Int] = []
    /// Offset (in `masks`) of dense layer d's per-row non-zero input masks.
    var maskWordOffsets: [Int] = []
    var scratchOffset = 0
    /// Offset (in `masks`) of the column masks a weight gradient builds (widest input ×
    /// blocks(rows) words).
    var columnMaskOffset = 0
    /// Rows of the last forward pass, and whether it ran in training mode.
    var rows = 0
    var lastForwardTraining = false

    /// Lays the buffers out for `rows` rows (rounded up to a multiple of 8), keeping nothing.
    mutating func layout(rows: Int, plan: [LayerPlan], dense: [DenseLayerInfo], inputs: Int) {
        let cap = max(8, (rows + 7) / 8 * 8)
        var offset = 0
        var widths = [inputs]
        for layer in plan { widths.append(layer.outputWidth) }
        valueOffsets = []
        for w in widths {
            valueOffsets.append(offset)
            offset += cap * w + 8
        }
        deltaOffsets = []
        for w in widths {
            deltaOffsets.append(offset)
            offset += cap * w + 8
        }
        maskOffsets = []
        for layer in plan {
            if case .dropout = layer.kind {
                maskOffsets.append(offset)
                offset += cap * layer.outputWidth + 8
            } else {
                maskOffsets.append(-1)
            }
        }
        transposeOffsets = []
        for d in dense {
            transposeOffsets.append(offset)
            offset += d.inputs * d.outputs + 8
        }
        scalars = [S](repeating: 0, count: offset)
        var ioffset = 0
        maskWordOffsets = []
        var maxWidth = inputs
        for d in dense {
            maskWordOffsets.append(ioffset)
            ioffset += cap * Kernels.blocks(d.inputs)
            maxWidth = max(maxWidth, d.outputs, d.inputs)
        }
        scratchOffset = ioffset
        ioffset += Kernels.blocks(maxWidth) + 1
        columnMaskOffset = ioffset
        ioffset += (dense.map(\.inputs).max() ?? 0) * Kernels.blocks(cap)
        masks = [UInt64](repeating: 0, count: ioffset)
        rowCapacity = cap
        self.rows = 0
    }
}

/// One layer as the network executes it.
struct LayerPlan: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A dense layer: its index among the dense layers, whether its input comes from a
        /// ReLU (so zero inputs are skipped), and the dense layer (or −1) whose recorded input
        /// masks cover the non-zeros of this layer's output gradient.
        case dense(Int, sparseInput: Bool, outputMasksFrom: Int)
        case activation(Activation)
        case dropout(Double)
    }
    var kind: Kind
    var inputWidth: Int
    var outputWidth: Int
}
