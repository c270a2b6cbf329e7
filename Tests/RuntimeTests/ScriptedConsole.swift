import Simulations
import Terminal
@testable import Runtime

/// A console for tests: lines come from a script, output is collected as plain text, and
/// simulations show their first frame (as in a pipe). As a live console (`isInteractive`),
/// each simulation run applies the next list of `simulationKeys`, as a learner's keys would.
final class ScriptedConsole: PlayerConsole {
    var script: [String]
    private(set) var output = ""
    private(set) var prompts: [String] = []
    /// The Tab completions offered at each prompt.
    private(set) var completionsOffered: [[String]] = []
    let capabilities = Capabilities.plain(width: 80)
    var theme: Theme { Theme.mono.adapted(to: capabilities) }
    let isInteractive: Bool
    /// For a live console: the keys of each simulation run, in order.
    var simulationKeys: [[SimAction]]
    /// The settings each simulation run started from.
    private(set) var openedWith: [Settings] = []

    init(script: [String], isInteractive: Bool = false, simulationKeys: [[SimAction]] = []) {
        self.script = script
        self.isInteractive = isInteractive
        self.simulationKeys = simulationKeys
    }

    func show(_ frame: Frame) {
        output += frame.encoded(for: capabilities) + "\n"
    }

    func readLine(prompt: String, completions: [String]) -> String? {
        prompts.append(prompt)
        completionsOffered.append(completions)
        output += prompt + "\n"
        guard !script.isEmpty else { return nil }
        return script.removeFirst()
    }

    func run(_ simulation: SimulationSession) -> SimulationSession {
        openedWith.append(simulation.settings)
        var finished = simulation
        finished.applyToEnd(isInteractive && !simulationKeys.isEmpty ? simulationKeys.removeFirst() : [])
        show(finished.frame(size: ViewSize(width: 80, height: 40, keysWork: isInteractive), theme: theme))
        return finished
    }
}
