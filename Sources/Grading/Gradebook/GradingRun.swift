import Course

/// Grades a batch of submission files against one quiz: what `lesson grade` does between
/// parsing its options and writing the gradebook.
///
/// A file that cannot be read or graded becomes its own row with the reason; the batch goes on.
public struct GradingRun: Sendable {
    public let grader: QuizGrader

    /// `idMatching` says which quiz ids submissions may name (see ``QuizIDMatching``).
    public init(quiz: Quiz, runner: (any SimTaskRunner)? = nil, idMatching: QuizIDMatching = .exact) {
        self.grader = QuizGrader(quiz: quiz, runner: runner.map { CachingSimTaskRunner($0) }, idMatching: idMatching)
    }

    /// One row per file, in the order of `files`. Files are read and graded on every core; the
    /// result does not depend on how the work was scheduled.
    public func grade(files: [String]) -> [SubmissionGrade] {
        ParallelMap.map(count: files.count) { index in
            let file = files[index]
            switch SubmissionReader.read(path: file) {
            case .success(let submission):
                return grader.grade(submission)
            case .failure(let failure):
                return unreadable(file: file, reason: failure.reason)
            }
        }
    }

    /// A row for a submission that could not be read.
    public func unreadable(file: String, reason: String) -> SubmissionGrade {
        let stem = Submission(path: file, quiz: nil, student: nil, answers: []).fileStem
        return SubmissionGrade(file: file, student: stem, quiz: grader.quiz.id, outcome: .unreadable(reason))
    }

    /// The gradebook of `grades` in `format`.
    public func gradebook(_ grades: [SubmissionGrade], format: GradebookFormat) -> String {
        Gradebook.write(grades, quizID: grader.quiz.id, questionIDs: grader.quiz.questions.map(\.id), format: format)
    }
}
