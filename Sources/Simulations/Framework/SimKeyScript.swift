/// A `--keys` list such as `right,right,tab,space,t`: the actions to apply, in order, and
/// whether it ends with a key that leaves the simulation (`q` or `enter`, as at the keyboard).
public struct SimKeyScript: Equatable, Sendable {
    public var actions: [SimAction]
    public var leaves: Bool

    /// The names that leave, like Enter or `q` in an interactive simulation.
    public static let leavingNames = ["q", "enter", "return"]

    public init(actions: [SimAction], leaves: Bool = false) {
        self.actions = actions
        self.leaves = leaves
    }

    /// Reads a comma-separated list; a leaving key may only come last. An empty list is no
    /// keys; an empty entry inside one (`right,,t`, a trailing comma) is an error, since it is
    /// most likely a key left out.
    public init(parsing text: String) throws(SimKeyError) {
        actions = []
        leaves = false
        if text.trimmingSpaces.isEmpty { return }
        for raw in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let name = raw.trimmingSpaces.lowercased()
            if name.isEmpty {
                throw SimKeyError(key: raw, known: [], emptyIn: text)
            }
            if leaves {
                throw SimKeyError(key: raw, known: [], afterLeaving: true)
            }
            if Self.leavingNames.contains(name) {
                leaves = true
            } else if let action = SimAction.named(name) {
                actions.append(action)
            } else {
                throw SimKeyError(key: raw, known: SimAction.names + ["q", "enter"])
            }
        }
    }
}
