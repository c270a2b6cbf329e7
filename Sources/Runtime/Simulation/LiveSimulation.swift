import Simulations
import Terminal

/// Runs a simulation in a live region of the terminal: raw mode, keys to actions, a redraw in
/// place after each, animation ticks while it trains, resizes followed. When the learner leaves,
/// the last frame stays in the scrollback and the terminal is back in cooked mode.
public struct LiveSimulation {
    /// How often a running training advances a few steps.
    public static let tickInterval: Duration = .milliseconds(40)

    let terminal: TerminalSession
    let capabilities: (WindowSize) -> Capabilities
    let theme: Theme
    let maxHeight: Int

    /// - Parameters:
    ///   - capabilities: the output's capabilities at a window size (the width follows it).
    ///   - maxHeight: the tallest frame drawn, whatever the window's height.
    public init(terminal: TerminalSession, theme: Theme, maxHeight: Int = 40,
                capabilities: @escaping (WindowSize) -> Capabilities) {
        self.terminal = terminal
        self.theme = theme
        self.maxHeight = maxHeight
        self.capabilities = capabilities
    }

    /// Plays `session` until the learner leaves; returns it in its final state.
    public func run(_ session: SimulationSession) throws -> SimulationSession {
        var session = session
        let reader = KeyReader(session: terminal)
        try terminal.enterRawMode()
        terminal.enable(.hiddenCursor)
        defer {
            terminal.disable(.hiddenCursor)
            terminal.leaveRawMode()
        }
        var region = LiveRegion()
        draw(session, into: &region, clear: false)
        while true {
            let event = reader.next(timeout: session.isAnimating ? Self.tickInterval : nil)
            switch event {
            case let .key(key):
                switch SimulationKeys.meaning(of: key) {
                case let .action(action): session.apply(action)
                case .leave:
                    terminal.write("\r\n")
                    return session
                case .ignore: continue
                }
            case .tick:
                guard session.isAnimating else { continue }
                session.apply(.tick)
            case .resized, .redraw:
                draw(session, into: &region, clear: true)
                continue
            case .endOfInput:
                terminal.write("\r\n")
                return session
            }
            draw(session, into: &region, clear: false)
        }
    }

    private func draw(_ session: SimulationSession, into region: inout LiveRegion, clear: Bool) {
        let window = terminal.windowSize
        let caps = capabilities(window)
        let height = max(8, min(maxHeight, window.rows - 1))
        let frame = session.frame(size: ViewSize(width: caps.width, height: height), theme: theme.adapted(to: caps))
        let lines = FrameEncoder(capabilities: caps).encodeLines(frame)
        terminal.write(region.redraw(lines, clearScreen: clear))
    }
}

/// The bytes that replace the previously drawn lines of a live region with new ones.
struct LiveRegion {
    /// Rows drawn last time (the cursor sits on the last of them).
    private(set) var drawnRows = 0

    /// Moves to the region's first row, writes `lines` (each cleared to the end), clears below.
    /// With `clearScreen` (after a resize, when old rows may have rewrapped) it starts from the
    /// top of a cleared screen instead.
    mutating func redraw(_ lines: [String], clearScreen: Bool) -> String {
        var out = ""
        if clearScreen {
            out += "\u{1B}[H\u{1B}[2J"
        } else if drawnRows > 1 {
            out += "\r\u{1B}[\(drawnRows - 1)A"
        } else {
            out += "\r"
        }
        for (index, line) in lines.enumerated() {
            out += line + "\u{1B}[0m\u{1B}[K"
            if index < lines.count - 1 { out += "\r\n" }
        }
        out += "\u{1B}[J"
        drawnRows = lines.count
        return out
    }
}
