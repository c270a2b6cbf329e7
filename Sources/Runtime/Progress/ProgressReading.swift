/// The saved progress as a read-only command sees it (`lesson progress`, `lesson list`, the
/// printed catalog): the file is read and never moved, renamed or written.
///
/// A file that cannot be used reads as no progress, with a `warning` for standard error that
/// names the file and says what a playing command will do with it.
public struct ProgressReading: Equatable, Sendable {
    public var progress: Progress
    /// Why the file could not be used, if it could not.
    public var problem: ProgressProblem?
    public var file: String

    /// One sentence for standard error; nil when the file was fine (or absent).
    public var warning: String? {
        guard let problem else { return nil }
        return "the progress file \(file) \(problem); no progress is shown from it. It was left as it is: "
            + "the next 'lesson play' keeps it as \(file).\(problem.suffix)-<time> and starts afresh"
    }
}

extension ProgressStore {
    /// The saved progress without touching the file (empty when there is none yet). Unlike
    /// ``load(now:)``, a file that cannot be used stays where it is.
    public func read() throws(ProgressError) -> ProgressReading {
        guard let bytes = try AtomicFile.read(file) else { return ProgressReading(progress: Progress(), problem: nil, file: file) }
        switch Self.decode(bytes) {
        case .success(let progress): return ProgressReading(progress: progress, problem: nil, file: file)
        case .failure(let problem): return ProgressReading(progress: Progress(), problem: problem, file: file)
        }
    }
}
