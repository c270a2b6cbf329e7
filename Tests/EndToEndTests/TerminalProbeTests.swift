import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The Runtime's terminal handling, end to end: the probe runs under a real pseudo-terminal.
@Suite struct TerminalProbeTests {
    let probe: TerminalProbe

    init() throws { probe = try TerminalProbe() }

    @Test func decodesKeysInRawModeAndRestoresOnQuit() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        let before = terminal.initialModes
        #expect(before.isCanonical && before.echoes)
        try terminal.expect("ready raw")
        #expect(terminal.modes().isRaw)

        terminal.send("\u{1B}[A\u{1B}OB\u{1B}[C\u{1B}OD\t\u{1B}[Z xé\u{7F}\u{04}\u{1B}[5~\u{1B}[<0;1;2Mw")
        for name in ["up", "down", "right", "left", "tab", "shift-tab", "space", "x", "é", "backspace", "ctrl-d", "page-up", "w"] {
            try terminal.expect("key: \(name)\r\n")
        }
        terminal.send("\u{1B}")  // alone: the Escape key, after a short wait
        try terminal.expect("key: escape\r\n")
        terminal.send("q")
        #expect(try terminal.waitForExit() == .exited(0))
        #expect(terminal.transcript.contains("\u{1B}[?25l"), "the cursor was hidden")
        #expect(terminal.unmatched.contains("\u{1B}[0m\u{1B}[?25h"), "attributes reset and the cursor shown at exit")
        #expect(terminal.modes() == before)
    }

    @Test func ctrlCInRawModeRestoresSavesAndExits130() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        let before = terminal.initialModes
        try terminal.expect("ready raw")
        terminal.send("\u{03}")
        #expect(try terminal.waitForExit() == .exited(130))
        #expect(terminal.unmatched.contains("\u{1B}[0m\u{1B}[?25h"))
        #expect(terminal.unmatched.contains("save hook ran"))
        #expect(terminal.modes() == before)
    }

    @Test func ctrlCAtTheReadlinePromptRestoresSavesAndExits130() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("prompt")
        let before = terminal.initialModes
        try terminal.expect("answer>")
        terminal.send("half an answ")
        try terminal.expect("half an answ")
        #expect(!terminal.modes().isCanonical, "readline edits the line itself")
        terminal.send("\u{03}")  // ISIG is on at the prompt: the terminal sends SIGINT
        #expect(try terminal.waitForExit() == .exited(130))
        #expect(terminal.unmatched.contains("save hook ran"))
        #expect(!terminal.transcript.contains("line: "), "the half answer was not taken as a line")
        #expect(terminal.modes() == before)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func terminationRestoresSavesAndDiesBySignal(_ signal: Int32) throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        let before = terminal.initialModes
        try terminal.expect("ready raw")
        terminal.signal(signal)
        #expect(try terminal.waitForExit() == .signaled(signal))
        #expect(terminal.unmatched.contains("\u{1B}[0m\u{1B}[?25h"))
        #expect(terminal.unmatched.contains("save hook ran"))
        #expect(terminal.modes() == before)
    }

    /// A loop that never looks at its signals: the second Ctrl-C leaves at once, restored.
    @Test func secondInterruptLeavesAStuckLoop() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        let before = terminal.initialModes
        try terminal.expect("ready raw")
        terminal.send("S")
        try terminal.expect("stuck")
        terminal.signal(SIGINT)
        try terminal.expect("termination pending")
        terminal.signal(SIGINT)
        #expect(try terminal.waitForExit() == .exited(130))
        #expect(terminal.unmatched.contains("\u{1B}[0m\u{1B}[?25h"))
        #expect(!terminal.unmatched.contains("save hook ran"), "no Swift runs in a signal handler")
        #expect(terminal.modes() == before)
    }

    @Test(arguments: [("!", SIGSEGV), ("A", SIGABRT)])
    func crashRestoresTheTerminalThenDies(_ key: String, _ signal: Int32) throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        let before = terminal.initialModes
        try terminal.expect("ready raw")
        #expect(terminal.modes().isRaw)
        terminal.send(key)
        #expect(try terminal.waitForExit() == .signaled(signal))
        #expect(terminal.unmatched.contains("\u{1B}[0m\u{1B}[?25h"))
        #expect(terminal.modes() == before)
    }

    @Test func ctrlZStopsRestoredAndContinueReentersRawMode() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        let before = terminal.initialModes
        try terminal.expect("ready raw")
        terminal.send("\u{1A}")
        #expect(try terminal.waitForExit(orStop: true) == .stopped(SIGSTOP))
        #expect(terminal.modes() == before, "cooked while stopped")
        #expect(terminal.unmatched.contains("\u{1B}[?25h"), "cursor shown while stopped")

        terminal.continueAfterStop()
        try terminal.expect("redraw\r\nmode: raw")
        #expect(terminal.modes().isRaw)
        terminal.send("\u{1B}[D")
        try terminal.expect("key: left")
        terminal.send("q")
        #expect(try terminal.waitForExit() == .exited(0))
        #expect(terminal.modes() == before)
    }

    /// Stopped from outside (SIGSTOP: no chance to restore), the shell resets the terminal;
    /// on SIGCONT raw mode comes back and the loop is told to redraw.
    @Test func continueAfterAForeignStopReentersRawMode() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys")
        try terminal.expect("ready raw")
        terminal.signal(SIGSTOP)
        #expect(try terminal.waitForExit(orStop: true) == .stopped(SIGSTOP))
        #expect(terminal.modes().isRaw, "nothing could run")
        terminal.setInitialModes()
        terminal.continueAfterStop()
        try terminal.expect("redraw\r\nmode: raw")
        #expect(terminal.modes().isRaw)
        terminal.send("q")
        #expect(try terminal.waitForExit() == .exited(0))
        #expect(terminal.modes() == terminal.initialModes)
    }

    @Test func ctrlZAtThePromptComesBackToReadline() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("prompt")
        let before = terminal.initialModes
        try terminal.expect("answer>")
        terminal.send("be")
        try terminal.expect("be")
        let readlineModes = terminal.modes()
        terminal.send("\u{1A}")  // ISIG is on at the prompt: the terminal sends SIGTSTP
        #expect(try terminal.waitForExit(orStop: true) == .stopped(SIGSTOP))
        #expect(terminal.modes() == before)

        terminal.continueAfterStop()
        try terminal.expect("be")  // readline redraws its line
        #expect(terminal.modes() == readlineModes)
        terminal.send("ta\r")
        try terminal.expect("line: beta")
        try terminal.expect("answer>")
        terminal.send("\u{04}")
        try terminal.expect("eof")
        #expect(try terminal.waitForExit() == .exited(0))
        #expect(terminal.modes() == before)
    }

    @Test func resizeIsNoticed() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("keys", columns: 80, rows: 24)
        try terminal.expect("ready raw")
        terminal.resize(columns: 100, rows: 30)
        try terminal.expect("resize: 100x30")
        terminal.resize(columns: 41, rows: 12)
        try terminal.expect("resize: 41x12")
        terminal.send("q")
        #expect(try terminal.waitForExit() == .exited(0))
    }

    @Test func windowSizeComesFromTheTerminal() throws {
        defer { probe.cleanUp() }
        let terminal = try probe.start("size", columns: 91, rows: 17)
        try terminal.expect("size: 91x17")
        #expect(try terminal.waitForExit() == .exited(0))
    }

    @Test func readlineCompletesWordsAndKeepsHistoryInAFile() throws {
        defer { probe.cleanUp() }
        do {
            let terminal = try probe.start("prompt")
            try terminal.expect("answer>")
            // Each answer waits for the prompt: keys typed between two questions go to the
            // terminal's own line editing, where Ctrl-D would not reach readline.
            terminal.send("al\t\r")
            try terminal.expect("line: alpha\r\n")
            try terminal.expect("answer>")
            terminal.send("ne\t\r")
            try terminal.expect("line: next\r\n")
            try terminal.expect("answer>")
            terminal.send("a free café\r")
            try terminal.expect("line: a free café\r\n")
            try terminal.expect("answer>")
            terminal.send("\u{04}")  // Ctrl-D on an empty line: end of input
            try terminal.expect("eof")
            #expect(try terminal.waitForExit() == .exited(0))
        }
        let saved = try String(contentsOfFile: probe.historyFile, encoding: .utf8)
        #expect(saved == "alpha\nnext\na free café\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: probe.stateFolder + "/history")
        #expect(leftovers == ["probe.history"], "no temporary files left")

        let again = try probe.start("prompt")
        try again.expect("answer>")
        again.send("\u{1B}[A\u{1B}[A\r")  // Up twice: the second newest answer
        try again.expect("line: next\r\n")
        try again.expect("answer>")
        again.send("\u{04}")
        #expect(try again.waitForExit() == .exited(0))
    }

    @Test func pipedInputIsReadAsLinesWithoutEscapeCodes() throws {
        defer { probe.cleanUp() }
        let run = try probe.runPiped("prompt", input: Array("first\r\n  second  \n\nlast without newline".utf8))
        #expect(run.status == .exited(0))
        // The input ending at the last prompt ends that prompt's line: `eof` starts its own.
        #expect(String(decoding: run.output, as: UTF8.self) ==
            "answer> line: first\nanswer> line: second\nanswer> line: \nanswer> line: last without newline\nanswer> \neof\n")
        #expect(!run.output.contains(0x1B))
        #expect(!FileManager.default.fileExists(atPath: probe.historyFile), "no readline, no history")
    }

    @Test func rawModeNeedsATerminal() throws {
        defer { probe.cleanUp() }
        let run = try probe.runPiped("keys", input: [])
        #expect(run.status == .exited(1))
        #expect(run.output.isEmpty)
    }

    /// Progress is saved atomically after every step: a `kill -9` at any moment loses at most
    /// the step in progress, and never leaves a file that cannot be read.
    @Test(arguments: [3, 20, 45])
    func killDashNineLosesAtMostTheStepInProgress(_ killAfter: Int) throws {
        defer { probe.cleanUp() }
        let writer = try probe.start("progress-loop")
        try writer.expect("step \(killAfter)\r\n")
        writer.signal(SIGKILL)
        #expect(try writer.waitForExit() == .signaled(SIGKILL))
        let lastReported = writer.transcript.components(separatedBy: "step ").compactMap { Int($0.prefix { $0.isNumber }) }.max() ?? 0

        let show = try probe.runPiped("progress-show", input: [])
        let text = String(decoding: show.output, as: UTF8.self)
        #expect(show.status == .exited(0))
        #expect(text.hasSuffix("notice: none\n"), "the file reads back: \(text)")
        let saved = Int(text.components(separatedBy: "block: ").last?.prefix { $0.isNumber } ?? "") ?? -1
        #expect(saved >= lastReported && saved <= lastReported + 1, "saved \(saved), last reported \(lastReported)")
    }
}
