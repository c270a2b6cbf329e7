import Testing
import TrainingCore
import TrainingKernels
#if canImport(TrainingKernelsAVX2)
import CPUFeatures
import TrainingKernelsAVX2
#endif

/// The dense kernels are compiled twice, portable and for x86-64-v3 (AVX2); the process runs
/// one of them. Both must give the same bits, or a result would depend on the CPU: these tests
/// call both builds directly on the same sparse inputs and compare every output bit.
@Suite struct KernelVariantTests {
    /// A row-major matrix with about `zeros` of its entries exactly 0 (as after a ReLU), some
    /// negative zeros among them.
    static func matrix(_ rows: Int, _ columns: Int, zeros: Double, seed: UInt64) -> [Float] {
        var rng = SplitMix64(seed: seed, stream: .data)
        return (0..<(rows * columns)).map { _ in
            let u = rng.uniform()
            if u < zeros { return u < zeros / 4 ? -0.0 : 0 }
            return Float(rng.normal())
        }
    }

    struct Shape: Sendable, CustomStringConvertible {
        var rows: Int, n: Int, m: Int
        var description: String { "\(rows)×\(n)→\(m)" }
    }

    static let shapes = [Shape(rows: 128, n: 32, m: 32), Shape(rows: 128, n: 32, m: 2), Shape(rows: 17, n: 5, m: 33),
                         Shape(rows: 70, n: 70, m: 40), Shape(rows: 9, n: 3, m: 1), Shape(rows: 100, n: 64, m: 8)]

    #if canImport(TrainingKernelsAVX2)
    /// Runs forward, bias, weight and input gradients of one build; returns every output.
    static func passes(_ shape: Shape, avx2: Bool) -> [[UInt32]] {
        let (rows, n, m) = (shape.rows, shape.n, shape.m)
        let x = matrix(rows, n, zeros: 0.5, seed: 1)
        let w = matrix(n, m, zeros: 0, seed: 2)
        let b = matrix(1, m, zeros: 0, seed: 3)
        let dz = matrix(rows, m, zeros: 0.5, seed: 4)
        let blocks = TrainingKernels.DenseKernels.blocks
        var z = [Float](repeating: 0, count: rows * m)
        var masks = [UInt64](repeating: 0, count: rows * blocks(n))
        var columns = [UInt64](repeating: 0, count: n * blocks(rows))
        var db = [Float](repeating: 0, count: m)
        var dw = [Float](repeating: 0, count: n * m)
        var wt = [Float](repeating: 0, count: n * m)
        var dx = [Float](repeating: 0, count: rows * n)
        var scratch = [UInt64](repeating: 0, count: blocks(m) + 1)
        x.withUnsafeBufferPointer { x in w.withUnsafeBufferPointer { w in b.withUnsafeBufferPointer { b in
        dz.withUnsafeBufferPointer { dz in z.withUnsafeMutableBufferPointer { z in masks.withUnsafeMutableBufferPointer { masks in
        columns.withUnsafeMutableBufferPointer { columns in db.withUnsafeMutableBufferPointer { db in
        dw.withUnsafeMutableBufferPointer { dw in wt.withUnsafeMutableBufferPointer { wt in
        dx.withUnsafeMutableBufferPointer { dx in scratch.withUnsafeMutableBufferPointer { scratch in
            let (x, w, b, dz) = (x.baseAddress!, w.baseAddress!, b.baseAddress!, dz.baseAddress!)
            let (z, masks, columns, db) = (z.baseAddress!, masks.baseAddress!, columns.baseAddress!, db.baseAddress!)
            let (dw, wt, dx, scratch) = (dw.baseAddress!, wt.baseAddress!, dx.baseAddress!, scratch.baseAddress!)
            TrainingKernels.DenseKernels.transpose(w, n: n, m: m, into: wt)
            if avx2 {
                TrainingKernelsAVX2.DenseKernels.forward(x: x, rows: rows, n: n, w: w, b: b, m: m, z: z,
                                                         masks: masks, sparseInput: true)
                TrainingKernelsAVX2.DenseKernels.biasGradient(dz: dz, rows: rows, m: m, db: db)
                TrainingKernelsAVX2.DenseKernels.weightGradient(x: x, dz: dz, rows: rows, n: n, m: m, masks: masks,
                                                                columnMasks: columns, sparseInput: true, dw: dw,
                                                                transposed: false)
                TrainingKernelsAVX2.DenseKernels.inputGradient(dz: dz, rows: rows, n: n, m: m, wt: wt, dx: dx,
                                                               scratch: scratch, knownMasks: nil)
            } else {
                TrainingKernels.DenseKernels.forward(x: x, rows: rows, n: n, w: w, b: b, m: m, z: z,
                                                     masks: masks, sparseInput: true)
                TrainingKernels.DenseKernels.biasGradient(dz: dz, rows: rows, m: m, db: db)
                TrainingKernels.DenseKernels.weightGradient(x: x, dz: dz, rows: rows, n: n, m: m, masks: masks,
                                                            columnMasks: columns, sparseInput: true, dw: dw,
                                                            transposed: false)
                TrainingKernels.DenseKernels.inputGradient(dz: dz, rows: rows, n: n, m: m, wt: wt, dx: dx,
                                                           scratch: scratch, knownMasks: nil)
            }
        }}}}}}}}}}}}
        return [z.map(\.bitPattern), masks.map { UInt32(truncatingIfNeeded: $0) }, db.map(\.bitPattern),
                dw.map(\.bitPattern), dx.map(\.bitPattern)]
    }

