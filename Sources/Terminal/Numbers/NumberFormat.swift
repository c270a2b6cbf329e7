/// Deterministic, locale-free number formatting for labels, ticks and table cells.
///
/// Non-finite values are written `nan`, `inf`, `-inf` (as in the JSON outputs). Small and large
/// magnitudes use the short scientific form `2.5e-4` / `1e6` (no `+`, no leading zeros).
public enum NumberFormat {
    /// `x` with exactly `decimals` digits after the point (round half away from zero).
    public static func fixed(_ x: Double, decimals: Int) -> String {
        if let special = nonFinite(x) { return special }
        let decimals = max(0, min(15, decimals))
        let scale = DecimalMath.pow10(decimals)
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return scientific(x, significant: 6) }
        let digits = String(UInt64(scaled))
        let negative = x < 0 && scaled != 0
        var text: String
        if decimals == 0 {
            text = digits
        } else {
            let padded = digits.count <= decimals ? String(repeating: "0", count: decimals - digits.count + 1) + digits : digits
            let split = padded.index(padded.endIndex, offsetBy: -decimals)
            text = padded[..<split] + "." + padded[split...]
        }
        return negative ? "-" + text : text
    }

    /// `x` as `m.mmme±k` with at most `significant` significant digits, trailing zeros
    /// dropped: `2.5e-4`, `1e6`, `-3.14e-12`.
    public static func scientific(_ x: Double, significant: Int = 3) -> String {
        if let special = nonFinite(x) { return special }
        if x == 0 { return "0" }
        var exponent = DecimalMath.decade(abs(x))
        var mantissa = abs(x) / DecimalMath.pow10(exponent)
        let decimals = max(0, significant - 1)
        var text = fixed(mantissa, decimals: decimals)
        if text.hasPrefix("10") {   // rounding carried into the next decade
            exponent += 1
            mantissa /= 10
            text = fixed(mantissa, decimals: decimals)
        }
        text = trimZeros(text)
        return (x < 0 ? "-" : "") + text + "e" + String(exponent)
    }

    /// A short, readable form with about `significant` significant digits: fixed notation for
    /// magnitudes in [1e-3, 1e5), scientific outside; trailing zeros dropped. `0.0123`,
    /// `12.3`, `1235`, `2.5e-4`, `1.2e6`.
    public static func compact(_ x: Double, significant: Int = 3) -> String {
        if let special = nonFinite(x) { return special }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude < 1e-3 || magnitude >= 1e5 { return scientific(x, significant: significant) }
        let decade = DecimalMath.decade(magnitude)
        let decimals = max(0, significant - 1 - decade)
        return trimZeros(fixed(x, decimals: decimals))
    }

    /// `x` as a percentage of 1 with `decimals` digits: `0.125` → `12.5%`.
    public static func percent(_ x: Double, decimals: Int = 0) -> String {
        if let special = nonFinite(x) { return special }
        return fixed(x * 100, decimals: decimals) + "%"
    }

    /// Labels for evenly spaced ticks `step` apart, all in one notation: scientific when the
    /// step is below 1e-3 or the largest magnitude reaches 1e5, else fixed with just enough
    /// decimals for the step.
    public static func ticks(_ values: [Double], step: Double) -> [String] {
        let largest = values.map { abs($0) }.max() ?? 0
        guard step.isFinite, step > 0 else { return values.map { compact($0) } }
        if step < 1e-3 || largest >= 1e5 {
            let stepDecade = DecimalMath.decade(step)
            return values.map { value in
                if abs(value) < step / 2 { return "0" }
                let digits = DecimalMath.decade(abs(value)) - stepDecade + 1
                return scientific(value, significant: max(1, min(6, digits)))
            }
        }
        let decimals = max(0, -DecimalMath.decade(step * 1.000000001))
        let needsMore = values.contains { abs(($0 * DecimalMath.pow10(decimals)).rounded() - $0 * DecimalMath.pow10(decimals)) > 1e-6 }
        return values.map { value in
            let text = fixed(value, decimals: needsMore ? decimals + 1 : decimals)
            return text == "-0" ? "0" : text.hasPrefix("-0") && Double(text) == 0 ? "0" : text
        }
    }

    private static func nonFinite(_ x: Double) -> String? {
        if x.isNaN { return "nan" }
        if x == .infinity { return "inf" }
        if x == -.infinity { return "-inf" }
        return nil
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.last == "0" { result.removeLast() }
        if result.last == "." { result.removeLast() }
        return result
    }
}
