/// A JSON value with object keys kept in insertion order, so snapshots print the same bytes
/// every run.
///
/// Non-finite numbers are written as the strings `"nan"`, `"inf"` and `"-inf"`, which keeps the
/// output valid JSON (SPEC.md, "JSON outputs").
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    /// A whole number kept exact beyond 2^53 (seeds), written without a fraction.
    case integer(UInt64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.integer(a), .integer(b)): return a == b
        case let (.integer(a), .number(b)), let (.number(b), .integer(a)): return a < 1 << 53 && Double(a) == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value at `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// Follows a dotted path such as `random.best_loss` or `layers.0.name` (array indices count
    /// from 0).
    public func value(atPath path: String) -> JSONValue? {
        var current: JSONValue? = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let node = current else { return nil }
            if case let .array(items) = node, let index = Int(part) {
                current = items.indices.contains(index) ? items[index] : nil
            } else {
                current = node[String(part)]
            }
        }
        return current
    }
}

extension JSONValue {
    /// An array of numbers.
    public static func numbers<S: Sequence>(_ values: S) -> JSONValue where S.Element: BinaryFloatingPoint {
        .array(values.map { .number(Double($0)) })
    }

    /// An array of integers, as JSON numbers.
    public static func integers<S: Sequence>(_ values: S) -> JSONValue where S.Element: BinaryInteger {
        .array(values.map { .number(Double($0)) })
    }

    /// An array of strings.
    public static func strings<S: Sequence>(_ values: S) -> JSONValue where S.Element == String {
        .array(values.map { .string($0) })
    }

    /// A number from any floating-point or integer value.
    public static func int<I: BinaryInteger>(_ value: I) -> JSONValue { .number(Double(value)) }
}
