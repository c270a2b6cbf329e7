import Course
import Terminal

/// Which chapter of a lesson the `CHAPTER` of `lesson play LESSON/CHAPTER` names: a number
/// from 1, a file stem (`03-hyperparameter-tuning`), a stem without its `NN-` prefix, or the
/// two-digit prefix itself as written in the file name (`03`, which may differ from the
/// chapter's place: files often count from `00`).
///
/// Pure. A number outside 1…count or a name that is no chapter is an error, never a quiet
/// fallback to the first chapter (which would move the saved position).
public enum ChapterSelection {
    /// Why `CHAPTER` names no chapter; `description` says what would.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var lesson: String
        public var given: String
        public var stems: [String]

        /// The chapter the learner most likely meant: a stem within a typo or two of what was
        /// given, with or without its `NN-` prefix.
        public var suggestion: String? {
            if let close = Suggestion.closest(to: given, among: stems) { return close }
            let bare = Suggestion.closest(to: given, among: stems.map { String($0.dropFirst(3)) })
            return bare.flatMap { name in stems.first { $0.dropFirst(3) == name } }
        }

        public var description: String {
            let range = stems.count == 1 ? "its only chapter is 1" : "its chapters are numbered 1–\(stems.count)"
            let guess = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "\(lesson) has no chapter '\(given)'\(guess); \(range), or by name: " + stems.joined(separator: ", ")
        }
    }

    /// The 0-based index of the chapter `text` names in `lesson`.
    public static func index(of text: String, in lesson: LessonManifest) -> Result<Int, Problem> {
        let stems = lesson.chapters.map(\.name)
        let problem = Problem(lesson: lesson.id, given: text, stems: stems)
        if text.count == 2, text.hasPrefix("0") || Int(text) != nil, let prefixed = stems.firstIndex(where: { $0.hasPrefix(text + "-") }) {
            return .success(prefixed)
        }
        if let number = Int(text) {
            return (1...max(1, stems.count)).contains(number) && !stems.isEmpty ? .success(number - 1) : .failure(problem)
        }
        if let found = stems.firstIndex(of: text) ?? stems.firstIndex(where: { $0.dropFirst(3) == text }) {
            return .success(found)
        }
        return .failure(problem)
    }
}
