import CReadline

/// The `Runtime` module: the player, the only layer that touches the live terminal.
public enum RuntimeModule {
    /// The version of the GNU readline library linked into this binary, e.g. "8.2".
    public static var readlineVersion: String {
        guard let version = lesson_rl_library_version() else { return "unknown" }
        return String(cString: version)
    }
}
