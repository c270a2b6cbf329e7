/// Text wrapped by words to the width, each line aligned.
public struct Paragraph: Widget {
    public var text: StyledText
    public var alignment: Alignment

    public init(_ text: StyledText, alignment: Alignment = .left) {
        self.text = text
        self.alignment = alignment
    }

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left) {
        self.init(StyledText(text, style: style), alignment: alignment)
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let lines = text.wrapped(width: width)
        var frame = Frame(width: width, height: height ?? lines.count)
        for (y, line) in lines.enumerated() {
            let gap = max(0, width - line.cells)
            let x = alignment == .left ? 0 : alignment == .right ? gap : gap / 2
            frame.draw(line, x: x, y: y)
        }
        return frame
    }
}
