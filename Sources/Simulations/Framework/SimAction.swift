/// A key-level action on a simulation (SPEC.md, "Keys in an interactive simulation").
public enum SimAction: String, Sendable, CaseIterable, Equatable {
    /// ← : move the focused control down.
    case left
    /// → : move the focused control up.
    case right
    /// ↑ : focus the previous control.
    case up
    /// ↓ : focus the next control.
    case down
    /// Tab: focus the next control.
    case tab
    /// Space: toggle the focused control (cycles a choice).
    case space
    /// `r`: draw new random samples (a new seed for the sampling stream).
    case reseed = "r"
    /// `t`: train or replay.
    case train = "t"
    /// `?`: show or hide the help.
    case help = "?"
    /// One animation tick: advance a running training a few steps. Sent by the player's clock.
    case tick

    /// Reads a `--keys` list such as `right,right,tab,space,t`.
    public static func parseList(_ text: String) throws(SimKeyError) -> [SimAction] {
        try text.split(separator: ",").map { raw throws(SimKeyError) in
            let name = String(raw).trimmingSpaces.lowercased()
            if let action = byName[name] { return action }
            throw SimKeyError(key: String(raw), known: names)
        }
    }

    /// The names `--keys` accepts.
    public static let names = ["left", "right", "up", "down", "tab", "space", "r", "t", "?", "tick"]

    private static let byName: [String: SimAction] = [
        "left": .left, "right": .right, "up": .up, "down": .down, "tab": .tab, "space": .space,
        "r": .reseed, "reseed": .reseed, "t": .train, "train": .train, "?": .help, "help": .help,
        "tick": .tick,
    ]
}

/// A `--keys` entry that names no key.
public struct SimKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    public let key: String
    public let known: [String]
    public var description: String {
        "unknown key '\(key)' in --keys; keys are: \(known.joined(separator: ", "))"
    }
}
