import Foundation

/// A small memo of finished training runs, keyed by a text of everything that determines the
/// run (settings that matter, seed, sizes), owned by one simulation value.
///
/// Training is deterministic, so a cached run is exactly the run that training again would
/// give: the cache only saves time (a key press redraws at once when the learner comes back to
/// a setting). Thread-safe behind a lock (`@unchecked Sendable` for that reason); it keeps at
/// most `capacity` runs and forgets the oldest first.
final class SimulationRunCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String] = []
    private var values: [String: Value] = [:]
    let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The run stored under `key`, or nil.
    func value(for key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    /// Stores `value` under `key`, forgetting the oldest run beyond the capacity.
    func store(_ value: Value, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        if values.updateValue(value, forKey: key) == nil {
            keys.append(key)
            if keys.count > capacity { values[keys.removeFirst()] = nil }
        }
    }

    /// The run under `key`, computed by `make` (outside the lock) and stored when missing.
    func value(for key: String, orMake make: () -> Value) -> Value {
        if let cached = value(for: key) { return cached }
        let made = make()
        store(made, for: key)
        return made
    }
}
