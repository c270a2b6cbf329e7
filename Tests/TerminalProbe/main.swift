// lesson-terminal-probe: a tiny program the end-to-end tests drive through a pseudo-terminal,
// to test the Runtime's terminal handling before the player exists.
//
//   lesson-terminal-probe keys     raw mode; prints "key: NAME" per key, "resize: CxR",
//                                  "redraw" + "mode: raw|cooked" after a continue;
//                                  Enter asks a readline question; q quits; ! crashes (SIGSEGV);
//                                  A aborts (SIGABRT); S gets stuck (stops reading keys)
//   lesson-terminal-probe prompt   asks "answer> " until end of input, prints "line: TEXT", "eof"
//   lesson-terminal-probe size     prints the window size
//   lesson-terminal-probe progress-loop   saves a step of progress after another, printing "step N"
//   lesson-terminal-probe progress-show   prints the saved step ("block: N") and any notice
//
// The save hook prints "save hook ran". History goes to $LESSON_STATE_DIR/history/probe.history.
import Runtime
#if canImport(Glibc)
import Glibc
#endif

func say(_ session: TerminalSession, _ text: String) {
    session.write(text + "\n")
}

func currentMode(_ session: TerminalSession) -> String {
    var attributes = termios()
    guard tcgetattr(session.input, &attributes) == 0 else { return "none" }
    return TerminalMode.isRaw(attributes) ? "raw" : "cooked"
}

func makePrompt(_ session: TerminalSession) -> LinePrompt {
    let history = (try? ProgressStore.standard())?.historyFile(lesson: "probe")
    return LinePrompt(session: session, historyFile: history, completions: ["alpha", "beta", "next", "back", "quit"])
}

func ask(_ prompt: LinePrompt, _ session: TerminalSession) -> Bool {
    guard let line = prompt.read(prompt: "\u{1B}[1manswer>\u{1B}[0m ") else {
        say(session, "eof")
        return false
    }
    say(session, "line: \(line)")
    if let problem = prompt.historyProblem { say(session, "history problem: \(problem)") }
    return true
}

func runKeys(_ session: TerminalSession) throws {
    let reader = KeyReader(session: session)
    let prompt = makePrompt(session)
    try session.enterRawMode()
    session.enable(.hiddenCursor)
    say(session, "ready raw")
    while true {
        switch reader.next(timeout: .milliseconds(50)) {
        case .tick:
            continue
        case .key(.character("q")):
            session.end()
            say(session, "bye")
            return
        case .key(.character("!")):
            UnsafeMutablePointer<Int>(bitPattern: 8)?.pointee = 1  // a real SIGSEGV
        case .key(.character("A")):
            abort()
        case .key(.character("S")):
            say(session, "stuck")
            var told = false
            while true {  // a loop that never handles its signals, only looks
                if session.terminationPending, !told {
                    say(session, "termination pending")
                    told = true
                }
                usleep(10_000)
            }
        case .key(.enter):
            session.leaveRawMode()
            _ = ask(prompt, session)
            try session.enterRawMode()
            say(session, "ready raw")
        case .key(let key):
            say(session, "key: \(key.name)")
        case .resized(let size):
            say(session, "resize: \(size)")
        case .redraw:
            say(session, "redraw")
            say(session, "mode: \(currentMode(session))")
        case .endOfInput:
            say(session, "eof")
            return
        }
    }
}

func runPrompt(_ session: TerminalSession) {
    let prompt = makePrompt(session)
    while ask(prompt, session) {}
}

func runProgressLoop(_ session: TerminalSession) throws {
    let store = try ProgressStore.standard()
    for step in 1... {
        let time = Timestamp(secondsSince1970: 1_800_000_000 + Int64(step))
        try store.update(now: time) { progress in
            progress.move(lesson: "loop", to: LessonPosition(chapter: "01-steps", block: step), at: time)
            progress.recordAnswer(lesson: "loop", question: "q\(step % 7)", score: 0.5, seconds: 1, at: time)
        }
        say(session, "step \(step)")
    }
}

func runProgressShow(_ session: TerminalSession) throws {
    let loaded = try ProgressStore.standard().load(now: Timestamp(secondsSince1970: 1_900_000_000))
    let block = loaded.progress.resumePosition(of: "loop")?.block ?? -1
    say(session, "block: \(block)")
    say(session, "notice: \(loaded.notice.map { "\($0)" } ?? "none")")
}

let mode = CommandLine.arguments.dropFirst().first ?? "keys"
var noCoreFiles = rlimit(rlim_cur: 0, rlim_max: 0)
_ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCoreFiles)  // the crash tests leave no core files behind
do {
    let session = try TerminalSession.start(saveProgress: {
        let text = "save hook ran\n"
        _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    })
    switch mode {
    case "keys": try runKeys(session)
    case "prompt": runPrompt(session)
    case "size": say(session, "size: \(session.windowSize)")
    case "progress-loop": try runProgressLoop(session)
    case "progress-show": try runProgressShow(session)
    default: say(session, "unknown mode \(mode)")
    }
    session.end()
} catch {
    let text = "probe: \(error)\n"
    _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(1)
}
