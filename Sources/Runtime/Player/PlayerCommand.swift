/// The navigation commands understood at every prompt of the player.
public enum PlayerCommand: Equatable, Sendable {
    case next
    case back
    case list
    case jump(Int)
    case quit
    case help

    /// The command words, for Tab completion.
    public static let words = ["next", "back", "list", "jump", "quit", "?"]

    /// Reads a typed line as a command, or nil when it is not one. `jump N` counts chapters
    /// from 1.
    public static func parse(_ line: String) -> PlayerCommand? {
        let words = line.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        // Whole words only: single letters are answers (choice `b` is not `back`).
        switch first {
        case "next": return words.count == 1 ? .next : nil
        case "back": return words.count == 1 ? .back : nil
        case "list": return words.count == 1 ? .list : nil
        case "quit", "exit": return words.count == 1 ? .quit : nil
        case "?", "help": return words.count == 1 ? .help : nil
        case "jump":
            guard words.count == 2, let number = Int(words[1]), number >= 1 else { return nil }
            return .jump(number)
        default: return nil
        }
    }

    /// The command words of `lesson quiz`, which has no chapters to move between.
    public static let quizWords = ["next", "quit", "?"]

    /// The help shown for `?` in `lesson quiz`.
    public static let quizHelpText = """
    In a quiz: type your answer; `hint` shows a hint, `skip` (or `next`) moves on without an \
    answer, `quit` ends the quiz (with `--answers-out`, the answers given so far are saved).
    """

    /// The note for `back`, `list` or `jump N` typed in `lesson quiz`.
    public static let quizOnlyNote = "`back`, `list` and `jump` move between chapters of a lesson; in a quiz: answer, `hint`, `skip` or `quit`."

    /// The help shown for `?`.
    public static let helpText = """
    At any prompt: `next` (or Enter at a pause) goes on, `back` returns to the previous chapter, \
    `list` shows the chapters, `jump N` goes to chapter N, `quit` saves and leaves. \
    At a question: `hint` shows a hint, `skip` moves on without an answer.
    """
}
