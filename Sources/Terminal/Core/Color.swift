/// A concrete terminal colour: the terminal's own default, an xterm palette index, or 24-bit RGB.
///
/// Frames hold concrete colours only; semantic roles (`.accent`, `.series(2)`) are resolved by a
/// ``Theme`` when a widget draws. The encoder downsamples `.rgb` and `.palette` to whatever the
/// ``Capabilities`` allow (256 or 16 colours, or none), deterministically.
public enum Color: Hashable, Sendable {
    /// The terminal's default foreground or background (SGR 39 / 49).
    case `default`
    /// An xterm 256-colour palette index; 0–15 are the 16 ANSI colours (which the user's
    /// terminal theme defines), 16–231 the 6×6×6 cube, 232–255 the grey ramp.
    case palette(UInt8)
    /// 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// A colour from a hex string such as `"#4E9BFF"` or `"4e9bff"`; `nil` for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// Linear interpolation between two RGB colours (`t` clamped to 0…1). A non-RGB end is
    /// returned unchanged: `t < 0.5` gives `self`, otherwise `other`.
    public func mixed(with other: Color, _ t: Double) -> Color {
        let t = t.isFinite ? min(1, max(0, t)) : 0
        guard case let .rgb(r0, g0, b0) = self, case let .rgb(r1, g1, b1) = other else {
            return t < 0.5 ? self : other
        }
        func lerp(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return .rgb(lerp(r0, r1), lerp(g0, g1), lerp(b0, b1))
    }

    /// The colour's RGB value: RGB as is, palette indices through the xterm default palette;
    /// `nil` for `.default`.
    public var rgbComponents: (r: UInt8, g: UInt8, b: UInt8)? {
        switch self {
        case .default: return nil
        case let .rgb(r, g, b): return (r, g, b)
        case let .palette(index): return ColorDownsampling.xtermRGB(index)
        }
    }

    /// Relative luminance in 0…1 (sRGB weights, no gamma), or `nil` for `.default`.
    public var luminance: Double? {
        guard let (r, g, b) = rgbComponents else { return nil }
        return (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255
    }
}
