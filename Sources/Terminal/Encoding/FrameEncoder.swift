/// Turns a ``Frame`` into the bytes for a terminal with given ``Capabilities``.
///
/// - Without colour (`colorDepth == .none`) the output is exactly the frame's text, trailing
///   spaces trimmed per line, with no escape sequence at all.
/// - With colour, SGR sequences are written only where the (downsampled) style changes, only
///   the parts that change, and every line that leaves a style on ends with `ESC[0m`, so no
///   colour or attribute ever leaks past the end of a line. Trailing blank cells that show
///   nothing (a space with default background, no underline or inverse) are trimmed.
/// - With ASCII glyphs every non-ASCII glyph is replaced by ``ASCIIFallback``.
/// - Lines wider than `capabilities.width` are clipped to it.
///
/// Lines are joined by `\n`; there is no newline after the last line.
/// Deterministic: the same frame and capabilities give the same string.
public struct FrameEncoder: Sendable {
    public var capabilities: Capabilities

    public init(capabilities: Capabilities) {
        self.capabilities = capabilities
    }

    /// The whole frame as one string.
    public func encode(_ frame: Frame) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(frame.width * frame.height * (capabilities.usesEscapes ? 8 : 2))
        for y in 0..<frame.height {
            if y > 0 { bytes.append(0x0A) }
            encodeLine(frame.line(y), into: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Each row of the frame as its own string (no newlines).
    public func encodeLines(_ frame: Frame) -> [String] {
        (0..<frame.height).map { y in
            var bytes: [UInt8] = []
            encodeLine(frame.line(y), into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private func isInvisible(_ cell: Cell, escapes: Bool) -> Bool {
        guard cell.isSpace || cell.isContinuation else { return false }
        guard escapes else { return true }
        let depth = capabilities.colorDepth
        let bg = ColorDownsampling.downsample(cell.style.bg, to: depth)
        return bg == .default && !cell.style.underline && !cell.style.inverse
    }

    private func encodeLine(_ slice: ArraySlice<Cell>, into bytes: inout [UInt8]) {
        slice.withUnsafeBufferPointer { encodeLine($0, into: &bytes) }
    }

    private func encodeLine(_ row: UnsafeBufferPointer<Cell>, into bytes: inout [UInt8]) {
        let escapes = capabilities.usesEscapes
        let ascii = capabilities.isASCII
        // Clip to the output width (in cells), then trim trailing blanks.
        var end = min(row.count, capabilities.width)
        if end < row.count, end > 0, row[end].isContinuation, !row[end - 1].isContinuation {
            end -= 1  // a wide glyph cut in half by the clip is dropped
        }
        while end > 0, isInvisible(row[end - 1], escapes: escapes) { end -= 1 }

        var current = SGRState.reset
        var lastStyle: Style? = nil
        var lastState = SGRState.reset
        var index = 0
        while index < end {
            let cell = row[index]
            index += 1
            if cell.isContinuation { continue }
            if escapes {
                let state: SGRState
                if let lastStyle, lastStyle == cell.style {
                    state = lastState
                } else {
                    state = SGRState(cell.style, depth: capabilities.colorDepth)
                    lastStyle = cell.style
                    lastState = state
                }
                if state != current {
                    state.transition(from: current, into: &bytes)
                    current = state
                }
            }
            if let byte = cell.asciiByte {
                bytes.append(byte)
            } else if ascii {
                bytes.append(contentsOf: ASCIIFallback.replacement(for: cell.glyph).utf8)
            } else {
                cell.appendUTF8(to: &bytes)
            }
        }
        if escapes, current != .reset {
            bytes.append(contentsOf: [0x1B, 0x5B, 0x30, 0x6D])  // ESC[0m
        }
    }
}

/// A style as written at one colour depth: colours already downsampled.
struct SGRState: Equatable {
    var fg: Color
    var bg: Color
    var attributes: Style.Attributes

    static let reset = SGRState(fg: .default, bg: .default, attributes: [])

    init(fg: Color, bg: Color, attributes: Style.Attributes) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    init(_ style: Style, depth: Capabilities.ColorDepth) {
        fg = ColorDownsampling.downsample(style.fg, to: depth)
        bg = ColorDownsampling.downsample(style.bg, to: depth)
        attributes = style.attributes
    }

    /// Writes one SGR sequence taking the terminal from `old` to this state.
    func transition(from old: SGRState, into bytes: inout [UInt8]) {
        bytes.append(0x1B)
        bytes.append(0x5B)
        if self == .reset {
            bytes.append(0x30)
            bytes.append(0x6D)
            return
        }
        var first = true
        func parameter(_ value: Int) {
            if !first { bytes.append(0x3B) }
            first = false
            SGRState.appendDecimal(value, to: &bytes)
        }
        let removed = old.attributes.subtracting(attributes)
        var readd: Style.Attributes = []
        if removed.contains(.bold) || removed.contains(.dim) {
            parameter(22)
            readd = attributes.intersection([.bold, .dim])
        }
        if removed.contains(.italic) { parameter(23) }
        if removed.contains(.underline) { parameter(24) }
        if removed.contains(.inverse) { parameter(27) }
        let added = attributes.subtracting(old.attributes).union(readd)
        if added.contains(.bold) { parameter(1) }
        if added.contains(.dim) { parameter(2) }
        if added.contains(.italic) { parameter(3) }
        if added.contains(.underline) { parameter(4) }
        if added.contains(.inverse) { parameter(7) }
        for (color, previous, background) in [(fg, old.fg, false), (bg, old.bg, true)] where color != previous {
            switch color {
            case .default: parameter(background ? 49 : 39)
            case let .palette(index) where index < 8: parameter((background ? 40 : 30) + Int(index))
            case let .palette(index) where index < 16: parameter((background ? 100 : 90) + Int(index) - 8)
            case let .palette(index):
                parameter(background ? 48 : 38)
                parameter(5)
                parameter(Int(index))
            case let .rgb(r, g, b):
                parameter(background ? 48 : 38)
                parameter(2)
                parameter(Int(r))
                parameter(Int(g))
                parameter(Int(b))
            }
        }
        bytes.append(0x6D)
    }

    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 100 { bytes.append(UInt8(48 + value / 100)) }
        if value >= 10 { bytes.append(UInt8(48 + value / 10 % 10)) }
        bytes.append(UInt8(48 + value % 10))
    }
}

extension Frame {
    /// The frame encoded for `capabilities` (see ``FrameEncoder``).
    public func encoded(for capabilities: Capabilities) -> String {
        FrameEncoder(capabilities: capabilities).encode(self)
    }
}
