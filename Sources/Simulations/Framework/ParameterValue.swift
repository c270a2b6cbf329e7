import Terminal

/// The value of one simulation parameter.
public enum ParameterValue: Sendable, Hashable {
    case number(Double)
    case integer(Int)
    case choice(String)

    /// The value as a real number (choices give nil).
    public var double: Double? {
        switch self {
        case let .number(value): return value
        case let .integer(value): return Double(value)
        case .choice: return nil
        }
    }

    /// The value as text, as `--set` takes it and `lesson sims` shows it: `0.001`, `32`, `grid`.
    public var text: String {
        switch self {
        case let .number(value):
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return "\(value)"
        case let .integer(value): return String(value)
        case let .choice(value): return value
        }
    }

    /// The value in a snapshot.
    public var json: JSONValue {
        switch self {
        case let .number(value): return .number(value)
        case let .integer(value): return .number(Double(value))
        case let .choice(value): return .string(value)
        }
    }
}
