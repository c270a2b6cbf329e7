import Foundation
import Simulations
import Terminal

/// The player's console on the real terminal: frames encoded for the output's capabilities,
/// lines from readline (or plainly from a pipe), simulations live in raw mode.
public final class TerminalConsole: PlayerConsole {
    let terminal: TerminalSession
    let prompt: LinePrompt
    let options: DisplaySettings
    let environment: [String: String]

    /// What the command line decided about drawing: colour choice, ASCII, a fixed width, theme.
    public struct DisplaySettings: Sendable {
        public var color: Capabilities.ColorChoice
        public var ascii: Bool
        public var width: Int?
        public var theme: Theme.Name

        public init(color: Capabilities.ColorChoice, ascii: Bool, width: Int?, theme: Theme.Name) {
            self.color = color
            self.ascii = ascii
            self.width = width
            self.theme = theme
        }
    }

    public init(terminal: TerminalSession, prompt: LinePrompt, options: DisplaySettings,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.terminal = terminal
        self.prompt = prompt
        self.options = options
        self.environment = environment
    }

    public var isInteractive: Bool { terminal.isInteractive && Capabilities.termTakesEscapes(environment) }

    public var capabilities: Capabilities {
        let columns = terminal.outputIsTerminal ? terminal.windowSize.columns : nil
        return Capabilities.detect(color: options.color, ascii: options.ascii, width: options.width,
                                   environment: environment, isTerminal: terminal.outputIsTerminal, windowColumns: columns)
    }

    public var theme: Theme { Theme.named(options.theme).adapted(to: capabilities) }

    public func show(_ frame: Frame) {
        let text = frame.encoded(for: capabilities)
        terminal.write(text.isEmpty ? "\n" : text + "\n")
    }

    public func readLine(prompt text: String, completions: [String]) -> String? {
        prompt.completions = completions
        return prompt.read(prompt: text)
    }

    public func run(_ simulation: SimulationSession) -> SimulationSession {
        guard isInteractive else {
            var finished = simulation
            finished.applyToEnd([])
            let caps = capabilities
            show(finished.frame(size: ViewSize(width: caps.width, height: 40, keysWork: false), theme: theme))
            return finished
        }
        let options = self.options
        let environment = self.environment
        let live = LiveSimulation(terminal: terminal, theme: theme) { window in
            Capabilities.detect(color: options.color, ascii: options.ascii, width: options.width,
                                environment: environment, isTerminal: true, windowColumns: window.columns)
        }
        do {
            return try live.run(simulation)
        } catch {
            show(simulation.frame(size: ViewSize(width: capabilities.width, height: 40, keysWork: false), theme: theme))
            return simulation
        }
    }
}
