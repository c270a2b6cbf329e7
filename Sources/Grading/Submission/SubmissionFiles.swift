import Foundation

/// The submission files of one grade run, each file once.
///
/// The same file can be named twice, once through a folder and once by name, or through a
/// symbolic link; it is graded once, under the path it was first found as, and the repeats are
/// listed so the command can say so.
public struct SubmissionFiles: Sendable {
    /// A file found again under another path.
    public struct Repeat: Sendable, Hashable {
        /// The path that was left out.
        public var path: String
        /// The path the file is graded under.
        public var gradedAs: String
    }

    /// The files to grade, in the order ``SubmissionReader/submissionFiles(in:)`` finds them.
    public let files: [String]
    public let repeats: [Repeat]

    /// The files under `paths` (files as given, folders searched), each file once by its
    /// resolved path (`.`/`..` and symbolic links resolved).
    public init(paths: [String]) {
        var files: [String] = []
        var repeats: [Repeat] = []
        var firstPath: [String: String] = [:]
        for path in SubmissionReader.submissionFiles(in: paths) {
            let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if let first = firstPath[resolved] {
                repeats.append(Repeat(path: path, gradedAs: first))
            } else {
                firstPath[resolved] = path
                files.append(path)
            }
        }
        self.files = files
        self.repeats = repeats
    }
}
