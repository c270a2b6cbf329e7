/// Short, stable number text for controls and readings: `0.001`, `3e-4`, `12.5`, `60%`.
public enum NumberText {
    /// A number in at most about six characters, the same on every machine.
    public static func short(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 1e5 || magnitude < 1e-3 {
            var exponent = 0
            var m = magnitude
            while m >= 10 { m /= 10; exponent += 1 }
            while m < 1 { m *= 10; exponent -= 1 }
            var mantissa = (m * 10).rounded() / 10
            if mantissa >= 10 { mantissa /= 10; exponent += 1 }
            let sign = value < 0 ? "-" : ""
            let mText = mantissa == mantissa.rounded() ? String(Int(mantissa)) : fixed(mantissa, digits: 1)
            return "\(sign)\(mText)e\(exponent)"
        }
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        var text = fixed(value, digits: digits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `value` with exactly `digits` decimals, rounded half away from zero.
    public static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let f = String(fraction)
            text += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return text
    }

    /// A fraction 0…1 as a percentage with `digits` decimals: `0.934` → `93.4%`.
    public static func percent(_ fraction: Double, digits: Int = 1) -> String {
        fraction.isFinite ? fixed(fraction * 100, digits: digits) + "%" : "n/a"
    }
}
