/// Reads numbers the way people write them in answers and course files.
///
/// Accepts decimal notation only: an optional sign, digits with an optional fraction (`5`,
/// `5.0`, `.5`, `5.`) and an optional exponent (`1e-3`). Refuses hexadecimal, `inf`, `nan`,
/// underscores and anything else `Double(_:)` would otherwise let through, so a number in a
/// course file or a submission means the same everywhere.
public enum NumberText {
    /// The value of `text` (surrounding whitespace ignored), or nil when it is not a finite
    /// decimal number. Texts longer than 64 characters are refused without being read.
    public static func parse(_ text: some StringProtocol) -> Double? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return nil }
        var digits = 0
        var sawDot = false
        var sawExponent = false
        var exponentDigits = 0
        var previous: UInt8 = 0
        for (index, byte) in trimmed.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard index == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !sawDot, !sawExponent else { return nil }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !sawExponent, digits > 0 else { return nil }
                sawExponent = true
            default:
                return nil
            }
            previous = byte
        }
        guard digits > 0, !sawExponent || exponentDigits > 0 else { return nil }
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// A number for people: integers without `.0`, others in Swift's shortest round-trip form.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
