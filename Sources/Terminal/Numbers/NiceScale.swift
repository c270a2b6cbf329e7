/// Axis ranges and tick positions at "nice" numbers (1, 2, 5 × 10^k), linear or logarithmic.
///
/// Linear: Heckbert's loose labelling — the axis is widened to multiples of the step so the
/// end ticks sit on the frame. Log: the axis spans whole decades and ticks sit at powers of
/// ten (every second or third decade when there are many; 2 and 5 within a single decade).
public struct NiceScale: Sendable, Hashable {
    /// The axis range after widening.
    public let lower: Double
    public let upper: Double
    /// Tick values inside the range, increasing.
    public let ticks: [Double]
    /// The tick step (for log scales, in decades).
    public let step: Double
    public let isLogarithmic: Bool

    /// A linear scale covering `lower…upper` with about `count` ticks (at least 2).
    public init(lower: Double, upper: Double, count: Int) {
        isLogarithmic = false
        var lo = lower.isFinite ? lower : 0
        var hi = upper.isFinite ? upper : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-300 || (hi - lo) <= abs(hi) * 1e-12 {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let step = NiceScale.nice((hi - lo) / Double(max(1, count - 1)), round: true)
        let first = (lo / step).rounded(.down)
        let last = (hi / step).rounded(.up)
        self.lower = first * step
        self.upper = last * step
        self.step = step
        var ticks: [Double] = []
        var k = first
        while k <= last + 0.5 && ticks.count < 1000 {
            let value = k * step
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            k += 1
        }
        self.ticks = ticks
    }

    /// A linear scale over exactly `lower…upper` (not widened), with nice ticks inside it:
    /// for axes where the data's own ends matter, such as epochs.
    public init(tightLower lower: Double, upper: Double, count: Int) {
        let loose = NiceScale(lower: lower, upper: upper, count: count)
        isLogarithmic = false
        var lo = lower.isFinite ? lower : loose.lower
        var hi = upper.isFinite ? upper : loose.upper
        if lo > hi { swap(&lo, &hi) }
        if hi - lo <= abs(hi) * 1e-12 || hi - lo < 1e-300 { lo = loose.lower; hi = loose.upper }
        self.lower = lo
        self.upper = hi
        self.step = loose.step
        let tolerance = loose.step * 1e-9
        self.ticks = loose.ticks.filter { $0 >= lo - tolerance && $0 <= hi + tolerance }
    }

    /// A log-10 scale covering `lower…upper` (both must be positive; non-positive values are
    /// replaced by a small positive range) with at most about `count` ticks.
    public init(logLower lower: Double, upper: Double, count: Int) {
        isLogarithmic = true
        var lo = lower.isFinite && lower > 0 ? lower : 1e-3
        var hi = upper.isFinite && upper > 0 ? upper : max(lo * 10, 1)
        if lo > hi { swap(&lo, &hi) }
        let d0 = DecimalMath.decade(lo)
        var d1 = DecimalMath.decade(hi)
        if DecimalMath.pow10(d1) < hi { d1 += 1 }
        if d1 <= d0 { d1 = d0 + 1 }
        self.lower = DecimalMath.pow10(d0)
        self.upper = DecimalMath.pow10(d1)
        let decades = d1 - d0
        let every = max(1, Int((Double(decades) / Double(max(1, count - 1))).rounded(.up)))
        self.step = Double(every)
        var ticks: [Double] = []
        var d = d0
        while d <= d1 {
            ticks.append(DecimalMath.pow10(d))
            if decades == 1 && d < d1 {
                ticks.append(2 * DecimalMath.pow10(d))
                ticks.append(5 * DecimalMath.pow10(d))
            }
            d += every
        }
        self.ticks = ticks
    }

    /// A log-10 scale over exactly `lower…upper` (not widened to whole decades), for data
    /// whose own ends matter, such as training-set sizes 10…320. Ticks are the 1, 2, 5 × 10^k
    /// inside the range when about `count` fit, else the powers of ten inside it (every second
    /// or third when there are many).
    public init(tightLogLower lower: Double, upper: Double, count: Int) {
        let loose = NiceScale(logLower: lower, upper: upper, count: count)
        isLogarithmic = true
        var lo = lower.isFinite && lower > 0 ? lower : loose.lower
        var hi = upper.isFinite && upper > 0 ? upper : loose.upper
        if lo > hi { swap(&lo, &hi) }
        if hi <= lo * (1 + 1e-12) { lo = loose.lower; hi = loose.upper }
        self.lower = lo
        self.upper = hi
        let inside = { (value: Double) in value >= lo * (1 - 1e-9) && value <= hi * (1 + 1e-9) }
        var candidates: [Double] = []
        for d in (DecimalMath.decade(lo))...(DecimalMath.decade(hi)) {
            let power = DecimalMath.pow10(d)
            candidates += [power, 2 * power, 5 * power].filter(inside)
        }
        let powers = candidates.filter { DecimalMath.pow10(DecimalMath.decade($0)) == $0 }
        if candidates.count <= max(2, count) {
            self.step = 1
            self.ticks = candidates
        } else {
            let every = max(1, Int((Double(powers.count - 1) / Double(max(1, count - 1))).rounded(.up)))
            self.step = Double(every)
            self.ticks = powers.enumerated().filter { $0.offset % every == 0 }.map(\.element)
        }
    }

    /// Position of `value` on the axis, 0 at `lower`, 1 at `upper` (outside for values outside;
    /// nan for non-finite values, and for non-positive values on a log scale).
    public func fraction(of value: Double) -> Double {
        guard value.isFinite else { return .nan }
        if isLogarithmic {
            guard value > 0 else { return .nan }
            let l0 = DecimalMath.log10(lower), l1 = DecimalMath.log10(upper)
            return (DecimalMath.log10(value) - l0) / (l1 - l0)
        }
        return (value - lower) / (upper - lower)
    }

    /// Tick labels: `1e-4` style powers of ten on log axes, ``NumberFormat/ticks(_:step:)``
    /// on linear ones.
    public var labels: [String] {
        if isLogarithmic {
            let plain = ticks.allSatisfy { $0 >= 0.01 && $0 <= 10_000 }
            return ticks.map { value in
                if plain { return NumberFormat.compact(value, significant: 1) }
                let d = DecimalMath.decade(value)
                let mantissa = value / DecimalMath.pow10(d)
                let lead = mantissa < 1.5 ? "1" : mantissa < 3 ? "2" : "5"
                return lead + "e" + String(d)
            }
        }
        return NumberFormat.ticks(ticks, step: step)
    }

    /// The nice number near `x`: rounded to 1, 2, 5 or 10 × 10^k (or the next one above).
    static func nice(_ x: Double, round: Bool) -> Double {
        guard x.isFinite, x > 0 else { return 1 }
        let exponent = DecimalMath.decade(x)
        let power = DecimalMath.pow10(exponent)
        let f = x / power
        let nice: Double
        if round {
            nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10
        } else {
            nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        }
        return nice * power
    }
}
