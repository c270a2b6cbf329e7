import Terminal

/// The frame every simulation shares: a title line, the controls with the focused one marked,
/// the simulation's own body, a one-line reading of what the learner sees, and the key help
/// (left out when the frame is printed once and no key works: see ``ViewSize/keysWork``).
///
/// Keeps all simulations looking and reading alike; each one supplies only its body and reading.
public struct SimulationChrome: Sendable {
    public var title: String
    public var settings: Settings
    public var focus: Int?
    public var reading: String
    public var keyHelp: String

    /// The standard key help line.
    public static let standardKeys = "←/→ change  ↑/↓ Tab focus  Space toggle  r resample  t train  q done"

    public init(title: String, settings: Settings, focus: Int?, reading: String, keyHelp: String = SimulationChrome.standardKeys) {
        self.title = title
        self.settings = settings
        self.focus = focus
        self.reading = reading
        self.keyHelp = keyHelp
    }

    /// Lays out the chrome around `body`, drawn by the closure at the width and the most rows
    /// left for it. A body shorter than that keeps its natural height, so the frame is at most
    /// `size.height` rows and often fewer (a live region should not fill the screen with
    /// blank rows).
    public func frame(size: ViewSize, theme: Theme, body: (_ width: Int, _ height: Int) -> Frame) -> Frame {
        let width = max(20, size.width)
        let header = titleLine(width: width, theme: theme)
        let controls = controlLines(width: width, theme: theme)
        let readingLines = StyledText(Self.text(reading, theme: theme), style: theme.style(.accent, bold: true)).wrapped(width: width)
        let help = Frame(styledLines: size.keysWork ? keyHelpLines(width: width, theme: theme) : [], width: width)
        let fixed = 1 + controls.height + readingLines.count + help.height + 2
        let bodyHeight = max(4, size.height - fixed)
        let natural = body(width, bodyHeight)
        let drawn = natural.resized(width: width, height: min(natural.height, bodyHeight))
        let parts = [header, controls, Frame(width: width, height: 1), drawn,
                     Frame(styledLines: readingLines, width: width), help]
        let whole = Frame.stacked(parts, width: width)
        return whole.resized(width: width, height: min(whole.height, max(size.height, 0)))
    }

    private func titleLine(width: Int, theme: Theme) -> Frame {
        let title = Self.text(self.title, theme: theme)
        var text = StyledText(title, style: theme.style(.heading, bold: true))
        text.append("  " + String(repeating: String(theme.symbols.rule), count: max(0, width - TextWidth.cells(of: title) - 2)), style: theme.style(.border))
        return Frame(styledLines: [text.truncated(toCells: width, ellipsis: "")], width: width)
    }

    /// The controls as `name value` pairs, wrapped over as many lines as the width needs.
    private func controlLines(width: Int, theme: Theme) -> Frame {
        var pieces: [StyledText] = []
        for (index, spec) in settings.specs.enumerated() {
            let focused = index == focus
            var piece = StyledText(focused ? theme.symbols.pointer + " " : "  ", style: theme.style(.accent, bold: true))
            piece.append(spec.name + " ", style: theme.style(focused ? .text : .muted, bold: focused))
            piece.append(Self.describe(settings.values[index], spec: spec, theme: theme), style: focused ? theme.highlightStyle : theme.style(.text))
            pieces.append(piece)
        }
        var lines: [StyledText] = []
        var line = StyledText()
        for piece in pieces {
            if !line.isEmpty, line.cells + 2 + piece.cells > width {
                lines.append(line)
                line = StyledText()
            }
            if !line.isEmpty { line.append("  ") }
            line.append(piece)
        }
        if !line.isEmpty { lines.append(line) }
        return Frame(styledLines: lines.map { $0.truncated(toCells: width) }, width: width)
    }

    /// A value as the controls show it: a choice as `‹grid›`, a number with a short track.
    static func describe(_ value: ParameterValue, spec: ParameterSpec, theme: Theme) -> String {
        let symbols = theme.symbols
        switch spec.kind {
        case .choice:
            return symbols.arrowLeft + value.text + symbols.arrowRight
        case let .number(range, _, logScale):
            let v = value.double ?? range.lowerBound
            let fraction: Double
            if logScale, range.lowerBound > 0 {
                fraction = (log10(v) - log10(range.lowerBound)) / max(1e-12, log10(range.upperBound) - log10(range.lowerBound))
            } else {
                fraction = (v - range.lowerBound) / max(1e-12, range.upperBound - range.lowerBound)
            }
            return track(fraction, symbols: symbols) + " " + NumberText.short(v)
        case let .integer(range, _):
            let v = Double(value.double ?? 0)
            let fraction = (v - Double(range.lowerBound)) / max(1, Double(range.upperBound - range.lowerBound))
            return track(fraction, symbols: symbols) + " " + value.text
        }
    }

    private static func track(_ fraction: Double, symbols: Symbols) -> String {
        let cells = 8
        let filled = Int((min(max(fraction, 0), 1) * Double(cells - 1)).rounded())
        var text = ""
        for i in 0..<cells { text.append(i == filled ? symbols.sliderKnob : (i < filled ? symbols.sliderFill : symbols.sliderTrack)) }
        return text
    }

    /// The key help as its items (separated by two spaces), packed over as many lines as the
    /// width needs: a narrow screen gets every key on a second line instead of a cut-off one.
    private func keyHelpLines(width: Int, theme: Theme) -> [StyledText] {
        let items = Self.text(keyHelp, theme: theme).components(separatedBy: "  ").filter { !$0.isEmpty }
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty, TextWidth.cells(of: line) + 2 + TextWidth.cells(of: item) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : "  ") + item
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { StyledText(TextWidth.truncate($0, toCells: width), style: theme.style(.muted)) }
    }

    /// `text` as the theme can show it: with ASCII glyphs, arrows, comparison signs and
    /// subscripts are spelled out (`->`, `>=`, `log10`) before layout, because the encoder's
    /// width-preserving fallback would turn `2→6` into `2>6` and `≥` into `>`, which read as
    /// different statements. Unchanged with Unicode glyphs.
    static func text(_ text: String, theme: Theme) -> String {
        guard theme.glyphs == .ascii else { return text }
        var result = text
        for (unicode, ascii) in asciiSpellings { result = result.replacingOccurrences(of: unicode, with: ascii) }
        return result
    }

    private static let asciiSpellings: [(String, String)] = [
        ("←/→", "left/right"), ("↑/↓", "up/down"), ("→", "->"), ("←", "<-"), ("≥", ">="), ("≤", "<="),
        ("≠", "!="), ("∓", "-/+"), ("±", "+/-"), ("≈", "~"), ("₁₀", "10"), ("…", "..."), ("—", "-"), ("−", "-"),
    ]
}

/// log10 by the core's deterministic log is not needed for drawing a slider; a simple
/// series is enough and keeps the Terminal-facing code free of libm differences.
func log10(_ x: Double) -> Double {
    guard x > 0 else { return -300 }
    var exponent = 0.0
    var m = x
    while m >= 10 { m /= 10; exponent += 1 }
    while m < 1 { m *= 10; exponent -= 1 }
    // m in [1, 10): log10(m) = ln(m)/ln(10), ln by the atanh series.
    let y = (m - 1) / (m + 1)
    var term = y, sum = 0.0, k = 1.0
    for _ in 0..<30 { sum += term / k; term *= y * y; k += 2 }
    return exponent + 2 * sum / 2.302585092994046
}
