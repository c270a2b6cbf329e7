import Foundation

/// The files under a folder, searched recursively, each real folder entered once.
///
/// Symbolic links are followed, but a folder reached again (a link to `.` or `..`, a link to a
/// folder also searched directly) is not searched again, so a link loop can neither repeat files
/// nor run away. Folders reached through a link are searched after all the others, so a file is
/// found under its own folder rather than under a link to it. Hidden names (a leading `.`) are
/// left out; at most `folderLimit` folders are searched.
public enum FolderWalk {
    /// The files under `folder` with one of `extensions` (compared as written, or lowercased when
    /// `ignoringCase`), sorted, as paths that start with `folder`.
    public static func files(under folder: String, extensions: Set<String>, ignoringCase: Bool = false,
                             folderLimit: Int = 10_000) -> [String] {
        var found: [String] = []
        var entered: Set<String> = []
        var direct = [folder]
        var linked: [String] = []
        while let current = direct.popLast() ?? linked.popLast(), entered.count < folderLimit {
            guard entered.insert(realPath(current)).inserted else { continue }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: current.isEmpty ? "." : current)) ?? [])
                .filter { !$0.hasPrefix(".") }
                .sorted(by: >)  // popped from the end: searched in sorted order
            for name in names {
                let child = current.isEmpty || current == "." ? name : current.hasSuffix("/") ? current + name : current + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if (try? FileManager.default.destinationOfSymbolicLink(atPath: child)) != nil {
                        linked.insert(child, at: 0)
                    } else {
                        direct.append(child)
                    }
                } else {
                    let ext = (name as NSString).pathExtension
                    if extensions.contains(ignoringCase ? ext.lowercased() : ext) { found.append(child) }
                }
            }
        }
        return found.sorted()
    }

    /// `path` with every symbolic link, `.` and `..` resolved; `path` itself when that fails.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
