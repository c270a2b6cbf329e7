/// Colours for semantic roles, the colour map, and the glyph set widgets draw with.
///
/// A theme is what widgets receive at render time. `dark` (the default) suits dark
/// backgrounds, `light` white ones, `mono` uses no colour at all (attributes only). Adapt a
/// theme to the output with ``adapted(to:)``: without colour it behaves like `mono` (widgets
/// switch to glyph-based fallbacks such as shade characters, markers and brackets, so meaning
/// never rests on colour alone), and with ASCII glyphs ``symbols`` become ASCII.
public struct Theme: Sendable, Hashable {
    /// The built-in themes (the `--theme` option).
    public enum Name: String, Sendable, CaseIterable {
        case dark, light, mono
    }

    /// What a colour means. Series 0…7 are distinct plot colours (indices wrap around).
    public enum Role: Hashable, Sendable {
        case text, muted, accent, good, bad, warning, info, heading, code, border
        /// Background of highlighted rows and focused controls.
        case highlight
        case series(Int)
    }

    public let name: Name
    /// `false` for `mono` and for output without colour: widgets then draw meaning with glyphs.
    public private(set) var usesColor: Bool
    /// Unicode or ASCII: what ``symbols`` gives.
    public private(set) var glyphs: Capabilities.Glyphs
    /// The depth colours will be shown at; the heat map uses a dedicated ramp at 16 colours.
    public private(set) var colorDepth: Capabilities.ColorDepth

    private var palette: [Color]   // indexed by RoleIndex
    private var series: [Color]

    private enum RoleIndex: Int {
        case text, muted, accent, good, bad, warning, info, heading, code, border, highlight
    }

    private init(name: Name, usesColor: Bool, palette: [Color], series: [Color]) {
        self.name = name
        self.usesColor = usesColor
        self.glyphs = .unicode
        self.colorDepth = usesColor ? .trueColor : .none
        self.palette = palette
        self.series = series
    }

    /// For dark backgrounds (the default).
    public static let dark = Theme(
        name: .dark, usesColor: true,
        palette: [.default, hex(0x8A9099), hex(0x5FB3FF), hex(0x4CC38A), hex(0xFF6B6B), hex(0xF5B942),
                  hex(0x6CC5D8), hex(0x7CC4FF), hex(0xE6C07B), hex(0x5C6370), hex(0x2A3A52)],
        series: [hex(0x4E9BFF), hex(0xFF9F43), hex(0x2ECC71), hex(0xFF6B81), hex(0xB28DFF),
                 hex(0x1DD3C0), hex(0xFFD93D), hex(0xC8A27C)])

    /// For light (white) backgrounds: darker, more saturated colours.
    public static let light = Theme(
        name: .light, usesColor: true,
        palette: [.default, hex(0x6E7781), hex(0x0550AE), hex(0x1A7F37), hex(0xCF222E), hex(0x9A6700),
                  hex(0x0E7C86), hex(0x0550AE), hex(0x953800), hex(0x8C959F), hex(0xDDF4FF)],
        series: [hex(0x1F5FBF), hex(0xC45A00), hex(0x1A7F37), hex(0xC0243A), hex(0x6F42C1),
                 hex(0x0E7C70), hex(0x8A6D00), hex(0x7A5230)])

    /// No colour: attributes (bold, underline, inverse) and glyphs carry the meaning.
    public static let mono = Theme(
        name: .mono, usesColor: false,
        palette: Array(repeating: .default, count: 11), series: Array(repeating: .default, count: 8))

    /// The built-in theme called `name`.
    public static func named(_ name: Name) -> Theme {
        switch name {
        case .dark: return .dark
        case .light: return .light
        case .mono: return .mono
        }
    }

    /// The built-in theme called `name` (`dark`, `light`, `mono`), or nil.
    public init?(named name: String) {
        guard let known = Name(rawValue: name) else { return nil }
        self = Theme.named(known)
    }

    /// This theme for an output: no colour when the output has none, ASCII symbols for ASCII.
    public func adapted(to capabilities: Capabilities) -> Theme {
        var copy = self
        copy.glyphs = capabilities.glyphs
        copy.colorDepth = capabilities.colorDepth
        if capabilities.colorDepth == .none || name == .mono {
            copy.usesColor = false
            copy.palette = Array(repeating: .default, count: palette.count)
            copy.series = Array(repeating: .default, count: series.count)
        }
        return copy
    }

    /// The colour of a role (`.default` everywhere when the theme uses no colour).
    public subscript(role: Role) -> Color {
        switch role {
        case .text: return palette[RoleIndex.text.rawValue]
        case .muted: return palette[RoleIndex.muted.rawValue]
        case .accent: return palette[RoleIndex.accent.rawValue]
        case .good: return palette[RoleIndex.good.rawValue]
        case .bad: return palette[RoleIndex.bad.rawValue]
        case .warning: return palette[RoleIndex.warning.rawValue]
        case .info: return palette[RoleIndex.info.rawValue]
        case .heading: return palette[RoleIndex.heading.rawValue]
        case .code: return palette[RoleIndex.code.rawValue]
        case .border: return palette[RoleIndex.border.rawValue]
        case .highlight: return palette[RoleIndex.highlight.rawValue]
        case let .series(index): return series[((index % series.count) + series.count) % series.count]
        }
    }

    /// A style whose foreground is the role's colour. `.muted` is also dim when the theme has
    /// no colour, so it still recedes on a colour terminal with `mono`.
    public func style(_ role: Role, bold: Bool = false, italic: Bool = false, underline: Bool = false) -> Style {
        var style = Style(fg: self[role], bold: bold, italic: italic, underline: underline)
        if !usesColor, role == .muted { style.dim = true }
        return style
    }

    /// The style of highlighted content (a selected row, a focused control): the highlight
    /// background with colour, inverse video without.
    public var highlightStyle: Style {
        usesColor ? Style(bg: self[.highlight], bold: true) : Style(bold: true, inverse: true)
    }

    /// The glyphs for this theme's glyph set.
    public var symbols: Symbols { glyphs == .ascii ? .ascii : .unicode }

    /// The perceptual colour map (viridis, dark purple → yellow) at `t` in 0…1 (clamped;
    /// non-finite gives the low end). At 16 colours a hue ramp that survives the ANSI palette.
    public func heat(_ t: Double) -> Color {
        let t = t.isFinite ? min(1, max(0, t)) : 0
        if colorDepth == .ansi16 {
            let ramp: [UInt8] = [5, 4, 12, 6, 2, 10, 3, 11]
            return .palette(ramp[min(ramp.count - 1, Int(t * Double(ramp.count)))])
        }
        let scaled = t * Double(Theme.viridis.count - 1)
        let low = min(Theme.viridis.count - 2, Int(scaled))
        return Theme.viridis[low].mixed(with: Theme.viridis[low + 1], scaled - Double(low))
    }

    /// Viridis at ten evenly spaced points.
    static let viridis: [Color] = [
        hex(0x440154), hex(0x482878), hex(0x3E4A89), hex(0x31688E), hex(0x26828E),
        hex(0x1F9E89), hex(0x35B779), hex(0x6DCD59), hex(0xB4DE2C), hex(0xFDE725),
    ]

    private static func hex(_ value: UInt32) -> Color {
        .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}
