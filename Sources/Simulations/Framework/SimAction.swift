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

    /// The names `--keys` accepts (besides `q` and `enter`, which leave; see ``SimKeyScript``).
    public static let names = ["left", "right", "up", "down", "tab", "space", "r", "t", "?", "tick"]

    /// The action named `name` (case and spaces ignored), if any.
    static func named(_ name: String) -> SimAction? { byName[name.trimmingSpaces.lowercased()] }

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
    /// Set when the key is known but comes after the key that leaves.
    public var afterLeaving = false
    /// The whole list, when an entry of it is empty.
    public var emptyIn: String?
    public var description: String {
        if let emptyIn { return "an empty key in --keys '\(emptyIn)'; remove the extra comma or name the key" }
        if afterLeaving { return "'\(key)' in --keys comes after the simulation was left; q or enter must come last" }
        return "unknown key '\(key)' in --keys; keys are: \(known.joined(separator: ", "))"
    }
}
