/// A labelled slider: `▶ learning rate  ━━━━━━●──────  1e-3`.
///
/// The focused slider shows the pointer, a bold label and the accent colour, so focus is
/// visible without colour too. `logarithmic` places the knob by log10 (for learning rates).
/// One row; the track takes the room the label and value leave.
public struct Slider: Widget {
    public var label: String
    public var value: Double
    public var range: ClosedRange<Double>
    public var focused: Bool
    public var logarithmic: Bool
    /// Text after the track; default ``NumberFormat/compact(_:significant:)`` of the value.
    public var valueText: String?
    /// Cells reserved for the label (align several sliders); nil: the label's own width.
    public var labelWidth: Int?

    public init(_ label: String, value: Double, range: ClosedRange<Double>, focused: Bool = false,
                logarithmic: Bool = false, valueText: String? = nil, labelWidth: Int? = nil) {
        self.label = label
        self.value = value
        self.range = range
        self.focused = focused
        self.logarithmic = logarithmic
        self.valueText = valueText
        self.labelWidth = labelWidth
    }

    /// Knob position 0…1.
    var fraction: Double {
        guard value.isFinite else { return 0 }
        let lo = range.lowerBound, hi = range.upperBound
        if logarithmic, lo > 0, value > 0 {
            let l0 = DecimalMath.log10(lo), l1 = DecimalMath.log10(hi)
            return l1 > l0 ? min(1, max(0, (DecimalMath.log10(value) - l0) / (l1 - l0))) : 0
        }
        return hi > lo ? min(1, max(0, (value - lo) / (hi - lo))) : 0
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        var frame = Frame(width: width, height: height ?? 1)
        let pointerCells = TextWidth.cells(of: symbols.pointer) + 1
        if focused { frame.draw(symbols.pointer, x: 0, y: 0, style: theme.style(.accent, bold: true)) }
        let label = TextSanitizer.sanitize(self.label, newlines: .space)
        let labelCells = labelWidth ?? TextWidth.cells(of: label)
        frame.draw(label, x: pointerCells, y: 0, style: focused ? theme.style(.text, bold: true) : .plain, maxWidth: labelCells)
        let text = valueText.map { TextSanitizer.sanitize($0, newlines: .space) } ?? NumberFormat.compact(value)
        let textCells = TextWidth.cells(of: text)
        let trackX = pointerCells + labelCells + 2
        let trackCells = width - trackX - textCells - 2
        if trackCells >= 3 {
            let knob = Int((fraction * Double(trackCells - 1)).rounded())
            let fill = theme.style(focused ? .accent : .series(0), bold: focused)
            let track = theme.style(.muted)
            for i in 0..<trackCells {
                let cell: Cell
                if i == knob {
                    cell = Cell(symbols.sliderKnob, style: fill.with(bold: true))
                } else if i < knob {
                    cell = Cell(symbols.sliderFill, style: fill)
                } else {
                    cell = Cell(symbols.sliderTrack, style: track)
                }
                frame.put(cell, x: trackX + i, y: 0)
            }
            frame.draw(text, x: trackX + trackCells + 2, y: 0, style: focused ? theme.style(.accent, bold: true) : .plain)
        } else {
            frame.draw(text, x: trackX, y: 0, style: focused ? theme.style(.accent, bold: true) : .plain)
        }
        return frame
    }
}