    @Test(arguments: shapes)
    func bothBuildsOfTheDenseKernelsGiveTheSameBits(_ shape: Shape) throws {
        try #require(lesson_cpu_supports_x86_64_v3() != 0, "this CPU cannot run the x86-64-v3 build")
        let portable = Self.passes(shape, avx2: false)
        let avx2 = Self.passes(shape, avx2: true)
        for (name, (a, b)) in zip(["outputs", "masks", "bias gradient", "weight gradient", "input gradient"], zip(portable, avx2)) {
            let same = a == b
            #expect(same, "\(shape): \(name) differs between the builds")
        }
        // The inputs were sparse enough to take the skipping paths.
        #expect(portable[3].contains { $0 != 0 })
    }

    @Test func bothBuildsOfTheSoftmaxPairKernelGiveTheSameBits() throws {
        try #require(lesson_cpu_supports_x86_64_v3() != 0, "this CPU cannot run the x86-64-v3 build")
        let rows = TrainingKernels.SoftmaxPairKernel.rowsPerBlock
        let logits = Self.matrix(rows, 2, zeros: 0.1, seed: 5).map { $0 * 40 }
        let labels = (0..<rows).map { Int32(($0 * 5 + 1) % 3 == 0 ? 1 : 0) }
        func run(_ avx2: Bool) -> (TrainingKernels.SoftmaxPairKernel.Lanes, [Float]) {
            var losses = TrainingKernels.SoftmaxPairKernel.Lanes()
            var gradient = [Float](repeating: 0, count: 2 * rows)
            let done = logits.withUnsafeBufferPointer { o in labels.withUnsafeBufferPointer { l in
                gradient.withUnsafeMutableBufferPointer { g in
                    avx2 ? TrainingKernelsAVX2.SoftmaxPairKernel.block(outputs: o.baseAddress!, start: 0, labels: l.baseAddress!,
                                                                       classWeights: nil, gradient: g.baseAddress!,
                                                                       inverse: 0.125, weightedLosses: &losses)
                         : TrainingKernels.SoftmaxPairKernel.block(outputs: o.baseAddress!, start: 0, labels: l.baseAddress!,
                                                                   classWeights: nil, gradient: g.baseAddress!,
                                                                   inverse: 0.125, weightedLosses: &losses)
                }
            }}
            #expect(done)
            return (losses, gradient)
        }
        let (portableLosses, portableGradient) = run(false)
        let (avx2Losses, avx2Gradient) = run(true)
        let sameLosses = (0..<rows).allSatisfy { portableLosses[$0].bitPattern == avx2Losses[$0].bitPattern }
        #expect(sameLosses)
        #expect(portableGradient.map(\.bitPattern) == avx2Gradient.map(\.bitPattern))
    }
    #endif

    @Test func theProcessSaysWhichBuildItRuns() {
        #if canImport(TrainingKernelsAVX2)
        #expect(KernelVariant.current == (lesson_cpu_supports_x86_64_v3() != 0 && lesson_kernels_forced_portable() == 0 ? .avx2 : .portable))
        #else
        #expect(KernelVariant.current == .portable)
        #endif
    }
}
