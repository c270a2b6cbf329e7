import Terminal
import Testing
@testable import Simulations

private let phases = [
    TimeBreakdownPhase(name: "design", expertPercent: 10, beginnerPercent: 50, details: ["Choosing a baseline"]),
    TimeBreakdownPhase(name: "code", expertPercent: 10, beginnerPercent: 30, details: ["Writing the loader"]),
    TimeBreakdownPhase(name: "debug-and-tune", expertPercent: 60, beginnerPercent: 10, details: ["Overfitting one batch"]),
    TimeBreakdownPhase(name: "evaluate", expertPercent: 20, beginnerPercent: 10, details: ["Reading errors"]),
]

@Test func snapshotListsEveryPhaseWithBothShares() throws {
    let session = try SimulationEntry(TimeBreakdown(phases: phases)).session(seed: 1)
    let list = session.snapshot["phases"]
    guard case let .array(items)? = list else { Issue.record("no phases"); return }
    #expect(items.count == 4)
    #expect(items[2]["name"] == .string("debug-and-tune"))
    #expect(items[2]["expert_pct"] == .number(60))
    #expect(items[2]["beginner_pct"] == .number(10))
}

@Test func selectingAPhaseShowsWhatItsDaysAreMadeOf() throws {
    var session = try SimulationEntry(TimeBreakdown(phases: phases)).session(seed: 1)
    session.applyToEnd([.down, .down, .down])
    #expect(session.snapshot.value(atPath: "selected.name") == .string("debug-and-tune"))
    let text = session.frame(size: ViewSize(width: 80, height: 30), theme: .mono).plainText
    #expect(text.contains("Overfitting one batch"))
    #expect(text.contains("6× the beginners' guess"))
}

@Test func framesFitTheWidthAndRepeatExactly() throws {
    let entry = SimulationEntry(TimeBreakdown(phases: phases))
    for width in [40, 60, 80, 120, 200] {
        let a = try entry.session(assignments: ["select=code"], seed: 3).frame(size: ViewSize(width: width, height: 30), theme: .dark)
        let b = try entry.session(assignments: ["select=code"], seed: 3).frame(size: ViewSize(width: width, height: 30), theme: .dark)
        #expect(a == b)
        #expect(a.width == width && a.height <= 30 && a.height > 10)
        #expect(a.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
    }
}

@Test func questionMarkShowsHowToReadItAndHidesItAgain() throws {
    var session = try SimulationEntry(TimeBreakdown(phases: phases)).session(seed: 1)
    let size = ViewSize(width: 80, height: 30)
    let before = session.frame(size: size, theme: .mono).plainText
    #expect(before.contains("? help"), "the key help names ?")
    session.applyToEnd([.help])
    let help = session.frame(size: size, theme: .mono).plainText
    #expect(help.contains("How to read it"))
    #expect(help.contains("view:") && help.contains("select:"), "each control is explained")
    #expect(help != before)
    session.applyToEnd([.help])
    #expect(session.frame(size: size, theme: .mono).plainText == before)
}
