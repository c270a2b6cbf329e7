/// One point of a scatter plot (standalone or over a heat map).
public struct ScatterPoint: Sendable, Hashable {
    /// How the point is marked.
    public enum Mark: Sendable, Hashable {
        /// An ordinary point of its group (class); colour `.series(group)`.
        case dot
        /// An outlier or mislabeled example: `✕` in the `.bad` colour, drawn over other points.
        case outlier
        /// A tried hyperparameter setting: `◆`.
        case trial
        /// The best setting found: `★` in the `.warning` colour, drawn on top.
        case best
        /// Any other character (sanitized; a wide one is replaced by `?`).
        case custom(Character)
    }

    public var x: Double
    public var y: Double
    /// Class or series index: picks the colour (and, without colour, the glyph).
    public var group: Int
    public var mark: Mark

    public init(x: Double, y: Double, group: Int = 0, mark: Mark = .dot) {
        self.x = x
        self.y = y
        self.group = group
        self.mark = mark
    }

    /// Drawing order: later marks win a shared cell. Custom marks (connecting dots, a
    /// background of best cells) lie under the data points.
    var priority: Int {
        switch mark {
        case .custom: return -1
        case .dot: return 0
        case .trial: return 2
        case .outlier: return 3
        case .best: return 4
        }
    }

    /// Group glyphs without colour, Unicode and ASCII.
    static let unicodeGroupGlyphs: [Character] = ["●", "○", "▲", "△", "■", "□", "◆", "◇"]
    static let asciiGroupGlyphs: [Character] = ["o", "+", "*", "#", "@", "%", "&", "="]

    /// The glyph and style for this point in `theme`.
    func appearance(_ theme: Theme) -> (Character, Style) {
        let ascii = theme.glyphs == .ascii
        switch mark {
        case .dot:
            let glyph: Character
            if theme.usesColor {
                glyph = ascii ? "o" : "●"
            } else {
                let glyphs = ascii ? ScatterPoint.asciiGroupGlyphs : ScatterPoint.unicodeGroupGlyphs
                glyph = glyphs[((group % glyphs.count) + glyphs.count) % glyphs.count]
            }
            return (glyph, theme.style(.series(group), bold: true))
        case .outlier: return (ascii ? "X" : "✕", theme.style(.bad, bold: true))
        case .trial: return (ascii ? "*" : "◆", theme.style(.series(group), bold: true))
        case .best: return (ascii ? "@" : "★", theme.style(.warning, bold: true))
        case let .custom(character):
            let safe = TextSanitizer.sanitize(String(character), newlines: .space)
            let glyph = safe.count == 1 && TextWidth.cells(of: safe) == 1 ? Character(safe) : "?"
            return (glyph, theme.style(.series(group), bold: true))
        }
    }
}

/// Legend names of the special marks (e.g. "mislabeled" instead of "outlier").
public struct MarkLabels: Sendable, Hashable {
    public var outlier: String
    public var trial: String
    public var best: String

    public init(outlier: String = "outlier", trial: String = "trial", best: String = "best") {
        self.outlier = outlier
        self.trial = trial
        self.best = best
    }

    func label(_ mark: ScatterPoint.Mark) -> String {
        switch mark {
        case .outlier: return outlier
        case .trial: return trial
        case .best: return best
        default: return ""
        }
    }
}
