import Course
import Terminal

/// The course catalog: each lesson with its title, summary and chapters done, and the entry
/// that continues where the learner left off. Pure drawing.
public struct CatalogView {
    public let lessons: [LessonManifest]
    public let progress: Progress

    public init(lessons: [LessonManifest], progress: Progress) {
        self.lessons = lessons
        self.progress = progress
    }

    /// The lesson to continue: the one played last that is not finished.
    public var continueLesson: LessonManifest? {
        let started = lessons.filter { progress.lessons[$0.id]?.position != nil }
        let unfinished = started.filter { lesson in
            progress.lesson(lesson.id).doneCount(in: lesson) < lesson.chapters.count
        }
        let candidates = unfinished.isEmpty ? [] : unfinished
        return candidates.max { a, b in
            (progress.lessons[a.id]?.updated ?? Timestamp(secondsSince1970: 0)) < (progress.lessons[b.id]?.updated ?? Timestamp(secondsSince1970: 0))
        }
    }

    public func render(width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = []
        lines.append(StyledText("lesson", style: theme.style(.heading, bold: true)) + StyledText(" · practical machine-learning methodology", style: theme.style(.muted)))
        lines.append(StyledText())
        if let lesson = continueLesson, let position = progress.lessons[lesson.id]?.position {
            let chapterNumber = (lesson.chapters.firstIndex { $0.name == position.chapter } ?? 0) + 1
            lines.append(StyledText("  c  ", style: theme.style(.accent, bold: true)) + StyledText("Continue \(lesson.title), chapter \(chapterNumber)", style: theme.style(.text, bold: true)))
            lines.append(StyledText())
        }
        for (number, lesson) in lessons.enumerated() {
            let done = progress.lesson(lesson.id).doneCount(in: lesson)
            let total = lesson.chapters.count
            let label = String(number + 1)
            var title = StyledText(String(repeating: " ", count: max(0, 3 - label.count)) + label + "  ", style: theme.style(.accent, bold: true))
            title.append(lesson.title, style: theme.style(.text, bold: true))
            title.append("  \(done)/\(total) chapters", style: theme.style(done == total && total > 0 ? .good : .muted))
            lines.append(title.truncated(toCells: width))
            for line in StyledText(lesson.summary, style: theme.style(.muted)).wrapped(width: max(10, width - 5)) {
                lines.append(StyledText("     ") + line)
            }
        }
        return Frame(styledLines: lines, width: width)
    }
}
