/// Logarithms and powers of ten built from + − × ÷ only, so plots land on the same cells on
/// every machine (glibc picks different `log` code paths per CPU).
///
/// Accuracy is about 1e-15 relative: plenty for placing pixels and choosing ticks.
public enum DecimalMath {
    /// Powers of ten from 1e-320 to 1e308 are read from decimal literals (correctly rounded).
    public static func pow10(_ exponent: Int) -> Double {
        if exponent >= 0 && exponent < positive.count { return positive[exponent] }
        if exponent < 0 && -exponent < negative.count { return negative[-exponent] }
        if exponent > 0 { return .infinity }
        var value = negative[negative.count - 1]
        for _ in 0..<(-exponent - negative.count + 1) { value /= 10 }
        return value
    }

    private static let positive: [Double] = (0...308).map { Double("1e\($0)") ?? .infinity }
    private static let negative: [Double] = (0...323).map { Double("1e-\($0)") ?? 0 }

    /// The largest `k` with `10^k ≤ x` for finite positive `x` (0 otherwise).
    public static func decade(_ x: Double) -> Int {
        guard x.isFinite, x > 0 else { return 0 }
        var low = -323, high = 308
        while low < high {
            let mid = (low + high + 1) >> 1
            if pow10(mid) <= x { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Natural logarithm of a finite positive `x`; `-inf` for 0, `nan` for negatives and NaN.
    public static func ln(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return .infinity }
        // x = m · 2^e with m in [√½, √2): ln x = e·ln2 + 2·atanh((m−1)/(m+1)).
        var m = x.significand            // [1, 2)
        var e = Double(Int(x.exponent))
        if m > 1.4142135623730951 { m /= 2; e += 1 }
        let z = (m - 1) / (m + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= z2
            k += 2
        }
        return e * 0.6931471805599453 + 2 * sum
    }

    /// Base-10 logarithm (exact for powers of ten).
    public static func log10(_ x: Double) -> Double {
        guard x.isFinite, x > 0 else { return ln(x) }
        let k = decade(x)
        if pow10(k) == x { return Double(k) }
        return ln(x) / 2.302585092994046
    }

    /// `10^y` for a real `y` (used to place log-scale ticks): the integer part from the table,
    /// the fraction by a series.
    public static func exp10(_ y: Double) -> Double {
        guard y.isFinite else { return y > 0 ? .infinity : (y < 0 ? 0 : .nan) }
        let whole = y.rounded(.down)
        let fraction = (y - whole) * 2.302585092994046   // in [0, ln 10)
        // e^f by halving and squaring for accuracy.
        let reduced = fraction / 16
        var term = 1.0, sum = 1.0
        for n in 1..<20 {
            term *= reduced / Double(n)
            sum += term
        }
        for _ in 0..<4 { sum *= sum }
        return pow10(Int(whole)) * sum
    }
}
