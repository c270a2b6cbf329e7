import ArgumentParser
import Foundation
import Runtime
import Simulations
import Terminal

/// `lesson sim ID`: one simulation. Headless with `--format`, or when output is not a
/// terminal: builds the state from the settings, applies the keys, prints one frame or its
/// snapshot. On a terminal without `--format`: interactive.
struct Sim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run one simulation: interactive on a terminal, or one frame or snapshot headless.",
        discussion: """
        Keys (interactive, and by name in --keys): left, right (change the focused control), \
        up, down, tab (move focus), space (toggle), r (new random samples), t (train or replay), \
        ? (help). Enter or q leaves: in --keys (q or enter, last) it prints the frame instead of \
        staying interactive.
        """
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "The simulation's id (see 'lesson sims').")
    var id: String

    @Option(name: .customLong("set"), help: ArgumentHelp("A parameter's value, as NAME=VALUE (repeatable).", valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Option(help: "Key actions to apply before printing, comma-separated: right,right,tab,space,t")
    var keys: String?

    @Option(help: "Frame height in rows (default: the terminal's, else 40).")
    var height: Int?

    @Option(help: "Output: ansi (with colour), plain (text only) or json (the snapshot). Without it: interactive on a terminal, else plain.")
    var format: SimFormat?

    func validate() throws {
        if let height, !(8...500).contains(height) {
            throw ValidationError("--height must be between 8 and 500, not \(height).")
        }
    }

    func run() throws {
        let registry = try SimulationCatalogLoader.registry(display.contentSource)
        let entry: SimulationEntry
        var session: SimulationSession
        let script: SimKeyScript
        do {
            entry = try registry.entry(id)
            session = try entry.session(assignments: assignments, seed: display.chosenSeed)
            script = try keys.map { text throws(SimKeyError) in try SimKeyScript(parsing: text) } ?? SimKeyScript(actions: [])
        } catch let error as SettingsError {
            throw CommandFailure.usage(error.description + Self.allowedList(registry, id))
        } catch let error as SimKeyError {
            throw CommandFailure.usage(error.description)
        }
        let probe = TerminalProbe.read()
        let environment = ProcessInfo.processInfo.environment
        // Keys that end by leaving (q, enter) print the frame they lead to, as headless.
        let interactive = format == nil && probe.isTerminal && isatty(0) == 1 && Capabilities.termTakesEscapes(environment) && !script.leaves
        if interactive {
            session.applyToEnd(script.actions)
            let terminal: TerminalSession
            do { terminal = try TerminalSession.start() } catch {
                throw CommandFailure.badInput("cannot use the terminal: \(error)")
            }
            defer { terminal.end() }
            let display = self.display
            let live = LiveSimulation(terminal: terminal, theme: display.theme(for: display.capabilities), maxHeight: height ?? 40) { window in
                Capabilities.detect(color: Capabilities.ColorChoice(rawValue: display.color.rawValue) ?? .auto, ascii: display.ascii,
                                    width: display.width, environment: environment, isTerminal: true, windowColumns: window.columns)
            }
            _ = try live.run(session)
            return
        }
        session.applyToEnd(script.actions)
        switch format ?? .plain {
        case .json:
            Output.line(session.json(seed: display.chosenSeed).encoded(pretty: true))
        case .plain, .ansi:
            var caps = display.capabilities
            if format == .ansi, display.color != .never {
                caps = Capabilities.detect(color: .always, ascii: display.ascii, width: display.width,
                                           environment: ProcessInfo.processInfo.environment,
                                           isTerminal: probe.isTerminal, windowColumns: probe.columns)
            } else if format == .plain {
                caps.colorDepth = .none
            }
            // One frame printed: no key works, so no key help line.
            let size = ViewSize(width: caps.width, height: height ?? (probe.isTerminal ? probe.rows : nil) ?? 40, keysWork: false)
            Output.line(session.frame(size: size, theme: display.theme(for: caps)).encoded(for: caps))
        }
    }

    /// For an unknown parameter or bad value, the simulation's parameters and what each takes.
    private static func allowedList(_ registry: SimulationRegistry, _ id: String) -> String {
        guard let entry = try? registry.entry(id) else { return "" }
        let lines = entry.parameters.map { "  \($0.name): \($0.allowedDescription) (default \($0.defaultValue.text))" }
        return "\n" + lines.joined(separator: "\n")
    }
}

/// `lesson sim --format`.
enum SimFormat: String, ExpressibleByArgument, CaseIterable { case ansi, plain, json }
