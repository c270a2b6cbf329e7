import Foundation

/// The file `lesson quiz --answers-out FILE` saves the answers to, checked before the first
/// question: a learner must not finish a whole quiz only to learn that the answers cannot be
/// saved, and an existing file (perhaps an earlier attempt) is replaced only with `--force`.
///
/// The check reads the file system only; nothing is created until the quiz is over.
enum AnswersDestination {
    /// Throws a message saying why `path` cannot take the answers (exit status 1).
    static func check(_ path: String, force: Bool) throws(CommandFailure) {
        guard !path.isEmpty else { throw .usage("--answers-out needs a file name") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw .badInput("cannot save answers to \(path): it is a folder") }
            guard force else {
                throw .badInput("\(path) already exists; choose another file, or add --force to replace it")
            }
            guard access(path, W_OK) == 0 else {
                throw .badInput("cannot save answers to \(path): \(String(cString: strerror(errno)))")
            }
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw .badInput("cannot save answers to \(path): the folder \(folder) does not exist")
        }
        guard isFolder.boolValue else { throw .badInput("cannot save answers to \(path): \(folder) is not a folder") }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw .badInput("cannot save answers to \(path): the folder \(folder) cannot be written (\(String(cString: strerror(errno))))")
        }
    }
}
