import Course
import Terminal
import Testing
@testable import Runtime

@Suite struct ProgressTests {
    let monday = Timestamp(secondsSince1970: 1_795_523_606)
    let tuesday = Timestamp(secondsSince1970: 1_795_523_606 + 86_400)

    @Test func movingRecordsThePositionAndTheTime() {
        var progress = Progress()
        #expect(progress.resumePosition(of: "tuning") == nil)
        progress.move(lesson: "tuning", to: LessonPosition(chapter: "02-grid", block: 4), at: monday)
        progress.move(lesson: "tuning", to: LessonPosition(chapter: "02-grid", block: 5), at: tuesday)
        #expect(progress.resumePosition(of: "tuning") == LessonPosition(chapter: "02-grid", block: 5))
        #expect(progress.lesson("tuning").updated == tuesday)
        #expect(progress.lesson("other") == LessonProgress())
    }

    @Test func aChapterIsDoneOnceInTheOrderFinished() {
        var progress = Progress()
        progress.finishChapter(lesson: "tuning", chapter: "02-grid", at: monday)
        progress.finishChapter(lesson: "tuning", chapter: "01-why", at: monday)
        progress.finishChapter(lesson: "tuning", chapter: "02-grid", at: tuesday)
        #expect(progress.lesson("tuning").chaptersDone == ["02-grid", "01-why"])
    }

    @Test func chaptersTheLessonNoLongerHasAreNotCountedAsDone() {
        // An instructor renamed a chapter: the old id stays in the file, and the lesson read
        // "2/2 chapters" with one chapter done, and offered to continue at a chapter that is gone.
        let lesson = LessonManifest(path: "Lessons/tuning", id: "tuning", idLocation: .start, title: "Tuning", summary: "",
                                    prerequisites: [], chapters: ["01-why", "02-grid"].map { .init(name: $0, location: .start) })
        var progress = Progress()
        progress.finishChapter(lesson: "tuning", chapter: "01-old-name", at: monday)
        progress.finishChapter(lesson: "tuning", chapter: "02-grid", at: monday)
        progress.move(lesson: "tuning", to: LessonPosition(chapter: "03-gone", block: 2), at: monday)
        #expect(progress.lesson("tuning").doneCount(in: lesson) == 1)
        #expect(progress.lesson("tuning").position(in: lesson) == nil)
        progress.move(lesson: "tuning", to: LessonPosition(chapter: "01-why", block: 2), at: monday)
        #expect(progress.lesson("tuning").position(in: lesson) == LessonPosition(chapter: "01-why", block: 2))
        let catalog = CatalogView(lessons: [lesson], progress: progress).render(width: 60, theme: .mono)
        #expect(catalog.plainText.contains("1/2 chapters"), "\(catalog.plainText)")
    }

    @Test func answersCountAttemptsKeepTheBestScoreAndSumTime() {
        var progress = Progress()
        progress.recordAnswer(lesson: "tuning", question: "why", score: 0.5, seconds: 12, at: monday)
        progress.recordAnswer(lesson: "tuning", question: "why", score: 0.25, seconds: 3.5, at: monday)
        #expect(progress.lesson("tuning").questions["why"] == QuestionProgress(attempts: 2, bestScore: 0.5, seconds: 15.5))
        progress.recordAnswer(lesson: "tuning", question: "why", score: 7, seconds: -4, at: monday)
        progress.recordAnswer(lesson: "tuning", question: "why", score: .nan, seconds: .infinity, at: monday)
        #expect(progress.lesson("tuning").questions["why"] == QuestionProgress(attempts: 4, bestScore: 1, seconds: 15.5))
    }

    @Test func resetForgetsOneLessonOrAll() {
        var progress = Progress()
        progress.move(lesson: "a", to: LessonPosition(chapter: "01"), at: monday)
        progress.move(lesson: "b", to: LessonPosition(chapter: "01"), at: monday)
        let first = progress.reset(lesson: "a")
        let second = progress.reset(lesson: "a")
        #expect(first && !second)
        #expect(Array(progress.lessons.keys) == ["b"])
        progress.resetAll()
        #expect(progress.lessons.isEmpty)
    }

    @Test func negativeBlocksBecomeZero() {
        #expect(LessonPosition(chapter: "01", block: -3).block == 0)
    }

