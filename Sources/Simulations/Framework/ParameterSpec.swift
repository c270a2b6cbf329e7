/// One parameter of a simulation: its name, what values it takes, its default and one line of
/// help. `lesson sims` lists these; `--set NAME=VALUE` and the sliders are checked against them.
public struct ParameterSpec: Sendable, Equatable {
    /// The values a parameter takes.
    public enum Kind: Sendable, Equatable {
        /// A real number in a closed range. `logScale` sliders move by factors (`step` is then a
        /// multiplier, e.g. 10^0.25); otherwise by adding `step`.
        case number(ClosedRange<Double>, step: Double, logScale: Bool)
        /// A whole number in a closed range, moved by `step`.
        case integer(ClosedRange<Int>, step: Int)
        /// One of a list of names; the arrow keys cycle through them in order.
        case choice([String])
    }

    public let name: String
    public let kind: Kind
    public let defaultValue: ParameterValue
    public let help: String

    public init(name: String, kind: Kind, defaultValue: ParameterValue, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// A real-valued parameter.
    public static func number(
        _ name: String, _ range: ClosedRange<Double>, default value: Double, step: Double,
        logScale: Bool = false, help: String
    ) -> ParameterSpec {
        ParameterSpec(name: name, kind: .number(range, step: step, logScale: logScale),
                      defaultValue: .number(value), help: help)
    }

    /// A whole-number parameter.
    public static func integer(
        _ name: String, _ range: ClosedRange<Int>, default value: Int, step: Int = 1, help: String
    ) -> ParameterSpec {
        ParameterSpec(name: name, kind: .integer(range, step: step), defaultValue: .integer(value), help: help)
    }

    /// A parameter that takes one of several names.
    public static func choice(_ name: String, _ options: [String], default value: String, help: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .choice(options), defaultValue: .choice(value), help: help)
    }

    /// An on/off switch (a choice of `on` and `off`).
    public static func toggle(_ name: String, default on: Bool, help: String) -> ParameterSpec {
        choice(name, ["on", "off"], default: on ? "on" : "off", help: help)
    }

    /// What the parameter accepts, in words: `0 to 100`, `he|too-small|too-large`.
    public var allowedDescription: String {
        switch kind {
        case let .number(range, _, _):
            return "a number from \(ParameterValue.number(range.lowerBound).text) to \(ParameterValue.number(range.upperBound).text)"
        case let .integer(range, _):
            return "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case let .choice(options):
            return "one of " + options.joined(separator: ", ")
        }
    }

    /// Reads `text` as a value of this parameter, or says why it cannot be one.
    public func parse(_ text: String) -> Result<ParameterValue, SettingsError> {
        let trimmed = text.trimmingSpaces
        switch kind {
        case let .number(range, _, _):
            guard let value = Double(trimmed), value.isFinite else {
                return .failure(.wrongType(name: name, value: text, allowed: allowedDescription))
            }
            guard range.contains(value) else {
                return .failure(.outOfRange(name: name, value: text, allowed: allowedDescription))
            }
            return .success(.number(value))
        case let .integer(range, _):
            guard let value = Int(trimmed) else {
                return .failure(.wrongType(name: name, value: text, allowed: allowedDescription))
            }
            guard range.contains(value) else {
                return .failure(.outOfRange(name: name, value: text, allowed: allowedDescription))
            }
            return .success(.integer(value))
        case let .choice(options):
            let lowered = trimmed.lowercased()
            guard options.contains(lowered) else {
                return .failure(.notAChoice(name: name, value: text, allowed: options))
            }
            return .success(.choice(lowered))
        }
    }

    /// The value one step up (`by: 1`) or down (`by: -1`) from `value`, kept in range; choices
    /// wrap around.
    public func stepped(_ value: ParameterValue, by direction: Int) -> ParameterValue {
        switch (kind, value) {
        case let (.number(range, step, logScale), .number(current)):
            var next = logScale ? current * pow(step, Double(direction)) : current + step * Double(direction)
            // Snap to the step's grid (linear) or to 3 significant digits (log), so repeated
            // steps give 0.001 rather than 0.0009999999999999998.
            next = logScale ? Self.significant(next, digits: 3) : (next / step).rounded() * step
            return .number(min(max(next, range.lowerBound), range.upperBound))
        case let (.integer(range, step), .integer(current)):
            return .integer(min(max(current + step * direction, range.lowerBound), range.upperBound))
        case let (.choice(options), .choice(current)):
            let index = options.firstIndex(of: current) ?? 0
            let count = options.count
            return .choice(options[((index + direction) % count + count) % count])
        default:
            return defaultValue
        }
    }
}

extension ParameterSpec {
    /// `value` rounded to `digits` significant digits, by exact scaling with powers of ten.
    static func significant(_ value: Double, digits: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        var scale = 1.0
        var magnitude = abs(value)
        while magnitude >= 10 { magnitude /= 10; scale /= 10 }
        while magnitude < 1 { magnitude *= 10; scale *= 10 }
        for _ in 1..<max(1, digits) { scale *= 10 }
        return scale >= 1 ? (value * scale).rounded() / scale : (value / (1 / scale)).rounded() * (1 / scale)
    }
}

/// `x` raised to an integer power by repeated multiplication (no libm, so it repeats exactly).
func pow(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    let n = Int(exponent.magnitude)
    for _ in 0..<n { result *= base }
    return exponent < 0 ? 1 / result : result
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
