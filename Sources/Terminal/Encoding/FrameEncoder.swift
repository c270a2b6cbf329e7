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
        for (index, row) in frame.lines.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            encodeLine(row, into: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Each row of the frame as its own string (no newlines).
    public func encodeLines(_ frame: Frame) -> [String] {
        frame.lines.map { row in
            var bytes: [UInt8] = []
            encodeLine(row, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private func isInvisible(_ cell: Cell, escapes: Bool) -> Bool {
        guard cell.glyph == " " || cell.isContinuation else { return false }
        guard escapes else { return true }
        let depth = capabilities.colorDepth
        let bg = ColorDownsampling.downsample(cell.style.bg, to: depth)
        return bg == .default && !cell.style.underline && !cell.style.inverse
    }

    private func encodeLine(_ row: [Cell], into bytes: inout [UInt8]) {
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
            if ascii, !cell.glyph.isASCII {
                bytes.append(contentsOf: ASCIIFallback.replacement(for: cell.glyph).utf8)
            } else if let ascii = cell.glyph.asciiValue {
                bytes.append(ascii)
            } else {
                bytes.append(contentsOf: cell.glyph.utf8)
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
        var params: [String] = []
        if self == .reset {
            params.append("0")
        } else {
            let removed = old.attributes.subtracting(attributes)
            var readd: Style.Attributes = []
            if removed.contains(.bold) || removed.contains(.dim) {
                params.append("22")
                readd = attributes.intersection([.bold, .dim])
            }
            if removed.contains(.italic) { params.append("23") }
            if removed.contains(.underline) { params.append("24") }
            if removed.contains(.inverse) { params.append("27") }
            let added = attributes.subtracting(old.attributes).union(readd)
            if added.contains(.bold) { params.append("1") }
            if added.contains(.dim) { params.append("2") }
            if added.contains(.italic) { params.append("3") }
            if added.contains(.underline) { params.append("4") }
            if added.contains(.inverse) { params.append("7") }
            if fg != old.fg { params.append(Self.code(fg, background: false)) }
            if bg != old.bg { params.append(Self.code(bg, background: true)) }
        }
        bytes.append(0x1B)
        bytes.append(0x5B)
        bytes.append(contentsOf: params.joined(separator: ";").utf8)
        bytes.append(0x6D)
    }

    static func code(_ color: Color, background: Bool) -> String {
        switch color {
        case .default: return background ? "49" : "39"
        case let .palette(index) where index < 8: return String((background ? 40 : 30) + Int(index))
        case let .palette(index) where index < 16: return String((background ? 100 : 90) + Int(index) - 8)
        case let .palette(index): return (background ? "48;5;" : "38;5;") + String(index)
        case let .rgb(r, g, b): return (background ? "48;2;" : "38;2;") + "\(r);\(g);\(b)"
        }
    }
}

extension Frame {
    /// The frame encoded for `capabilities` (see ``FrameEncoder``).
    public func encoded(for capabilities: Capabilities) -> String {
        FrameEncoder(capabilities: capabilities).encode(self)
    }
}
