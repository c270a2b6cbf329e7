import Simulations
import Terminal
@testable import Runtime

/// A console for tests: lines come from a script, output is collected as plain text, and
/// simulations show their first frame (as in a pipe).
final class ScriptedConsole: PlayerConsole {
    var script: [String]
    private(set) var output = ""
    private(set) var prompts: [String] = []
    let capabilities = Capabilities.plain(width: 80)
    var theme: Theme { Theme.mono.adapted(to: capabilities) }
    let isInteractive = false

    init(script: [String]) {
        self.script = script
    }

    func show(_ frame: Frame) {
        output += frame.encoded(for: capabilities) + "\n"
    }

    func readLine(prompt: String, completions: [String]) -> String? {
        prompts.append(prompt)
        output += prompt + "\n"
        guard !script.isEmpty else { return nil }
        return script.removeFirst()
    }

    func run(_ simulation: SimulationSession) -> SimulationSession {
        var finished = simulation
        finished.applyToEnd([])
        show(finished.frame(size: ViewSize(width: 80, height: 40), theme: theme))
        return finished
    }
}
