import Foundation
import Testing
@testable import Runtime

@Suite struct ProgressStoreTests {
    let folder: String
    let store: ProgressStore
    let now = Timestamp(secondsSince1970: 1_795_523_606)

    init() throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/lesson-progress-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        folder = String(cString: made)
        store = ProgressStore(directory: folder + "/state/lesson")
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.directory)) ?? []).sorted()
    }

    // MARK: Where

    @Test(arguments: [
        (["LESSON_STATE_DIR": "/x/state/", "XDG_STATE_HOME": "/xdg", "HOME": "/home/a"], "/x/state"),
        (["XDG_STATE_HOME": "/xdg", "HOME": "/home/a"], "/xdg/lesson"),
        (["XDG_STATE_HOME": "relative/state", "HOME": "/home/a"], "/home/a/.local/state/lesson"),
        (["LESSON_STATE_DIR": "", "XDG_STATE_HOME": "", "HOME": "/home/a/"], "/home/a/.local/state/lesson"),
    ])
    func theFolderComesFromTheEnvironment(_ environment: [String: String], _ expected: String) {
        #expect(ProgressStore.location(environment: environment) == expected)
    }

    @Test func noFolderWithoutAnyVariable() {
        #expect(ProgressStore.location(environment: [:]) == nil)
        #expect(throws: ProgressError.noStateFolder) { try ProgressStore.standard(environment: [:]) }
    }

    @Test func historyFilesHaveSafeNames() {
        let store = ProgressStore(directory: "/s")
        #expect(store.historyFile(lesson: "hyperparameter-tuning") == "/s/history/hyperparameter-tuning.history")
        #expect(store.historyFile(lesson: "practical-methodology/03 tuning") == "/s/history/practical-methodology_03_tuning.history")
        #expect(store.historyFile(lesson: "..") == "/s/history/_...history")
        #expect(store.historyFile(lesson: "") == "/s/history/_.history")
    }

    // MARK: Loading and saving

    @Test func noFileMeansNoProgressYet() throws {
        defer { cleanUp() }
        let loaded = try store.load(now: now)
        #expect(loaded.progress == Progress() && loaded.notice == nil)
        #expect(!FileManager.default.fileExists(atPath: store.directory), "loading creates nothing")
    }

    @Test func savesAndLoadsInAPrivateFolderLeavingNoTemporaryFiles() throws {
        defer { cleanUp() }
        var progress = Progress()
        progress.move(lesson: "tuning", to: LessonPosition(chapter: "02", block: 1), at: now)
        try store.save(progress)
        #expect(try store.load(now: now) == ProgressLoad(progress: progress, notice: nil))
        #expect(files() == ["progress.json"])
        let mode = try FileManager.default.attributesOfItem(atPath: store.directory)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func updateIsOneStepOnTopOfWhatIsOnDisk() throws {
        defer { cleanUp() }
        try store.update(now: now) { $0.move(lesson: "a", to: LessonPosition(chapter: "01", block: 1), at: now) }
        try store.update(now: now) { $0.finishChapter(lesson: "b", chapter: "01", at: now) }
        let progress = try store.load(now: now).progress
        #expect(progress.resumePosition(of: "a") == LessonPosition(chapter: "01", block: 1))
        #expect(progress.lesson("b").chaptersDone == ["01"])
        #expect(files() == ["progress.json", "progress.lock"])
    }

    @Test func twoSessionsAtOnceKeepEachOthersProgress() throws {
        defer { cleanUp() }
        // Each session saved its own copy whole: the second one's next step erased what the
        // first had saved since the second started (another lesson, another terminal).
        let first = ProgressKeeper(store: store, clock: { now })
        let second = ProgressKeeper(store: store, clock: { now })
        first.update { $0.finishChapter(lesson: "a", chapter: "01-x", at: $1) }
        second.update { $0.move(lesson: "b", to: LessonPosition(chapter: "01-y", block: 3), at: $1) }
        first.update { $0.recordAnswer(lesson: "a", question: "01-x/q", score: 1, seconds: 2, at: $1) }
        let saved = try store.load(now: now).progress
        #expect(saved.lesson("a").chaptersDone == ["01-x"])
        #expect(saved.lesson("a").questions["01-x/q"]?.bestScore == 1)
        #expect(saved.resumePosition(of: "b") == LessonPosition(chapter: "01-y", block: 3))
        #expect(first.progress == saved, "a session sees what the other saved")
    }

    @Test func aCorruptFileIsMovedAsideNeverOverwritten() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let garbage = "{\"version\": 1, \"lessons\": {\"tuning\": {\"posit"
        try garbage.write(toFile: store.file, atomically: false, encoding: .utf8)

        let loaded = try store.update(now: now) { $0.move(lesson: "fresh", to: LessonPosition(chapter: "01"), at: now) }
        let aside = store.file + ".corrupt-20261124T123326Z"
        #expect(loaded.notice == ProgressNotice(file: store.file, movedTo: aside, problem: .unreadable("it is not valid JSON")))
        #expect(loaded.notice?.description == "the progress file \(store.file) could not be read as progress (it is not valid JSON); it was kept as \(aside) and progress starts afresh")
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == garbage, "the learner's file is kept as it was")
        #expect(try store.load(now: now).progress.resumePosition(of: "fresh") == LessonPosition(chapter: "01"))

        // A second bad file in the same second does not replace the first one kept.
        try "also bad".write(toFile: store.file, atomically: false, encoding: .utf8)
        #expect(try store.load(now: now).notice?.movedTo == aside + "-2")
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == garbage)
    }

    @Test func aNumberTooLargeIsSaidAsSuchNotAsInvalidJSON() {
        let huge = #"{"version":1,"lessons":{"x":{"position":{"chapter":"c","block":99999999999999999999}}}}"#
        #expect(ProgressStore.decode(Array(huge.utf8)) == .failure(.unreadable("a number in it is too large")))
        #expect(ProgressStore.decode(Array("{\"version\":1,".utf8)) == .failure(.unreadable("it is not valid JSON")))
    }

    @Test func readingForShowOnlyLeavesACorruptFileWhereItIsAndWarns() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let garbage = "{ broken"
        try garbage.write(toFile: store.file, atomically: false, encoding: .utf8)
        let reading = try store.read()
        #expect(reading.progress == Progress())
        #expect(reading.problem == .unreadable("it is not valid JSON"))
        let warning = try #require(reading.warning)
        #expect(warning.contains(store.file) && warning.contains("lesson play") && warning.contains(".corrupt-"))
        #expect(files() == ["progress.json"], "nothing moved or added")
        #expect(try String(contentsOfFile: store.file, encoding: .utf8) == garbage)
    }

    @Test func readingAGoodFileHasNoWarning() throws {
        defer { cleanUp() }
        try store.save(Progress())
        let reading = try store.read()
        #expect(reading.problem == nil && reading.warning == nil)
    }

    @Test func aFileFromANewerLessonIsMovedAsideWithItsOwnName() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let future = #"{"version": 2, "courses": {}}"#
        try future.write(toFile: store.file, atomically: false, encoding: .utf8)
        let loaded = try store.load(now: now)
        #expect(loaded.notice?.problem == .newerVersion(2))
        #expect(loaded.notice?.movedTo == store.file + ".newer-20261124T123326Z")
        #expect(loaded.notice?.description.contains("written by a newer lesson (format version 2; this one reads version 1)") == true)
        #expect(try String(contentsOfFile: store.file + ".newer-20261124T123326Z", encoding: .utf8) == future)
        #expect(loaded.progress == Progress())
    }

    @Test func aLeftoverTemporaryFileFromAKilledWriterChangesNothing() throws {
        defer { cleanUp() }
        var progress = Progress()
        progress.move(lesson: "a", to: LessonPosition(chapter: "01", block: 3), at: now)
        try store.save(progress)
        // A writer killed before its rename leaves a half-written temporary of its own name.
        let leftover = store.file + ".tmp-\(getpid())-0"
        try "{\"version\": 1, \"less".write(toFile: leftover, atomically: false, encoding: .utf8)
        #expect(try store.load(now: now).progress == progress)
        progress.move(lesson: "a", to: LessonPosition(chapter: "01", block: 4), at: now)
        try store.save(progress)
        #expect(try store.load(now: now).progress == progress)
        #expect(try String(contentsOfFile: leftover, encoding: .utf8) == "{\"version\": 1, \"less", "not reused")
    }

    @Test func resetForgetsOneLessonAndItsHistoryOrEverything() throws {
        defer { cleanUp() }
        try store.update(now: now) { progress in
            progress.move(lesson: "a", to: LessonPosition(chapter: "01"), at: now)
            progress.move(lesson: "b", to: LessonPosition(chapter: "02"), at: now)
        }
        try FileManager.default.createDirectory(atPath: store.directory + "/history", withIntermediateDirectories: true)
        try "x\n".write(toFile: store.historyFile(lesson: "a"), atomically: false, encoding: .utf8)
        try "y\n".write(toFile: store.historyFile(lesson: "b"), atomically: false, encoding: .utf8)

        try store.reset(lesson: "a", now: now)
        var progress = try store.load(now: now).progress
        #expect(Array(progress.lessons.keys) == ["b"])
        #expect(!FileManager.default.fileExists(atPath: store.historyFile(lesson: "a")))
        #expect(FileManager.default.fileExists(atPath: store.historyFile(lesson: "b")))

        try store.reset(lesson: nil, now: now)
        progress = try store.load(now: now).progress
        #expect(progress.lessons.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.historyFile(lesson: "b")))
    }

    @Test func aFolderThatCannotBeMadeIsAClearError() throws {
        defer { cleanUp() }
        try "not a folder".write(toFile: folder + "/state", atomically: false, encoding: .utf8)
        #expect(throws: ProgressError.cannotCreateFolder(path: store.directory, reason: "Not a directory")) {
            try store.save(Progress())
        }
        #expect(ProgressError.cannotCreateFolder(path: "/p", reason: "Not a directory").description == "cannot create the progress folder /p: Not a directory")
    }
}
