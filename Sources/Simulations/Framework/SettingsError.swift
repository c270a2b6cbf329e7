import Terminal
/// Why a `--set NAME=VALUE` (or a quiz's sim-task settings) was refused. Each message names
/// what is allowed.
public enum SettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAnAssignment(String)
    case unknownParameter(name: String, simulation: String, known: [String])
    case wrongType(name: String, value: String, allowed: String)
    case outOfRange(name: String, value: String, allowed: String)
    case notAChoice(name: String, value: String, allowed: [String])
    case unknownSimulation(String, known: [String])

    public var description: String {
        switch self {
        case let .notAnAssignment(text):
            return "'\(text)' is not NAME=VALUE"
        case let .unknownParameter(name, simulation, known):
            let hint = Suggestion.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            return "\(simulation) has no parameter '\(name)'\(hint); its parameters are: \(known.joined(separator: ", "))"
        case let .wrongType(name, value, allowed):
            return "\(name)=\(value): not a valid value; \(name) takes \(allowed)"
        case let .outOfRange(name, value, allowed):
            return "\(name)=\(value) is out of range; \(name) takes \(allowed)"
        case let .notAChoice(name, value, allowed):
            let hint = Suggestion.closest(to: value, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            return "\(name)=\(value) is not allowed\(hint); \(name) takes one of \(allowed.joined(separator: ", "))"
        case let .unknownSimulation(id, known):
            let hint = Suggestion.closest(to: id, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            return "no simulation '\(id)'\(hint); run 'lesson sims' to list them"
        }
    }
}
