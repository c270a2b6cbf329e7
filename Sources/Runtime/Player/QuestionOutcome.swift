import Grading

/// How asking one question ended.
public enum QuestionOutcome: Equatable, Sendable {
    /// Answered (right, or wrong after the last attempt): the best score 0…1 of the points,
    /// the attempts made and the last answer given.
    case answered(fraction: Double, attempts: Int, answer: AnswerValue?)
    /// Skipped: scores 0.
    case skipped
    /// The learner typed a navigation command instead of answering.
    case command(PlayerCommand)
    /// Input ended (Ctrl-D, or the end of piped input); `lastAnswer` is the last answer tried,
    /// if any, so a saved submission keeps what the learner gave.
    case endOfInput(lastAnswer: AnswerValue?)
}
