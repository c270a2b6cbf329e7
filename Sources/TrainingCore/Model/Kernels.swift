import TrainingKernels
#if canImport(TrainingKernelsAVX2)
import TrainingKernelsAVX2
#endif

/// The dense-layer kernels of ``KernelVariant/current`` (see `DenseKernels` in
/// TrainingKernels for what each computes and in which order).
enum Kernels {
    @inline(__always)
    static func blocks(_ n: Int) -> Int { TrainingKernels.DenseKernels.blocks(n) }

    @inline(__always)
    static func forward<S: TrainingScalar>(
        x: UnsafePointer<S>, rows: Int, n: Int, w: UnsafePointer<S>, b: UnsafePointer<S>, m: Int,
        z: UnsafeMutablePointer<S>, masks: UnsafeMutablePointer<UInt64>, sparseInput: Bool
    ) {
        #if canImport(TrainingKernelsAVX2)
        if KernelVariant.current == .avx2 {
            return TrainingKernelsAVX2.DenseKernels.forward(x: x, rows: rows, n: n, w: w, b: b, m: m, z: z,
                                                            masks: masks, sparseInput: sparseInput)
        }
        #endif
        TrainingKernels.DenseKernels.forward(x: x, rows: rows, n: n, w: w, b: b, m: m, z: z,
                                             masks: masks, sparseInput: sparseInput)
    }

    @inline(__always)
    static func biasGradient<S: TrainingScalar>(dz: UnsafePointer<S>, rows: Int, m: Int,
                                                db: UnsafeMutablePointer<S>) {
        #if canImport(TrainingKernelsAVX2)
        if KernelVariant.current == .avx2 {
            return TrainingKernelsAVX2.DenseKernels.biasGradient(dz: dz, rows: rows, m: m, db: db)
        }
        #endif
        TrainingKernels.DenseKernels.biasGradient(dz: dz, rows: rows, m: m, db: db)
    }

    @inline(__always)
    static func weightGradient<S: TrainingScalar>(
        x: UnsafePointer<S>, dz: UnsafePointer<S>, rows: Int, n: Int, m: Int,
        masks: UnsafePointer<UInt64>, columnMasks: UnsafeMutablePointer<UInt64>,
        sparseInput: Bool, dw: UnsafeMutablePointer<S>, transposed: Bool
    ) {
        #if canImport(TrainingKernelsAVX2)
        if KernelVariant.current == .avx2 {
            return TrainingKernelsAVX2.DenseKernels.weightGradient(
                x: x, dz: dz, rows: rows, n: n, m: m, masks: masks, columnMasks: columnMasks,
                sparseInput: sparseInput, dw: dw, transposed: transposed)
        }
        #endif
        TrainingKernels.DenseKernels.weightGradient(
            x: x, dz: dz, rows: rows, n: n, m: m, masks: masks, columnMasks: columnMasks,
            sparseInput: sparseInput, dw: dw, transposed: transposed)
    }

    @inline(__always)
    static func transpose<S: TrainingScalar>(_ w: UnsafePointer<S>, n: Int, m: Int,
                                             into wt: UnsafeMutablePointer<S>) {
        TrainingKernels.DenseKernels.transpose(w, n: n, m: m, into: wt)
    }

    @inline(__always)
    static func inputGradient<S: TrainingScalar>(
        dz: UnsafePointer<S>, rows: Int, n: Int, m: Int, wt: UnsafePointer<S>,
        dx: UnsafeMutablePointer<S>, scratch: UnsafeMutablePointer<UInt64>,
        knownMasks: UnsafePointer<UInt64>?
    ) {
        #if canImport(TrainingKernelsAVX2)
        if KernelVariant.current == .avx2 {
            return TrainingKernelsAVX2.DenseKernels.inputGradient(
                dz: dz, rows: rows, n: n, m: m, wt: wt, dx: dx, scratch: scratch, knownMasks: knownMasks)
        }
        #endif
        TrainingKernels.DenseKernels.inputGradient(
            dz: dz, rows: rows, n: n, m: m, wt: wt, dx: dx, scratch: scratch, knownMasks: knownMasks)
    }

    /// The rows one ``softmaxPairBlock(outputs:start:labels:classWeights:gradient:inverse:weightedLosses:)`` takes.
    static let softmaxPairRows = TrainingKernels.SoftmaxPairKernel.rowsPerBlock
    /// A block's weighted losses, one lane per row.
    typealias SoftmaxPairLosses = TrainingKernels.SoftmaxPairKernel.Lanes

    /// A block of rows of a two-class softmax cross-entropy (see `SoftmaxPairKernel`); false
    /// when the scalar rows must do them (a `Double` network, or a row off the main path).
    @inline(__always)
    static func softmaxPairBlock<S: TrainingScalar>(
        outputs: UnsafePointer<S>, start: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?,
        inverse: Double, weightedLosses: inout SoftmaxPairLosses
    ) -> Bool {
        guard S.self == Float.self else { return false }
        let floats = UnsafeRawPointer(outputs).assumingMemoryBound(to: Float.self)
        let floatGradient = gradient.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: Float.self) }
        #if canImport(TrainingKernelsAVX2)
        if KernelVariant.current == .avx2 {
            return TrainingKernelsAVX2.SoftmaxPairKernel.block(
                outputs: floats, start: start, labels: labels, classWeights: classWeights,
                gradient: floatGradient, inverse: inverse, weightedLosses: &weightedLosses)
        }
        #endif
        return TrainingKernels.SoftmaxPairKernel.block(
            outputs: floats, start: start, labels: labels, classWeights: classWeights,
            gradient: floatGradient, inverse: inverse, weightedLosses: &weightedLosses)
    }
}
