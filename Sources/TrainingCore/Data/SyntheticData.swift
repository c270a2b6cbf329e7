/// Generators of the course's toy data sets. Pure functions of their arguments and the
/// generator passed in (use the data stream: `SplitMix64(seed: s, stream: .data)`).
///
/// Classification sets come out grouped by class (class 0 rows first); shuffle or split them
/// before training. Noise is Gaussian with the given standard deviation, in feature units.
public enum SyntheticData {
    /// Two interleaving half circles (as NumPy bench W1): class 0 is (cos t, sin t), class 1 is
    /// (1 − cos t, 0.5 − sin t), t uniform in [0, π); `count / 2` rows in class 0.
    public static func twoMoons(count: Int, noise: Double, using rng: inout SplitMix64) -> Dataset {
        let n0 = count / 2, n1 = count - n0
        var f: [Double] = []
        f.reserveCapacity(2 * count)
        var l: [Int] = []
        var t0: [Double] = []
        for _ in 0..<n0 { t0.append(DeterministicMath.pi * rng.uniform()) }
        var t1: [Double] = []
        for _ in 0..<n1 { t1.append(DeterministicMath.pi * rng.uniform()) }
        for t in t0 {
            f.append(DeterministicMath.cos(t)); f.append(DeterministicMath.sin(t)); l.append(0)
        }
        for t in t1 {
            f.append(1 - DeterministicMath.cos(t)); f.append(1 - DeterministicMath.sin(t) - 0.5); l.append(1)
        }
        for e in 0..<f.count { f[e] += noise * rng.normal() }
        return Dataset(unchecked: f, featureCount: 2, labels: l, classCount: 2, targets: [], targetCount: 0, entities: [])
    }

    /// Two concentric circles: class 0 on radius 1, class 1 on radius `factor` (in (0, 1)).
    public static func circles(count: Int, noise: Double, factor: Double = 0.5,
                               using rng: inout SplitMix64) -> Dataset {
        let n0 = count / 2
        var f: [Double] = []
        var l: [Int] = []
        for i in 0..<count {
            let radius = i < n0 ? 1.0 : factor
            let angle = 2 * DeterministicMath.pi * rng.uniform()
            f.append(radius * DeterministicMath.cos(angle) + noise * rng.normal())
            f.append(radius * DeterministicMath.sin(angle) + noise * rng.normal())
            l.append(i < n0 ? 0 : 1)
        }
        return Dataset(unchecked: f, featureCount: 2, labels: l, classCount: 2, targets: [], targetCount: 0, entities: [])
    }

    /// XOR: points uniform in [−1, 1]², class 1 when exactly one coordinate is positive; the
    /// label is taken before `noise` is added to the coordinates.
    public static func xor(count: Int, noise: Double, using rng: inout SplitMix64) -> Dataset {
        var f: [Double] = []
        var l: [Int] = []
        for _ in 0..<count {
            let x = rng.uniform(-1, 1), y = rng.uniform(-1, 1)
            l.append((x > 0) != (y > 0) ? 1 : 0)
            f.append(x + noise * rng.normal())
            f.append(y + noise * rng.normal())
        }
        return Dataset(unchecked: f, featureCount: 2, labels: l, classCount: 2, targets: [], targetCount: 0, entities: [])
    }

    /// `classes` interleaved spiral arms of `perClass` points each (radius 0 → 1 over 1.75
    /// turns); `noise` jitters the angle (radians).
    public static func spiral(perClass: Int, classes: Int = 3, noise: Double,
                              using rng: inout SplitMix64) -> Dataset {
        var f: [Double] = []
        var l: [Int] = []
        let k = max(1, classes)
        for c in 0..<k {
            for i in 0..<perClass {
                let r = perClass > 1 ? Double(i) / Double(perClass - 1) : 0
                let angle = Double(c) * 2 * DeterministicMath.pi / Double(k) + r * 3.5 * DeterministicMath.pi
                    + noise * rng.normal()
                f.append(r * DeterministicMath.cos(angle))
                f.append(r * DeterministicMath.sin(angle))
                l.append(c)
            }
        }
        return Dataset(unchecked: f, featureCount: 2, labels: l, classCount: k, targets: [], targetCount: 0, entities: [])
    }

