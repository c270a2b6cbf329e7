/// Why the progress folder or file could not be used. Corrupt or newer files are not errors:
/// they are moved aside with a `ProgressNotice`.
public enum ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreateFolder(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotMoveAside(path: String, reason: String)
    /// The state folder could not be decided: no LESSON_STATE_DIR, XDG_STATE_HOME or HOME.
    case noStateFolder

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "cannot create the progress folder \(path): \(reason)"
        case .cannotRead(let path, let reason): "cannot read the progress file \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .cannotMoveAside(let path, let reason): "cannot move the unreadable progress file \(path) aside: \(reason)"
        case .noStateFolder: "cannot tell where to keep progress: set LESSON_STATE_DIR, XDG_STATE_HOME or HOME"
        }
    }
}
