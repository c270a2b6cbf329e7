/// A JSON value as the lab writes it (`--format json`).
///
/// Numbers are written in Swift's shortest round-trip form; NaN and infinities as the strings
/// `"nan"`, `"inf"`, `"-inf"` (SPEC.md). Strings escape quotes, backslashes and every control
/// character (C0, DEL and C1), so JSON printed to a terminal cannot carry escape codes. Object
/// members keep their order.
public indirect enum LabJSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([LabJSON])
    case object([(String, LabJSON)])

    /// An array of numbers.
    public static func numbers(_ values: [Double]) -> LabJSON { .array(values.map { .number($0) }) }
    /// An array of integers.
    public static func ints(_ values: [Int]) -> LabJSON { .array(values.map { .int($0) }) }
    /// An array of strings.
    public static func strings(_ values: [String]) -> LabJSON { .array(values.map { .string($0) }) }
    /// A number, or null when absent.
    public static func optional(_ value: Double?) -> LabJSON { value.map { .number($0) } ?? .null }

    /// Labels as JSON: numbers when every label is written as a JSON number (`0`, `2.5`),
    /// else strings.
    public static func labels(_ names: [String]) -> LabJSON {
        names.allSatisfy(isNumberLiteral) ? .array(names.map { .raw($0) }) : strings(names)
    }

    /// One label, consistent with ``labels(_:)`` for its list.
    static func label(_ name: String, in names: [String]) -> LabJSON {
        names.allSatisfy(isNumberLiteral) ? .raw(name) : .string(name)
    }

    /// A number literal written as given (already checked by ``isNumberLiteral``).
    static func raw(_ literal: String) -> LabJSON {
        if let i = Int(literal) { return .int(i) }
        return .number(Double(literal) ?? .nan)
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

    /// The JSON text; `pretty` puts members and long arrays on their own indented lines
    /// (arrays of plain numbers stay on one line).
    public func encoded(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let x): out += LabJSON.number(text: x)
        case .string(let s): LabJSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            let flat = !pretty || items.allSatisfy { $0.isScalar }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += flat ? (pretty ? ", " : ",") : "," }
                if !flat { out += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if !flat { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                LabJSON.quote(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    static func number(text x: Double) -> String {
        if x.isNaN { return "\"nan\"" }
        if x.isInfinite { return x > 0 ? "\"inf\"" : "\"-inf\"" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x2028...0x2029).contains(v) {
                    let hex = String(v, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
