import ArgumentParser
import Runtime
import Simulations

/// `lesson sims`: every simulation with its parameters, ranges and defaults.
struct Sims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sims",
        abstract: "List every simulation with its parameters, ranges and defaults."
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        let registry = try SimulationCatalogLoader.registry(display.contentSource)
        switch format {
        case .json:
            let list = JSONValue.array(registry.entries.map { entry in
                .object([
                    ("id", .string(entry.id)), ("title", .string(entry.title)), ("summary", .string(entry.summary)),
                    ("parameters", .array(entry.parameters.map(Self.json))),
                ])
            })
            Output.line(list.encoded(pretty: true))
        case .text:
            var text = ""
            for entry in registry.entries {
                text += "\(entry.id)  \(entry.title)\n  \(entry.summary)\n"
                let nameWidth = entry.parameters.map(\.name.count).max() ?? 0
                for spec in entry.parameters {
                    let name = spec.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                    text += "    \(name)  \(spec.allowedDescription); default \(spec.defaultValue.text). \(spec.help)\n"
                }
                text += "\n"
            }
            text += "Run one with: lesson sim ID [--set NAME=VALUE]... [--format ansi|plain|json]\n"
            Output.write(text)
        }
    }

    static func json(_ spec: ParameterSpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(spec.name))]
        switch spec.kind {
        case let .number(range, _, logScale):
            pairs += [("type", .string("number")), ("min", .number(range.lowerBound)), ("max", .number(range.upperBound)), ("log_scale", .bool(logScale))]
        case let .integer(range, _):
            pairs += [("type", .string("integer")), ("min", .int(range.lowerBound)), ("max", .int(range.upperBound))]
        case let .choice(options):
            pairs += [("type", .string("choice")), ("choices", .strings(options))]
        }
        pairs += [("default", spec.defaultValue.json), ("help", .string(spec.help))]
        return .object(pairs)
    }
}

/// `--format text|json` for listings.
enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
