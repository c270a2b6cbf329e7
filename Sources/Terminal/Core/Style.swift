/// How a cell is drawn: foreground and background colours plus text attributes.
///
/// `Style()` (also `.plain`) is the terminal's default look. Encoders without colour drop the
/// colours and attributes entirely, so a style must never be the only carrier of meaning;
/// widgets add glyphs (markers, brackets, shades) when the theme has no colour.
public struct Style: Hashable, Sendable {
    /// Text attributes, as a set.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let italic = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
        public static let inverse = Attributes(rawValue: 1 << 4)
    }

    public var fg: Color
    public var bg: Color
    public var attributes: Attributes

    public init(fg: Color = .default, bg: Color = .default, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, inverse: Bool = false) {
        self.fg = fg
        self.bg = bg
        var attributes: Attributes = []
        if bold { attributes.insert(.bold) }
        if dim { attributes.insert(.dim) }
        if italic { attributes.insert(.italic) }
        if underline { attributes.insert(.underline) }
        if inverse { attributes.insert(.inverse) }
        self.attributes = attributes
    }

    public init(fg: Color = .default, bg: Color = .default, attributes: Attributes) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's default look: default colours, no attributes.
    public static let plain = Style()

    public var bold: Bool {
        get { attributes.contains(.bold) }
        set { set(.bold, newValue) }
    }
    public var dim: Bool {
        get { attributes.contains(.dim) }
        set { set(.dim, newValue) }
    }
    public var italic: Bool {
        get { attributes.contains(.italic) }
        set { set(.italic, newValue) }
    }
    public var underline: Bool {
        get { attributes.contains(.underline) }
        set { set(.underline, newValue) }
    }
    public var inverse: Bool {
        get { attributes.contains(.inverse) }
        set { set(.inverse, newValue) }
    }

    private mutating func set(_ attribute: Attributes, _ on: Bool) {
        if on { attributes.insert(attribute) } else { attributes.remove(attribute) }
    }

    /// This style with another laid over it: the other's non-default colours win and the
    /// attributes are united.
    public func merged(with over: Style) -> Style {
        Style(fg: over.fg == .default ? fg : over.fg,
              bg: over.bg == .default ? bg : over.bg,
              attributes: attributes.union(over.attributes))
    }

    /// Returns a copy with the given changes.
    public func with(fg: Color? = nil, bg: Color? = nil, bold: Bool? = nil, dim: Bool? = nil,
                     italic: Bool? = nil, underline: Bool? = nil, inverse: Bool? = nil) -> Style {
        var copy = self
        if let fg { copy.fg = fg }
        if let bg { copy.bg = bg }
        if let bold { copy.bold = bold }
        if let dim { copy.dim = dim }
        if let italic { copy.italic = italic }
        if let underline { copy.underline = underline }
        if let inverse { copy.inverse = inverse }
        return copy
    }
}
