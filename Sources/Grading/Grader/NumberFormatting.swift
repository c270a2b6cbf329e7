import Foundation

/// Numbers as a gradebook shows them: at most two decimals, no trailing zeros (`1`, `0.5`,
/// `0.33`), and percentages with one decimal.
public enum NumberFormatting {
    /// `value` rounded to two decimals, without trailing zeros; a value no Int64 holds (infinite,
    /// NaN, beyond 1e15) as Swift writes it.
    public static func points(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        guard rounded.isFinite, abs(rounded) < 1e15 else { return "\(value)" }
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        // The shortest form of a value rounded to hundredths has at most two decimals.
        return "\(rounded)"
    }

    /// `value` with one decimal: `83.3`.
    public static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == 0 ? "0.0" : "\(rounded)"
    }

    /// Shortest round-trip form, integers without `.0`.
    public static func short(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
