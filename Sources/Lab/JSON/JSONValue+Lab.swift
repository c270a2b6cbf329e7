import Terminal

extension JSONValue {
    /// An array of whole numbers.
    static func ints(_ values: [Int]) -> JSONValue { integers(values) }
    /// A number, or null when absent.
    static func optional(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }

    /// Labels as JSON: numbers when every label is written as a JSON number (`0`, `2.5`),
    /// else strings.
    public static func labels(_ names: [String]) -> JSONValue {
        names.allSatisfy(isNumberLiteral) ? .array(names.map { .raw($0) }) : strings(names)
    }

    /// One label, consistent with ``labels(_:)`` for its list.
    static func label(_ name: String, in names: [String]) -> JSONValue {
        names.allSatisfy(isNumberLiteral) ? .raw(name) : .string(name)
    }

    /// A number literal written as given (already checked by ``isNumberLiteral``).
    static func raw(_ literal: String) -> JSONValue {
        .number(Double(literal) ?? .nan)
    }

    /// Whether `text` is a JSON number literal: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    static func isNumberLiteral(_ text: String) -> Bool {
        var chars = Array(text.utf8)[...]
        func digits() -> Int {
            var n = 0
            while let c = chars.first, c >= 48, c <= 57 { chars.removeFirst(); n += 1 }
            return n
        }
        if chars.first == UInt8(ascii: "-") { chars.removeFirst() }
        if chars.first == UInt8(ascii: "0") {
            chars.removeFirst()
        } else if digits() == 0 {
            return false
        }
        if chars.first == UInt8(ascii: ".") {
            chars.removeFirst()
            if digits() == 0 { return false }
        }
        if chars.first == UInt8(ascii: "e") || chars.first == UInt8(ascii: "E") {
            chars.removeFirst()
            if chars.first == UInt8(ascii: "+") || chars.first == UInt8(ascii: "-") { chars.removeFirst() }
            if digits() == 0 { return false }
        }
        return chars.isEmpty
    }
}
