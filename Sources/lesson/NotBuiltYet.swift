import ArgumentParser

/// Thrown by a command whose implementation has not landed yet: says so and exits 2.
struct NotBuiltYet: Error, CustomStringConvertible {
    let what: String
    var description: String { "lesson: \(what) is not built yet" }
}
