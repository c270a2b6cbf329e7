import Foundation

/// The player's progress: kept in memory and saved through the store after every step, so a
/// kill at any moment loses at most the step in progress. Without a store (tests, or a state
/// folder that cannot be written) it keeps progress in memory only and says why once.
public final class ProgressKeeper {
    public private(set) var progress: Progress
    let store: ProgressStore?
    let clock: () -> Timestamp
    /// Problems to tell the learner (a file moved aside, a failed save); taken by the player.
    public private(set) var notices: [String] = []
    private var saveFailed = false

    public init(store: ProgressStore?, clock: @escaping () -> Timestamp = ProgressKeeper.systemClock) {
        self.store = store
        self.clock = clock
        if let store {
            do {
                let loaded = try store.load(now: clock())
                progress = loaded.progress
                if let notice = loaded.notice { notices.append(notice.description) }
            } catch {
                progress = Progress()
                notices.append("progress could not be read (\(error)); this session's progress will not be saved")
                saveFailed = true
            }
        } else {
            progress = Progress()
        }
    }

    /// The wall clock, to the second.
    public static func systemClock() -> Timestamp {
        Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }

    /// Applies `change` and saves at once. The change is applied to the file as it is now, under
    /// the store's lock, not to this session's copy: another session's progress saved meanwhile
    /// (another lesson in another terminal) is kept, and comes into this session's copy.
    public func update(_ change: (inout Progress, Timestamp) -> Void) {
        let now = clock()
        guard let store, !saveFailed else {
            change(&progress, now)
            return
        }
        do {
            let saved = try store.update(now: now) { change(&$0, now) }
            progress = saved.progress
            if let notice = saved.notice { notices.append(notice.description) }
        } catch {
            change(&progress, now)
            saveFailed = true
            notices.append("progress could not be saved (\(error)); it is kept for this session only")
        }
    }

    /// Returns and forgets the notices.
    public func takeNotices() -> [String] {
        defer { notices.removeAll() }
        return notices
    }
}
