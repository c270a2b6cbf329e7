#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress file on disk: `progress.json` in the state folder, plus one readline history
/// file per lesson in `history/`.
///
/// The folder is `$LESSON_STATE_DIR`, else `$XDG_STATE_HOME/lesson`, else
/// `~/.local/state/lesson`. Every save is atomic (temporary file, fsync, rename, fsync of the
/// folder) and `update` is one locked load–change–save, so saving after every step means a
/// `kill -9` loses at most the step in progress, and two `lesson` processes do not undo each
/// other's steps. A file that cannot be understood (bad JSON, wrong shapes, a newer format) is
/// never overwritten: it is moved aside and a `ProgressNotice` says where.
public struct ProgressStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The store at the standard place for this environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ProgressError) -> ProgressStore {
        guard let directory = location(environment: environment) else { throw .noStateFolder }
        return ProgressStore(directory: directory)
    }

    /// The state folder, decided from the environment alone (pure): `LESSON_STATE_DIR`, then
    /// `XDG_STATE_HOME/lesson` (the XDG spec ignores relative paths), then
    /// `HOME/.local/state/lesson`; nil when none is set.
    public static func location(environment: [String: String]) -> String? {
        func value(_ name: String) -> String? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            return text
        }
        if let folder = value("LESSON_STATE_DIR") { return trimmed(folder) }
        if let state = value("XDG_STATE_HOME"), state.hasPrefix("/") { return trimmed(state) + "/lesson" }
        if let home = value("HOME") { return trimmed(home) + "/.local/state/lesson" }
        return nil
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    public var file: String { directory + "/progress.json" }
    private var lockFile: String { directory + "/progress.lock" }

    /// The readline history file of one lesson (`history/<lesson>.history`; characters other
    /// than letters, digits, `.`, `-` and `_` become `_`).
    public func historyFile(lesson: String) -> String {
        directory + "/history/" + Self.fileName(for: lesson) + ".history"
    }

    static func fileName(for id: String) -> String {
        let safe = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        return safe.isEmpty || safe.allSatisfy({ $0 == "." }) ? "_" + safe : safe
    }

    // MARK: Loading and saving

    /// The saved progress (empty when there is no file yet). A file that cannot be read as
    /// progress is moved aside; `notice` then says why and where it went.
    public func load(now: Timestamp) throws(ProgressError) -> ProgressLoad {
        guard let bytes = try AtomicFile.read(file) else { return ProgressLoad(progress: Progress(), notice: nil) }
        switch Self.decode(bytes) {
        case .success(let progress):
            return ProgressLoad(progress: progress, notice: nil)
        case .failure(let problem):
            let movedTo = try moveAside(problem: problem, now: now)
            return ProgressLoad(progress: Progress(), notice: ProgressNotice(file: file, movedTo: movedTo, problem: problem))
        }
    }

    /// Writes `progress` atomically (creating the folder when needed).
    public func save(_ progress: Progress) throws(ProgressError) {
        try AtomicFile.makeFolder(directory)
        try AtomicFile.write(Self.encode(progress), to: file)
    }

    /// Loads, applies `change`, saves, under a lock on `progress.lock`; returns what was saved
    /// and the notice if the old file had to be moved aside.
    @discardableResult
    public func update(now: Timestamp, _ change: (inout Progress) -> Void) throws(ProgressError) -> ProgressLoad {
        try AtomicFile.makeFolder(directory)
        let lock = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if lock >= 0 { _ = flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }
        var loaded = try load(now: now)
        change(&loaded.progress)
        try save(loaded.progress)
        return loaded
    }

    /// Forgets one lesson (and its answer history), or every lesson when `lesson` is nil.
    @discardableResult
    public func reset(lesson: String?, now: Timestamp) throws(ProgressError) -> ProgressLoad {
        if let lesson {
            unlink(historyFile(lesson: lesson))
            return try update(now: now) { $0.reset(lesson: lesson) }
        }
        let loaded = try update(now: now) { $0.resetAll() }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory + "/history")) ?? []
        where name.hasSuffix(".history") {
            unlink(directory + "/history/" + name)
        }
        return loaded
    }

    // MARK: The JSON

    /// Sorted keys and two-space indents: the same progress always gives the same bytes.
    public static func encode(_ progress: Progress) -> [UInt8] {
        var progress = progress
        progress.version = Progress.currentVersion
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value is finite by construction (Progress clamps), so encoding cannot fail;
        // should it anyway, an empty object is safer than a crash.
        guard let data = try? encoder.encode(progress) else { return Array("{\"version\":1,\"lessons\":{}}\n".utf8) }
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// The progress in `bytes`, or why it cannot be used.
    public static func decode(_ bytes: [UInt8]) -> Result<Progress, ProgressProblem> {
        let decoder = JSONDecoder()
        let data = Data(bytes)
        let version: Int?
        do {
            version = try decoder.decode(VersionOnly.self, from: data).version
        } catch {
            return .failure(.unreadable(Self.explain(error, in: data)))
        }
        guard let version else { return .failure(.unreadable("it has no \"version\"")) }
        guard version <= Progress.currentVersion else { return .failure(.newerVersion(version)) }
        guard version >= 1 else { return .failure(.unreadable("version \(version) is not a version of the format")) }
        do {
            return .success(try decoder.decode(Progress.self, from: data))
        } catch {
            return .failure(.unreadable(Self.explain(error, in: data)))
        }
    }

    private struct VersionOnly: Decodable { var version: Int? }

    /// A decoding error in a sentence: what is wrong and where (the key path).
    static func explain(_ error: any Error, in data: Data) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // Foundation's decoder says "not valid JSON" for a number it cannot represent, too.
                let parses = (try? JSONDecoder().decode(AnyJSONValue.self, from: data)) != nil
                return parses ? "a number in it is too large" : "it is not valid JSON"
            }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is not \(kind(type))"
        @unknown default:
            return "\(error)"
        }
    }

    /// A JSON kind in words, for the Swift type a decoder expected.
    private static func kind(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "a JSON object" }
        switch name {
        case "String": return "a string"
        case "Int", "Int64", "UInt": return "a whole number"
        case "Double", "Float": return "a number"
        case "Bool": return "true or false"
        default: return "a \(name)"
        }
    }

    /// Renames the file to `progress.json.corrupt-<time>` (or `.newer-<time>`), never over an
    /// existing file.
    private func moveAside(problem: ProgressProblem, now: Timestamp) throws(ProgressError) -> String {
        let base = "\(file).\(problem.suffix)-\(now.compact)"
        var target = base
        var attempt = 1
        while access(target, F_OK) == 0 {
            attempt += 1
            target = "\(base)-\(attempt)"
        }
        guard rename(file, target) == 0 else { throw .cannotMoveAside(path: file, reason: SystemError.message(errno)) }
        AtomicFile.syncFolder(of: file)
        return target
    }
}

