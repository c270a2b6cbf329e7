import Simulations
import Terminal

/// Where the player shows things and reads the learner's lines: the real terminal (readline,
/// live simulations) or, in tests and pipes, plain lines in and text out.
public protocol PlayerConsole: AnyObject {
    /// The capabilities output is drawn for (width, colour, glyphs), read again on each call so
    /// the width follows the window between pages.
    var capabilities: Capabilities { get }
    var theme: Theme { get }
    /// Whether simulations run live (keys) rather than printing their first frame.
    var isInteractive: Bool { get }
    /// Prints a frame and a line break.
    func show(_ frame: Frame)
    /// Reads one line after `prompt`; nil at end of input.
    func readLine(prompt: String, completions: [String]) -> String?
    /// Runs a simulation live until the learner leaves and returns its final state; without a
    /// terminal, shows its first frame and returns it unchanged.
    func run(_ simulation: SimulationSession) -> SimulationSession
}

extension PlayerConsole {
    /// The width text is drawn at: the window's, at most 100 columns for easy reading.
    public var textWidth: Int { max(20, min(capabilities.width, 100)) }

    /// Prints Markdown at the text width.
    public func showMarkdown(_ source: String) {
        show(Markdown.render(source, width: textWidth, theme: theme))
    }

    /// Prints an empty line.
    public func blankLine() {
        show(Frame(width: 0, height: 0))
    }

    /// Prints one line of styled text (sanitized, cut to the width).
    public func showLine(_ text: StyledText) {
        show(Frame(styledLines: text.wrapped(width: textWidth), width: textWidth))
    }
}
