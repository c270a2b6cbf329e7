import Course
import Simulations
import Testing
@testable import Runtime

/// `lesson play LESSON/CHAPTER`: a chapter that is not there is an error, never chapter 1.
@Suite struct ChapterSelectionTests {
    let library = CourseLibrary(source: ContentSource(origin: .embedded))

    @Test func numbersNamesAndShortNamesPickTheirChapter() throws {
        let lesson = try #require(library.lesson("practical-methodology"))
        let stems = lesson.chapters.map(\.name)
        #expect(ChapterSelection.index(of: "1", in: lesson) == .success(0))
        #expect(ChapterSelection.index(of: "\(stems.count)", in: lesson) == .success(stems.count - 1))
        #expect(ChapterSelection.index(of: stems[2], in: lesson) == .success(2))
        #expect(ChapterSelection.index(of: String(stems[2].dropFirst(3)), in: lesson) == .success(2))
        // The two-digit prefix of the file name picks that file (files count from 00).
        #expect(stems[2].hasPrefix("02-"))
        #expect(ChapterSelection.index(of: "02", in: lesson) == .success(2))
        #expect(ChapterSelection.index(of: "2", in: lesson) == .success(1))
    }

    @Test(arguments: ["0", "99", "-1", "zzz"])
    func aChapterThatIsNotThereIsAProblemNamingTheRange(given: String) throws {
        let lesson = try #require(library.lesson("practical-methodology"))
        guard case let .failure(problem) = ChapterSelection.index(of: given, in: lesson) else {
            Issue.record("'\(given)' picked a chapter")
            return
        }
        #expect(problem.description.contains("has no chapter '\(given)'"))
        #expect(problem.description.contains("1–\(lesson.chapters.count)"))
    }

    @Test func aMisspeltChapterNameSuggestsTheNearOne() throws {
        let lesson = try #require(library.lesson("practical-methodology"))
        for given in ["03-hyperparameter-tunin", "hyperparameter-tunng", "03-hyperparamter-tuning"] {
            guard case let .failure(problem) = ChapterSelection.index(of: given, in: lesson) else {
                Issue.record("'\(given)' picked a chapter")
                continue
            }
            #expect(problem.suggestion == "03-hyperparameter-tuning", "\(given)")
            #expect(problem.description.contains("did you mean '03-hyperparameter-tuning'?"))
        }
        guard case let .failure(far) = ChapterSelection.index(of: "zzz", in: lesson) else { return }
        #expect(far.suggestion == nil)
    }

    @Test func thePlayerPlaysNothingAndKeepsTheSavedPlace() throws {
        let lesson = try #require(library.lesson("practical-methodology"))
        let keeper = ProgressKeeper(store: nil)
        let saved = LessonPosition(chapter: lesson.chapters[3].name, block: 2)
        keeper.update { progress, now in progress.move(lesson: lesson.id, to: saved, at: now) }
        let registry = SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
        for given in ["99", "0"] {
            let console = ScriptedConsole(script: ["quit"])
            let ending = Player(library: library, console: console, keeper: keeper, registry: registry).play(lesson: lesson, chapter: given)
            guard case .noSuchChapter = ending else {
                Issue.record("chapter \(given) played: \(ending)")
                continue
            }
            #expect(keeper.progress.resumePosition(of: lesson.id) == saved)
            #expect(console.script == ["quit"], "nothing was asked")
        }
    }
}
