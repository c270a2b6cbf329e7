import Foundation

/// Wraps a runner so that identical runs (same simulation, settings and seed) happen once per
/// grading batch: many students submit the same settings, and a run trains real models.
///
/// Safe to share between threads; results, including failures, are cached by value.
public final class CachingSimTaskRunner: SimTaskRunner, @unchecked Sendable {
    private let base: any SimTaskRunner
    private let lock = NSLock()
    private var cache: [String: Result<SimSnapshotLookup, CachedFailure>] = [:]

    private struct CachedFailure: Error, CustomStringConvertible {
        var description: String
    }

    public init(_ base: any SimTaskRunner) {
        self.base = base
    }

    public func snapshotValue(simulation: String, settings: [String: String], seed: UInt64) throws -> SimSnapshotLookup {
        let key = ([simulation, String(seed)] + settings.keys.sorted().map { "\($0)=\(settings[$0] ?? "")" }).joined(separator: "\u{1F}")
        lock.lock()
        let cached = cache[key]
        lock.unlock()
        if let cached { return try cached.get() }
        let result: Result<SimSnapshotLookup, CachedFailure>
        do {
            result = .success(try base.snapshotValue(simulation: simulation, settings: settings, seed: seed))
        } catch {
            result = .failure(CachedFailure(description: "\(error)"))
        }
        lock.lock()
        cache[key] = result
        lock.unlock()
        return try result.get()
    }
}
