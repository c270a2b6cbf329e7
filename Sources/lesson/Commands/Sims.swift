import ArgumentParser
import Runtime
import Simulations
import Terminal

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
            let capabilities = display.capabilities
            var text = ""
            func add(_ line: String, prefix: String, indent: Int) {
                let spelled = capabilities.isASCII ? ASCIITransliteration.text(line) : line
                text += Self.wrapped(spelled, prefix: prefix, indent: indent, width: capabilities.width)
            }
            for entry in registry.entries {
                add(entry.title, prefix: "\(entry.id)  ", indent: 2)
                add(entry.summary, prefix: "  ", indent: 2)
                let nameWidth = entry.parameters.map(\.name.count).max() ?? 0
                // Descriptions beside the names while that leaves them room, else under them.
                let beside = capabilities.width - (6 + nameWidth) >= Self.narrowestColumn
                for spec in entry.parameters {
                    let description = "\(spec.allowedDescription); default \(spec.defaultValue.text). \(spec.help)"
                    if beside {
                        let name = spec.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                        add(description, prefix: "    \(name)  ", indent: 6 + nameWidth)
                    } else {
                        text += "    \(spec.name)\n"
                        add(description, prefix: "        ", indent: 8)
                    }
                }
                text += "\n"
            }
            add("Run one with: lesson sim ID [--set NAME=VALUE]... [--format ansi|plain|json]", prefix: "", indent: 2)
            Output.write(text)
        }
    }

    /// The fewest columns a parameter's description gets beside its name.
    static let narrowestColumn = 36

    /// `prefix` + `text` wrapped to `width` cells, continuation lines indented by `indent`
    /// (less when the width leaves too little room).
    static func wrapped(_ text: String, prefix: String, indent: Int, width: Int) -> String {
        let first = TextWidth.cells(of: prefix)
        let hanging = min(indent, max(2, width / 3))
        let lines = TextWidth.wrap(text, width: max(10, width - max(first, hanging)))
        guard let head = lines.first else { return prefix + "\n" }
        var out = prefix + head + "\n"
        // Lines after the first may use the room the prefix took beyond the hanging indent.
        let rest = lines.dropFirst().joined(separator: " ")
        for line in TextWidth.wrap(rest, width: max(10, width - hanging)) where !rest.isEmpty {
            out += String(repeating: " ", count: hanging) + line + "\n"
        }
        return out
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
