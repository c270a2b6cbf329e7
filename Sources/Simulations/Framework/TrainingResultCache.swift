import Foundation

/// A small, thread-safe cache of finished trainings, owned by one simulation value and shared
/// by its sessions (a `final class` behind a lock, no globals). Every simulation that caches
/// runs uses this one type.
///
/// Keys are the settings and seed a result depends on; values are immutable results. Holds at
/// most `capacity` entries and forgets the oldest first, so a learner sweeping a slider cannot
/// grow it without bound. The complexity, learning-curve, grid-vs-random and regularization
/// simulations use it.
final class TrainingResultCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The cached value for `key`, or nil.
    subscript(key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    /// The cached value for `key`, or nil.
    func value(for key: Key) -> Value? { self[key] }

    /// Stores `value` under `key` (replacing an older one) and evicts the oldest beyond capacity.
    func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if values.updateValue(value, forKey: key) == nil { order.append(key) }
        while order.count > capacity {
            values[order.removeFirst()] = nil
        }
    }

    /// The cached value for `key`, computing and storing it when missing. Two threads asking
    /// for the same missing key may both compute it; both get equal values (trainings are
    /// deterministic), and the first stored is kept.
    func value(for key: Key, compute: () -> Value) -> Value {
        if let hit = self[key] { return hit }
        let fresh = compute()
        lock.lock()
        defer { lock.unlock() }
        if let raced = values[key] { return raced }
        values[key] = fresh
        order.append(key)
        while order.count > capacity {
            values[order.removeFirst()] = nil
        }
        return fresh
    }
}
