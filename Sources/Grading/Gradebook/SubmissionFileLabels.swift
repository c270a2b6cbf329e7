/// Names for submission files in the gradebook for people: each path relative to the folder
/// all the files share, so `nest/a/s1.yaml` and `nest/b/c/s1.yaml` read `a/s1.yaml` and
/// `b/c/s1.yaml`, and files of one folder read as their bare names.
///
/// Two different paths always get different labels (they differ below the shared folder).
enum SubmissionFileLabels {
    /// One label per path, in order.
    static func labels(for paths: [String]) -> [String] {
        // An absolute path starts with the component "/", so it shares nothing with a relative one.
        let split = paths.map { path in
            (path.hasPrefix("/") ? ["/"] : []) + path.split(separator: "/").filter { $0 != "." }.map(String.init)
        }
        let folders = split.map { $0.dropLast() }
        var shared = folders.first.map(Array.init) ?? []
        for folder in folders.dropFirst() {
            let common = zip(shared, folder).prefix { $0 == $1 }.count
            shared.removeLast(shared.count - common)
        }
        if paths.count == 1 { return [split[0].last ?? paths[0]] }
        // A path that is the shared folder itself (or an odd one, such as `..`) keeps its name.
        return zip(paths, split).map { path, parts in
            let rest = parts.dropFirst(shared.count)
            if rest.isEmpty { return path }
            return rest.first == "/" ? "/" + rest.dropFirst().joined(separator: "/") : rest.joined(separator: "/")
        }
    }

    /// `label` cut to `limit` characters from the front (`…c/s1.yaml`): the end of a path is
    /// what tells files apart.
    static func shortened(_ label: String, limit: Int) -> String {
        guard label.count > limit else { return label }
        return "…" + label.suffix(max(0, limit - 1))
    }
}
