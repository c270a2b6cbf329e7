import Course

extension LessonProgress {
    /// How many of `lesson`'s chapters are done. Chapter ids saved as done that the lesson no
    /// longer has (a chapter renamed or removed since) do not count.
    public func doneCount(in lesson: LessonManifest) -> Int {
        lesson.chapters.filter { chaptersDone.contains($0.name) }.count
    }

    /// The saved position, or nil when its chapter is no longer in `lesson`.
    public func position(in lesson: LessonManifest) -> LessonPosition? {
        guard let position, lesson.chapters.contains(where: { $0.name == position.chapter }) else { return nil }
        return position
    }
}