/// The progress as loaded, with the notice to show when the old file was moved aside.
public struct ProgressLoad: Equatable, Sendable {
    public var progress: Progress
    public var notice: ProgressNotice?
}

/// Why a progress file could not be used.
public enum ProgressProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON, or not the shape of progress: what and where.
    case unreadable(String)
    /// Written by a newer `lesson`, in format version N.
    case newerVersion(Int)

    var suffix: String {
        switch self {
        case .unreadable: "corrupt"
        case .newerVersion: "newer"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let reason): "could not be read as progress (\(reason))"
        case .newerVersion(let version): "was written by a newer lesson (format version \(version); this one reads version \(Progress.currentVersion))"
        }
    }
}

/// A progress file was moved aside: tell the learner, once, in one sentence.
public struct ProgressNotice: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var movedTo: String
    public var problem: ProgressProblem

    public var description: String {
        "the progress file \(file) \(problem); it was kept as \(movedTo) and progress starts afresh"
    }
}

/// Any JSON value, read only to learn whether a document parses (numbers as `Double`, which
/// holds the large ones an `Int` field rejects).
private struct AnyJSONValue: Decodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            for key in object.allKeys { _ = try object.decode(AnyJSONValue.self, forKey: key) }
        } else if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd { _ = try list.decode(AnyJSONValue.self) }
        } else {
            let value = try decoder.singleValueContainer()
            if value.decodeNil() { return }
            if (try? value.decode(Double.self)) != nil || (try? value.decode(Bool.self)) != nil { return }
            _ = try value.decode(String.self)
        }
    }
}