    @Test func encodesTheDocumentedJSONByteForByte() {
        var progress = Progress()
        progress.move(lesson: "hyperparameter-tuning", to: LessonPosition(chapter: "02-grid-vs-random", block: 4), at: monday)
        progress.finishChapter(lesson: "hyperparameter-tuning", chapter: "01-why-tune", at: monday)
        progress.recordAnswer(lesson: "hyperparameter-tuning", question: "why-random-wins", score: 1, seconds: 41.5, at: monday)
        let text = String(decoding: ProgressStore.encode(progress), as: UTF8.self)
        #expect(text == """
            {
              "lessons" : {
                "hyperparameter-tuning" : {
                  "chapters_done" : [
                    "01-why-tune"
                  ],
                  "position" : {
                    "block" : 4,
                    "chapter" : "02-grid-vs-random"
                  },
                  "questions" : {
                    "why-random-wins" : {
                      "attempts" : 1,
                      "best_score" : 1,
                      "seconds" : 41.5
                    }
                  },
                  "updated" : "2026-11-24T12:33:26Z"
                }
              },
              "version" : 1
            }

            """)
    }

    @Test func sameProgressSameBytes() {
        var one = Progress()
        var two = Progress()
        for lesson in ["c", "a", "b"] { one.move(lesson: lesson, to: LessonPosition(chapter: "01"), at: monday) }
        for lesson in ["b", "c", "a"] { two.move(lesson: lesson, to: LessonPosition(chapter: "01"), at: monday) }
        #expect(ProgressStore.encode(one) == ProgressStore.encode(two))
    }

    @Test func roundTrips() throws {
        var progress = Progress()
        progress.move(lesson: "x", to: LessonPosition(chapter: "03", block: 2), at: monday)
        progress.recordAnswer(lesson: "x", question: "q", score: 0.75, seconds: 2.25, at: tuesday)
        progress.finishChapter(lesson: "y", chapter: "01", at: tuesday)
        #expect(try ProgressStore.decode(ProgressStore.encode(progress)).get() == progress)
    }

    @Test func missingFieldsReadAsEmpty() throws {
        let text = #"{"version": 1, "lessons": {"x": {}, "y": {"questions": {"q": {}}}}}"#
        let progress = try ProgressStore.decode(Array(text.utf8)).get()
        #expect(progress.lesson("x") == LessonProgress())
        #expect(progress.lesson("y").questions["q"] == QuestionProgress())
        #expect(try ProgressStore.decode(Array(#"{"version": 1}"#.utf8)).get() == Progress())
    }

    @Test func unknownFieldsAreIgnored() throws {
        let text = #"{"version": 1, "theme": "dark", "lessons": {"x": {"position": {"chapter": "01", "block": 2}, "note": 5}}}"#
        #expect(try ProgressStore.decode(Array(text.utf8)).get().resumePosition(of: "x") == LessonPosition(chapter: "01", block: 2))
    }

    static let unreadable: [(String, String)] = [
        ("", "it is not valid JSON"),
        ("{\"version\": 1, \"lessons\": {", "it is not valid JSON"),
        ("[1, 2]", "the top level is not a JSON object"),
        ("{\"version\": \"1\"}", "version is not a whole number"),
        ("{\"lessons\": {}}", "it has no \"version\""),
        ("{\"version\": 0}", "version 0 is not a version of the format"),
        ("{\"version\": 1, \"lessons\": {\"x\": {\"position\": {\"block\": 2}}}}", "lessons.x.position.chapter is missing"),
        ("{\"version\": 1, \"lessons\": {\"x\": {\"chapters_done\": \"01\"}}}", "lessons.x.chapters_done is not a list"),
        ("{\"version\": 1, \"lessons\": {\"x\": {\"updated\": \"monday\"}}}", "lessons.x.updated: 'monday' is not a time like 2026-11-24T12:33:26Z"),
    ]

    @Test(arguments: unreadable.indices)
    func explainsWhyAFileCannotBeRead(_ index: Int) {
        let (text, reason) = Self.unreadable[index]
        #expect(ProgressStore.decode(Array(text.utf8)) == .failure(.unreadable(reason)))
    }

    @Test func aNewerFormatIsRecognised() {
        #expect(ProgressStore.decode(Array(#"{"version": 2, "lessons": []}"#.utf8)) == .failure(.newerVersion(2)))
    }
}
