extension SplitMix64 {
    /// A uniform double in [0, 1) with 53 random bits (every value a multiple of 2⁻⁵³).
    @inlinable
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in [`lower`, `upper`); `lower + (upper − lower)·u`.
    @inlinable
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// A standard normal draw (mean 0, standard deviation 1) by Marsaglia's polar method,
    /// using the core's own logarithm so the value is identical on every machine.
    /// Consumes two or more 64-bit outputs (rejection loop, on average 2.55).
    public mutating func normal() -> Double {
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * DeterministicMath.log(s) / s).squareRoot()
            }
        }
    }

    /// A normal draw with the given mean and standard deviation.
    @inlinable
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// A uniform integer in 0..<`bound` without modulo bias (Lemire's multiply-and-reject).
    /// Returns 0 when `bound` ≤ 1.
    public mutating func integer(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold {
                product = next().multipliedFullWidth(by: n)
            }
        }
        return Int(product.high)
    }

    /// A uniform integer in the closed range.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + integer(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p` (clamped to [0, 1]).
    @inlinable
    public mutating func bernoulli(_ p: Double) -> Bool {
        uniform() < p
    }

    /// Shuffles the collection in place (Fisher–Yates, from the last element down): every
    /// permutation equally likely.
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ collection: inout C) {
        let count = collection.count
        guard count > 1 else { return }
        var i = count - 1
        while i > 0 {
            let j = integer(below: i + 1)
            if i != j {
                collection.swapAt(collection.index(collection.startIndex, offsetBy: i),
                                  collection.index(collection.startIndex, offsetBy: j))
            }
            i -= 1
        }
    }

    /// A uniformly random permutation of 0..<`count`.
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<max(0, count))
        shuffle(&order)
        return order
    }

    /// `k` distinct indices drawn uniformly from 0..<`count`, in ascending order
    /// (`k` is clamped to `count`).
    public mutating func sample(_ k: Int, from count: Int) -> [Int] {
        let n = max(0, count)
        let m = min(max(0, k), n)
        var order = Array(0..<n)
        // Partial Fisher–Yates from the front.
        for i in 0..<m {
            let j = i + integer(below: n - i)
            order.swapAt(i, j)
        }
        return order[0..<m].sorted()
    }
}
