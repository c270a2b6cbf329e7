/// The hot loops of dense layers on raw pointers: no allocation, no bounds or exclusivity checks.
///
/// Determinism: every output element is a sum over the summed axis in ascending order, started
/// from zero (or from the value already in the gradient buffer), skipping terms whose input is
/// exactly zero (ReLU makes about half of them zero). SIMD lanes run across independent output
/// columns only, never along the summed axis, so the bits do not depend on the chunk width.
///
/// Non-zero inputs are found through bit masks: one `UInt64` per block of 64 inputs of a row,
/// bit k set when input k is not ±0 (NaN counts as non-zero, so it propagates). Where a path
/// adds a zeroed term instead of skipping it, the sum is unchanged: a sum started at +0 never
/// becomes −0, and adding +0 to anything else leaves it as it is.
///
/// Index arithmetic in the inner loops wraps (`&*`, `&+`): the indices are in range by
/// construction, and the overflow checks cost instructions these loops are bound by.
///
/// This file is compiled twice, into `TrainingKernels` and (through a symbolic link) into
/// `TrainingKernelsAVX2` for x86-64-v3; only IEEE operations that round the same on every CPU are
/// used (Swift never fuses a multiply and an add), so both builds give the same bits.
public enum DenseKernels {
    @inline(__always)
    static func load8<S: KernelScalar>(_ p: UnsafePointer<S>) -> SIMD8<S> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<S>.self)
    }

    @inline(__always)
    static func load8<S: KernelScalar>(_ p: UnsafeMutablePointer<S>) -> SIMD8<S> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<S>.self)
    }

    @inline(__always)
    static func store8<S: KernelScalar>(_ v: SIMD8<S>, _ p: UnsafeMutablePointer<S>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<S>.self)
    }

    /// Calls `body` with the index of every set bit of `words` mask words at `masks`, in
    /// ascending order (bit b of word w is index 64·w + b): the walk over a row's non-zero
    /// inputs that every sparse sum here makes.
    @inline(__always)
    static func forEachSetBit(_ masks: UnsafePointer<UInt64>, words: Int, _ body: (Int) -> Void) {
        for word in 0..<words {
            var mask = masks[word]
            let base = word << 6
            while mask != 0 {
                body(base &+ mask.trailingZeroBitCount)
                mask &= mask &- 1
            }
        }
    }

    /// Calls `body` with the index of every set bit of `mask`, in ascending order.
    @inline(__always)
    static func forEachSetBit(_ mask: UInt64, _ body: (Int) -> Void) {
        var mask = mask
        while mask != 0 {
            body(mask.trailingZeroBitCount)
            mask &= mask &- 1
        }
    }

    /// The walks of ``forEachSetBit(_:_:)`` over two masks interleaved: `a` for each set bit of
    /// `maskA` and `b` for each of `maskB`, each in ascending order, one of each per step while
    /// both have bits left (two rows' sums in flight, so their add chains overlap).
    @inline(__always)
    static func forEachSetBitSideBySide(_ maskA: UInt64, _ maskB: UInt64, _ a: (Int) -> Void, _ b: (Int) -> Void) {
        var ma = maskA, mb = maskB
        while ma != 0 && mb != 0 {
            let ka = ma.trailingZeroBitCount, kb = mb.trailingZeroBitCount
            ma &= ma &- 1
            mb &= mb &- 1
            a(ka)
            b(kb)
        }
        forEachSetBit(ma, a)
        forEachSetBit(mb, b)
    }

    /// p[0 ..< 32] = a0…a3 (four vectors of eight lanes).
    @inline(__always)
    static func store32<S: KernelScalar>(_ a0: SIMD8<S>, _ a1: SIMD8<S>, _ a2: SIMD8<S>, _ a3: SIMD8<S>,
                                         _ p: UnsafeMutablePointer<S>) {
        store8(a0, p)
        store8(a1, p + 8)
        store8(a2, p + 16)
        store8(a3, p + 24)
    }

    /// a0…a3 += s · v[0 ..< 32] (four vectors of eight lanes): one term of 32 sums.
    @inline(__always)
    static func addScaled32<S: KernelScalar>(_ s: S, _ v: UnsafePointer<S>, _ a0: inout SIMD8<S>,
                                              _ a1: inout SIMD8<S>, _ a2: inout SIMD8<S>, _ a3: inout SIMD8<S>) {
        let scale = SIMD8<S>(repeating: s)
        a0 += scale * load8(v)
        a1 += scale * load8(v + 8)
        a2 += scale * load8(v + 16)
        a3 += scale * load8(v + 24)
    }

    /// The number of 64-bit mask words for a row of `n` values.
    @inline(__always)
    public static func blocks(_ n: Int) -> Int { (n + 63) >> 6 }

    /// Writes the non-zero masks of a row of `n` values to `masks` (``blocks(_:)`` words).
    @inline(__always)
    static func writeMasks<S: KernelScalar>(_ row: UnsafePointer<S>, _ n: Int,
                                              into masks: UnsafeMutablePointer<UInt64>) {
        if n == 32 {
            masks[0] = S.nonZeroMask32(row)
            return
        }
        var k = 0
        var b = 0
        while k < n {
            masks[b] = S.nonZeroMask(row + k, min(64, n - k))
            k += 64
            b += 1
        }
    }

    /// z[i, :] = Σ_k x[i,k]·W[k, :]  + b, for `rows` rows, k ascending.
    /// x: rows × n, W: n × m, b: m, z: rows × m. With `sparseInput` (the input comes from a
    /// ReLU) the terms with x[i,k] = ±0 are skipped, and the masks of the terms used are
    /// recorded in `masks` (rows × blocks(n)) for the backward pass; else every term is added
    /// (and the masks, which no pass reads, are only written where a loop here walks them).
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func forward<S: KernelScalar>(
        x: UnsafePointer<S>, rows: Int, n: Int,
        w: UnsafePointer<S>, b: UnsafePointer<S>, m: Int,
        z: UnsafeMutablePointer<S>, masks: UnsafeMutablePointer<UInt64>, sparseInput: Bool
    ) {
        let nb = blocks(n)
        if sparseInput {
            for i in 0..<rows { writeMasks(x + i * n, n, into: masks + i * nb) }
        }
        // Every term of a dense input counts: the fast paths take one full mask for all rows.
        let everyInput: UInt64? = sparseInput || nb != 1 ? nil : (n == 64 ? UInt64.max : (UInt64(1) << UInt64(n)) &- 1)
        var first = 0
        if m == 2 && nb == 1 {
            first = rows - rows % 4
            twoOutputsFourRows(x: x, rows: first, n: n, w: w, b: b, z: z, masks: masks, everyInput: everyInput)
        } else if m % 32 == 0 && nb == 1 {
            first = rows - rows % 2
            wideOutputsTwoRows(x: x, rows: first, n: n, w: w, b: b, m: m, z: z, masks: masks, everyInput: everyInput)
        }
        if !sparseInput {
            for i in first..<rows {
                var k = 0
                var b = 0
                while k < n {
                    let c = min(64, n - k)
                    masks[i * nb + b] = c == 64 ? UInt64.max : (UInt64(1) << UInt64(c)) &- 1
                    k += 64
                    b += 1
                }
            }
        }
        for i in first..<rows {
            let xi = x + i * n
            let rowMasks = masks + i * nb
            let zi = z + i * m
            var j = 0
            while j + 32 <= m {
                var a0 = SIMD8<S>(), a1 = SIMD8<S>(), a2 = SIMD8<S>(), a3 = SIMD8<S>()
                forEachSetBit(rowMasks, words: nb) { k in
                    addScaled32(xi[k], w + (k &* m &+ j), &a0, &a1, &a2, &a3)
                }
                store8(a0 + load8(b + j), zi + j)
                store8(a1 + load8(b + j + 8), zi + j + 8)
                store8(a2 + load8(b + j + 16), zi + j + 16)
                store8(a3 + load8(b + j + 24), zi + j + 24)
                j += 32
            }
            while j + 8 <= m {
                var a0 = SIMD8<S>()
                forEachSetBit(rowMasks, words: nb) { k in
                    a0 += SIMD8<S>(repeating: xi[k]) * load8(w + (k &* m &+ j))
                }
                store8(a0 + load8(b + j), zi + j)
                j += 8
            }
            while j + 2 <= m {
                // Two columns at a time (the common 2-class output layer).
                var a0: S = 0, a1: S = 0
                forEachSetBit(rowMasks, words: nb) { k in
                    let xv = xi[k]
                    let wr = w + (k &* m &+ j)
                    a0 += xv * wr[0]
                    a1 += xv * wr[1]
                }
                zi[j] = a0 + b[j]
                zi[j + 1] = a1 + b[j + 1]
                j += 2
            }
            if j < m {
                var a: S = 0
                forEachSetBit(rowMasks, words: nb) { k in
                    a += xi[k] * w[k &* m &+ j]
                }
                zi[j] = a + b[j]
            }
        }
    }

    /// The m = 32·c (n ≤ 64) case of ``forward`` for an even number of rows: two rows' sums
    /// run side by side, eight accumulators in flight instead of four, so the adds do not wait
    /// on each other's latency. Each row still adds its own terms in ascending k.
    @inline(__always)
    static func wideOutputsTwoRows<S: KernelScalar>(
        x: UnsafePointer<S>, rows: Int, n: Int, w: UnsafePointer<S>, b: UnsafePointer<S>, m: Int,
        z: UnsafeMutablePointer<S>, masks: UnsafePointer<UInt64>, everyInput: UInt64?
    ) {
        var i = 0
        while i < rows {
            let xa = x + i * n, xb = xa + n
            let za = z + i * m, zb = za + m
            var j = 0
            while j < m {
                var a0 = SIMD8<S>(), a1 = SIMD8<S>(), a2 = SIMD8<S>(), a3 = SIMD8<S>()
                var b0 = SIMD8<S>(), b1 = SIMD8<S>(), b2 = SIMD8<S>(), b3 = SIMD8<S>()
                forEachSetBitSideBySide(everyInput ?? masks[i], everyInput ?? masks[i + 1]) { k in
                    addScaled32(xa[k], w + (k &* m &+ j), &a0, &a1, &a2, &a3)
                } _: { k in
                    addScaled32(xb[k], w + (k &* m &+ j), &b0, &b1, &b2, &b3)
                }
                let b0v = load8(b + j), b1v = load8(b + j + 8), b2v = load8(b + j + 16), b3v = load8(b + j + 24)
                store8(a0 + b0v, za + j)
                store8(a1 + b1v, za + j + 8)
                store8(a2 + b2v, za + j + 16)
                store8(a3 + b3v, za + j + 24)
                store8(b0 + b0v, zb + j)
                store8(b1 + b1v, zb + j + 8)
                store8(b2 + b2v, zb + j + 16)
                store8(b3 + b3v, zb + j + 24)
                j += 32
            }
            i += 2
        }
    }


    /// The two-output (n ≤ 64) case of ``forward`` for a multiple of four rows: four rows'
    /// sums run side by side, so their add chains overlap instead of waiting on each other.
    /// Each row still adds its own terms in ascending k.
    @inline(__always)
    static func twoOutputsFourRows<S: KernelScalar>(
        x: UnsafePointer<S>, rows: Int, n: Int, w: UnsafePointer<S>, b: UnsafePointer<S>,
        z: UnsafeMutablePointer<S>, masks: UnsafePointer<UInt64>, everyInput: UInt64?
    ) {
        let bias = UnsafeRawPointer(b).loadUnaligned(as: SIMD2<S>.self)
        var i = 0
        while i < rows {
            var m0 = everyInput ?? masks[i], m1 = everyInput ?? masks[i + 1]
            var m2 = everyInput ?? masks[i + 2], m3 = everyInput ?? masks[i + 3]
            let x0 = x + i * n, x1 = x0 + n, x2 = x1 + n, x3 = x2 + n
            var a0 = SIMD2<S>(), a1 = SIMD2<S>(), a2 = SIMD2<S>(), a3 = SIMD2<S>()
            while (m0 | m1 | m2 | m3) != 0 {
                addNextPairTerm(&m0, x0, w, &a0)
                addNextPairTerm(&m1, x1, w, &a1)
                addNextPairTerm(&m2, x2, w, &a2)
                addNextPairTerm(&m3, x3, w, &a3)
            }
            let zi = UnsafeMutableRawPointer(z + i * 2)
            zi.storeBytes(of: a0 + bias, as: SIMD2<S>.self)
            zi.storeBytes(of: a1 + bias, toByteOffset: 2 * MemoryLayout<S>.stride, as: SIMD2<S>.self)
            zi.storeBytes(of: a2 + bias, toByteOffset: 4 * MemoryLayout<S>.stride, as: SIMD2<S>.self)
            zi.storeBytes(of: a3 + bias, toByteOffset: 6 * MemoryLayout<S>.stride, as: SIMD2<S>.self)
            i += 4
        }
    }

    /// When `mask` has a bit left: takes the lowest, k, and adds x[k] · w[2k ..< 2k + 2] to
    /// `sum` (the next term of one row's two output sums).
    @inline(__always)
    static func addNextPairTerm<S: KernelScalar>(_ mask: inout UInt64, _ x: UnsafePointer<S>, _ w: UnsafePointer<S>,
                                                  _ sum: inout SIMD2<S>) {
        guard mask != 0 else { return }
        let k = mask.trailingZeroBitCount
        mask &= mask &- 1
        sum += SIMD2(repeating: x[k]) * UnsafeRawPointer(w + 2 * k).loadUnaligned(as: SIMD2<S>.self)
    }

    /// db[j] += Σ_i dz[i, j], rows in ascending order.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func biasGradient<S: KernelScalar>(dz: UnsafePointer<S>, rows: Int, m: Int,
                                                db: UnsafeMutablePointer<S>) {
        var j = 0
        while j + 32 <= m {
            var a0 = load8(db + j), a1 = load8(db + j + 8), a2 = load8(db + j + 16), a3 = load8(db + j + 24)
            for i in 0..<rows {
                let r = dz + (i &* m &+ j)
                a0 += load8(r)
                a1 += load8(r + 8)
                a2 += load8(r + 16)
                a3 += load8(r + 24)
            }
            store32(a0, a1, a2, a3, db + j)
            j += 32
        }
        while j + 8 <= m {
            var acc = load8(db + j)
            for i in 0..<rows { acc += load8(dz + (i &* m &+ j)) }
            store8(acc, db + j)
            j += 8
        }
        while j < m {
            var acc = db[j]
            for i in 0..<rows { acc += dz[i &* m &+ j] }
            db[j] = acc
            j += 1
        }
    }

    /// dW[k, :] += Σ_i x[i,k]·dz[i, :] (rows ascending, zero inputs skipped), using the masks
    /// recorded by `forward`. With `transposed`, entry [k, j] is added at j·n + k instead.
    ///
    /// Each dW entry is summed in registers over the rows, never stored in between: wide
    /// outputs (m ≥ 8) walk, for each input k, the rows where x[i,k] is non-zero (the
    /// recorded row masks turned into column masks in `columnMasks`, n × blocks(rows) words);
    /// narrow outputs run SIMD lanes across inputs k, adding 0 in place of a skipped term,
    /// which leaves the sum's bits unchanged (a sum started from +0 is never −0).
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func weightGradient<S: KernelScalar>(
        x: UnsafePointer<S>, dz: UnsafePointer<S>, rows: Int, n: Int, m: Int,
        masks: UnsafePointer<UInt64>, columnMasks: UnsafeMutablePointer<UInt64>,
        sparseInput: Bool, dw: UnsafeMutablePointer<S>, transposed: Bool
    ) {
        if transposed {
            for i in 0..<rows {
                let xi = x + i * n, dzi = dz + i * m
                for k in 0..<n where xi[k] != 0 || xi[k].isNaN {
                    let xv = xi[k]
                    for j in 0..<m { dw[j * n + k] += xv * dzi[j] }
                }
            }
            return
        }
        if m >= 8 {
            if sparseInput {
                transposeMasks(masks, rows: rows, n: n, into: columnMasks)
            } else {
                allRows(rows: rows, n: n, into: columnMasks)
            }
            wideWeightGradient(x: x, dz: dz, rows: rows, n: n, m: m, columnMasks: columnMasks, dw: dw)
        } else {
            narrowWeightGradient(x: x, dz: dz, rows: rows, n: n, m: m, sparseInput: sparseInput, dw: dw)
        }
    }

    /// Turns row masks (rows × blocks(n), bit k of row i: x[i,k] used) into column masks
    /// (n × blocks(rows), bit i of column k), 64 × 64 bits at a time.
    static func transposeMasks(_ masks: UnsafePointer<UInt64>, rows: Int, n: Int,
                               into columns: UnsafeMutablePointer<UInt64>) {
        let nb = blocks(n), rb = blocks(rows)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { tile in
            let a = tile.baseAddress!
            for word in 0..<rb {
                for block in 0..<nb {
                    let firstRow = word << 6
                    for r in 0..<64 {
                        a[r] = firstRow + r < rows ? masks[(firstRow + r) * nb + block] : 0
                    }
                    transpose64(a)
                    let firstColumn = block << 6
                    for c in 0..<min(64, n - firstColumn) {
                        columns[(firstColumn + c) * rb + word] = a[c]
                    }
                }
            }
        }
    }

    /// Column masks with every row set (an input layer adds every term, zero or not).
    static func allRows(rows: Int, n: Int, into columns: UnsafeMutablePointer<UInt64>) {
        let rb = blocks(rows)
        for k in 0..<n {
            for word in 0..<rb {
                let count = min(64, rows - (word << 6))
                columns[k * rb + word] = count == 64 ? UInt64.max : (UInt64(1) << UInt64(count)) &- 1
            }
        }
    }

    /// Transposes a 64 × 64 bit matrix in place (bit c of word r ↔ bit r of word c) by
    /// swapping ever smaller off-diagonal blocks.
    @inline(__always)
    static func transpose64(_ a: UnsafeMutablePointer<UInt64>) {
        var j = 32
        var m: UInt64 = 0x0000_0000_FFFF_FFFF
        while j != 0 {
            var k = 0
            while k < 64 {
                let t = ((a[k] >> UInt64(j)) ^ a[k + j]) & m
                a[k + j] ^= t
                a[k] ^= t << UInt64(j)
                k = (k + j + 1) & ~j
            }
            j >>= 1
            m ^= m << UInt64(j)
        }
    }

    /// The m ≥ 8 case of ``weightGradient``: per input k, the rows of its column mask.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func wideWeightGradient<S: KernelScalar>(
        x: UnsafePointer<S>, dz: UnsafePointer<S>, rows: Int, n: Int, m: Int,
        columnMasks: UnsafePointer<UInt64>, dw: UnsafeMutablePointer<S>
    ) {
        let rb = blocks(rows)
        for k in 0..<n {
            let column = columnMasks + k * rb
            let xk = x + k
            let r = dw + k * m
            var j = 0
            while j + 32 <= m {
                var a0 = load8(r + j), a1 = load8(r + j + 8), a2 = load8(r + j + 16), a3 = load8(r + j + 24)
                forEachSetBit(column, words: rb) { i in
                    addScaled32(xk[i &* n], dz + (i &* m &+ j), &a0, &a1, &a2, &a3)
                }
                store32(a0, a1, a2, a3, r + j)
                j += 32
            }
            while j + 8 <= m {
                var a0 = load8(r + j)
                forEachSetBit(column, words: rb) { i in
                    a0 += SIMD8<S>(repeating: xk[i &* n]) * load8(dz + (i &* m &+ j))
                }
                store8(a0, r + j)
                j += 8
            }
            while j < m {
                var a = r[j]
                forEachSetBit(column, words: rb) { i in
                    a += xk[i &* n] * dz[i &* m &+ j]
                }
                r[j] = a
                j += 1
            }
        }
    }

    /// The m < 8 case of ``weightGradient``: lanes across eight inputs k at a time, rows
    /// ascending; a zero input of a sparse layer contributes +0 (the skipped term). Thirty-two
    /// inputs go together where they can, so four sums are in flight instead of one.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func narrowWeightGradient<S: KernelScalar>(
        x: UnsafePointer<S>, dz: UnsafePointer<S>, rows: Int, n: Int, m: Int,
        sparseInput: Bool, dw: UnsafeMutablePointer<S>
    ) {
        var k = 0
        while k + 32 <= n {
            for j in 0..<m {
                var a0 = SIMD8<S>(), a1 = SIMD8<S>(), a2 = SIMD8<S>(), a3 = SIMD8<S>()
                for lane in 0..<8 {
                    a0[lane] = dw[(k + lane) * m + j]
                    a1[lane] = dw[(k + 8 + lane) * m + j]
                    a2[lane] = dw[(k + 16 + lane) * m + j]
                    a3[lane] = dw[(k + 24 + lane) * m + j]
                }
                for i in 0..<rows {
                    let xi = x + i * n + k
                    let d = SIMD8<S>(repeating: dz[i &* m &+ j])
                    let x0 = load8(xi), x1 = load8(xi + 8), x2 = load8(xi + 16), x3 = load8(xi + 24)
                    if sparseInput {
                        a0 += S.keepingNonZeroInputs(x0 * d, input: x0)
                        a1 += S.keepingNonZeroInputs(x1 * d, input: x1)
                        a2 += S.keepingNonZeroInputs(x2 * d, input: x2)
                        a3 += S.keepingNonZeroInputs(x3 * d, input: x3)
                    } else {
                        a0 += x0 * d
                        a1 += x1 * d
                        a2 += x2 * d
                        a3 += x3 * d
                    }
                }
                for lane in 0..<8 {
                    dw[(k + lane) * m + j] = a0[lane]
                    dw[(k + 8 + lane) * m + j] = a1[lane]
                    dw[(k + 16 + lane) * m + j] = a2[lane]
                    dw[(k + 24 + lane) * m + j] = a3[lane]
                }
            }
            k += 32
        }
        while k + 8 <= n {
            for j in 0..<m {
                var acc = SIMD8<S>()
                for lane in 0..<8 { acc[lane] = dw[(k + lane) * m + j] }
                if sparseInput {
                    for i in 0..<rows {
                        let xv = load8(x + i * n + k)
                        acc += S.keepingNonZeroInputs(xv * SIMD8<S>(repeating: dz[i &* m &+ j]), input: xv)
                    }
                } else {
                    for i in 0..<rows {
                        acc += load8(x + i * n + k) * SIMD8<S>(repeating: dz[i &* m &+ j])
                    }
                }
                for lane in 0..<8 { dw[(k + lane) * m + j] = acc[lane] }
            }
            k += 8
        }
        while k < n {
            for j in 0..<m {
                var a = dw[k &* m &+ j]
                for i in 0..<rows {
                    let xv = x[i * n + k]
                    if xv != 0 || !sparseInput || xv.isNaN { a += xv * dz[i &* m &+ j] }
                }
                dw[k &* m &+ j] = a
            }
            k += 1
        }
    }

    /// wt[j, k] = w[k, j] (n × m → m × n).
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func transpose<S: KernelScalar>(_ w: UnsafePointer<S>, n: Int, m: Int,
                                             into wt: UnsafeMutablePointer<S>) {
        for j in 0..<m {
            let row = wt + j * n
            for k in 0..<n { row[k] = w[k &* m &+ j] }
        }
    }

    /// dx[i, :] = Σ_{j: dz[i,j] ≠ 0} dz[i,j]·Wᵀ[j, :] (j ascending). `wt` is Wᵀ (m × n);
    /// `scratch` holds at least blocks(m) words. When `knownMasks` (rows × blocks(m)) is given
    /// it must cover every non-zero of dz (e.g. the masks the next dense layer recorded for the
    /// ReLU output that follows this layer); the terms outside it are skipped without looking.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func inputGradient<S: KernelScalar>(
        dz: UnsafePointer<S>, rows: Int, n: Int, m: Int,
        wt: UnsafePointer<S>, dx: UnsafeMutablePointer<S>, scratch: UnsafeMutablePointer<UInt64>,
        knownMasks: UnsafePointer<UInt64>?
    ) {
        if knownMasks == nil && m < 8 {
            return narrowInputGradient(dz: dz, rows: rows, n: n, m: m, wt: wt, dx: dx)
        }
        let mb = blocks(m)
        var first = 0
        if let knownMasks, mb == 1, n % 32 == 0 {
            first = rows - rows % 2
            inputGradientTwoRows(dz: dz, rows: first, n: n, m: m, wt: wt, dx: dx, masks: knownMasks)
        }
        for i in first..<rows {
            let dzi = dz + i * m
            if let knownMasks {
                for block in 0..<mb { scratch[block] = knownMasks[i * mb + block] }
            } else {
                writeMasks(dzi, m, into: scratch)
            }
            let dxi = dx + i * n
            var k = 0
            while k + 32 <= n {
                var a0 = SIMD8<S>(), a1 = SIMD8<S>(), a2 = SIMD8<S>(), a3 = SIMD8<S>()
                forEachSetBit(scratch, words: mb) { j in
                    addScaled32(dzi[j], wt + (j &* n &+ k), &a0, &a1, &a2, &a3)
                }
                store32(a0, a1, a2, a3, dxi + k)
                k += 32
            }
            while k + 8 <= n {
                var a0 = SIMD8<S>()
                forEachSetBit(scratch, words: mb) { j in
                    a0 += SIMD8<S>(repeating: dzi[j]) * load8(wt + (j &* n &+ k))
                }
                store8(a0, dxi + k)
                k += 8
            }
            while k < n {
                var a: S = 0
                forEachSetBit(scratch, words: mb) { j in
                    a += dzi[j] * wt[j &* n &+ k]
                }
                dxi[k] = a
                k += 1
            }
        }
    }

    /// The n = 32·c (m ≤ 64) case of ``inputGradient`` with known masks for an even number of
    /// rows: two rows' sums run side by side, so their adds do not wait on each other's latency.
    /// Each row still adds its own terms in ascending j.
    @inline(__always)
    static func inputGradientTwoRows<S: KernelScalar>(
        dz: UnsafePointer<S>, rows: Int, n: Int, m: Int, wt: UnsafePointer<S>, dx: UnsafeMutablePointer<S>,
        masks: UnsafePointer<UInt64>
    ) {
        var i = 0
        while i < rows {
            let da = dz + i &* m, db = da + m
            var k = 0
            while k < n {
                var a0 = SIMD8<S>(), a1 = SIMD8<S>(), a2 = SIMD8<S>(), a3 = SIMD8<S>()
                var b0 = SIMD8<S>(), b1 = SIMD8<S>(), b2 = SIMD8<S>(), b3 = SIMD8<S>()
                forEachSetBitSideBySide(masks[i], masks[i + 1]) { j in
                    addScaled32(da[j], wt + (j &* n &+ k), &a0, &a1, &a2, &a3)
                } _: { j in
                    addScaled32(db[j], wt + (j &* n &+ k), &b0, &b1, &b2, &b3)
                }
                store32(a0, a1, a2, a3, dx + (i &* n &+ k))
                store32(b0, b1, b2, b3, dx + ((i &+ 1) &* n &+ k))
                k += 32
            }
            i += 2
        }
    }

    /// The m < 8 case of ``inputGradient`` without known masks: each row's few non-zero
    /// output gradients are tested one by one instead of through a bit mask.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func narrowInputGradient<S: KernelScalar>(
        dz: UnsafePointer<S>, rows: Int, n: Int, m: Int, wt: UnsafePointer<S>, dx: UnsafeMutablePointer<S>
    ) {
        for i in 0..<rows {
            let dzi = dz + i * m
            let dxi = dx + i * n
            var k = 0
            while k + 32 <= n {
                var a0 = SIMD8<S>(), a1 = SIMD8<S>(), a2 = SIMD8<S>(), a3 = SIMD8<S>()
                for j in 0..<m where S.nonZeroFlag(dzi[j]) != 0 {
                    addScaled32(dzi[j], wt + (j &* n &+ k), &a0, &a1, &a2, &a3)
                }
                store32(a0, a1, a2, a3, dxi + k)
                k += 32
            }
            while k + 8 <= n {
                var a = SIMD8<S>()
                for j in 0..<m where S.nonZeroFlag(dzi[j]) != 0 {
                    a += SIMD8<S>(repeating: dzi[j]) * load8(wt + (j &* n &+ k))
                }
                store8(a, dxi + k)
                k += 8
            }
            while k < n {
                var a: S = 0
                for j in 0..<m where S.nonZeroFlag(dzi[j]) != 0 { a += dzi[j] * wt[j &* n &+ k] }
                dxi[k] = a
                k += 1
            }
        }
    }
}