    /// Gaussian blobs, one per class, with `counts[c]` rows in class c (unequal counts make an
    /// imbalanced problem). Centres are `centers` (row-major, `dimensions` per class) or,
    /// when nil, evenly spaced on a circle of radius `spread`. Each blob has standard
    /// deviation `standardDeviation` in every dimension.
    public static func blobs(counts: [Int], dimensions: Int = 2, centers: [Double]? = nil,
                             spread: Double = 2, standardDeviation: Double = 1,
                             using rng: inout SplitMix64) -> Dataset {
        let k = counts.count
        let d = max(1, dimensions)
        var mids: [Double]
        if let centers, centers.count == k * d {
            mids = centers
        } else {
            mids = []
            for c in 0..<k {
                let angle = 2 * DeterministicMath.pi * Double(c) / Double(max(1, k))
                for j in 0..<d {
                    mids.append(j == 0 ? spread * DeterministicMath.cos(angle)
                                       : (j == 1 ? spread * DeterministicMath.sin(angle) : 0))
                }
            }
        }
        var f: [Double] = []
        var l: [Int] = []
        for c in 0..<k {
            for _ in 0..<max(0, counts[c]) {
                for j in 0..<d { f.append(mids[c * d + j] + standardDeviation * rng.normal()) }
                l.append(c)
            }
        }
        return Dataset(unchecked: f, featureCount: d, labels: l, classCount: max(1, k), targets: [], targetCount: 0, entities: [])
    }

    /// Noisy 1-D regression: x uniform in `range`, y = sin(x) + noise·N(0, 1); rows sorted by
    /// draw order (not by x).
    public static func noisySine(count: Int, noise: Double, range: ClosedRange<Double> = 0...(2 * DeterministicMath.pi),
                                 using rng: inout SplitMix64) -> Dataset {
        var x: [Double] = []
        var y: [Double] = []
        for _ in 0..<count {
            let v = rng.uniform(range.lowerBound, range.upperBound)
            x.append(v)
            y.append(DeterministicMath.sin(v) + noise * rng.normal())
        }
        return Dataset(unchecked: x, featureCount: 1, labels: [], classCount: 0, targets: y, targetCount: 1, entities: [])
    }

    /// Grouped data: `entities` entities (e.g. patients), each with `samplesPerEntity` rows
    /// (e.g. scans) that share the entity's label and a private signature.
    ///
    /// Entity e has a label drawn uniformly from `classes` classes and a signature drawn from
    /// N(0, entitySpread²) in each of `dimensions` dimensions. Row features are
    /// `separation`·(class centre) + signature + N(0, sampleNoise²), class centres being
    /// ±1 on the first axis for two classes (evenly on a circle otherwise). With
    /// `entitySpread` ≫ `separation`, a model can recognise entities it has seen far better
    /// than it can classify new ones: splitting by sample then leaks. ``Dataset/entities``
    /// holds each row's entity id (0..<entities); rows are grouped by entity.
    public static func grouped(entities: Int, samplesPerEntity: Int, dimensions: Int = 2,
                               classes: Int = 2, separation: Double = 0.6,
                               entitySpread: Double = 1.5, sampleNoise: Double = 0.15,
                               using rng: inout SplitMix64) -> Dataset {
        let d = max(2, dimensions)
        let k = max(2, classes)
        var f: [Double] = []
        var l: [Int] = []
        var ids: [Int] = []
        for e in 0..<max(0, entities) {
            let y = rng.integer(below: k)
            let angle = 2 * DeterministicMath.pi * Double(y) / Double(k)
            var centre = [Double](repeating: 0, count: d)
            centre[0] = k == 2 ? (y == 0 ? -1 : 1) : DeterministicMath.cos(angle)
            centre[1] = k == 2 ? 0 : DeterministicMath.sin(angle)
            var signature = [Double](repeating: 0, count: d)
            for j in 0..<d { signature[j] = entitySpread * rng.normal() }
            for _ in 0..<max(0, samplesPerEntity) {
                for j in 0..<d { f.append(separation * centre[j] + signature[j] + sampleNoise * rng.normal()) }
                l.append(y)
                ids.append(e)
            }
        }
        return Dataset(unchecked: f, featureCount: d, labels: l, classCount: k, targets: [], targetCount: 0, entities: ids)
    }
}
