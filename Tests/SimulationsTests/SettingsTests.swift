import Testing
@testable import Simulations

private let specs: [ParameterSpec] = [
    .integer("trials", 4...64, default: 9, help: "Trials."),
    .choice("mode", ["grid", "random", "both"], default: "grid", help: "Mode."),
    .number("lr", 1e-6...10, default: 0.01, step: 10, logScale: true, help: "Learning rate."),
    .toggle("dropout", default: false, help: "Dropout."),
]

@Test func defaultsApplyWhenNothingIsSet() throws {
    let settings = try Settings(specs, simulation: "demo", assignments: [])
    #expect(settings.int("trials") == 9)
    #expect(settings.choice("mode") == "grid")
    #expect(settings.double("lr") == 0.01)
    #expect(!settings.isOn("dropout"))
    #expect(settings.explicitNames.isEmpty)
}

@Test func assignmentsOverrideAndAreExplicit() throws {
    let settings = try Settings(specs, simulation: "demo", assignments: ["trials=16", "mode=Random", "lr=1e-3", "dropout=on"])
    #expect(settings.int("trials") == 16)
    #expect(settings.choice("mode") == "random")
    #expect(settings.double("lr") == 0.001)
    #expect(settings.isOn("dropout"))
    #expect(settings.isExplicit("lr") && !settings.isExplicit("nothing"))
}

@Test(arguments: [
    ("trials=3", "out of range"),
    ("trials=ten", "not a valid value"),
    ("mode=grd", "did you mean 'grid'?"),
    ("lr=nan", "not a valid value"),
    ("trails=9", "did you mean 'trials'?"),
    ("trials", "is not NAME=VALUE"),
])
func badAssignmentsSayWhatIsAllowed(assignment: String, expected: String) {
    #expect(throws: SettingsError.self) { try Settings(specs, simulation: "demo", assignments: [assignment]) }
    do {
        _ = try Settings(specs, simulation: "demo", assignments: [assignment])
    } catch {
        #expect(error.description.contains(expected), "\(error.description)")
    }
}

@Test func steppingStaysInRangeAndCyclesChoices() throws {
    var settings = Settings(defaults: specs)
    for _ in 0..<100 { settings.step(index: 0, by: 1) }
    #expect(settings.int("trials") == 64)
    settings.step(index: 1, by: -1)
    #expect(settings.choice("mode") == "both")
    settings.step(index: 2, by: -1)
    #expect(abs(settings.double("lr") - 0.001) < 1e-15)
    #expect(settings.isExplicit("lr"))
}

@Test func controlFocusMovesAndAdjusts() {
    var settings = Settings(defaults: specs)
    var focus = ControlFocus()
    #expect(focus.handle(.right, settings: &settings) == "trials")
    #expect(settings.int("trials") == 10)
    _ = focus.handle(.tab, settings: &settings)
    #expect(focus.handle(.space, settings: &settings) == "mode")
    #expect(settings.choice("mode") == "random")
    _ = focus.handle(.up, settings: &settings)
    _ = focus.handle(.up, settings: &settings)
    #expect(focus.index == 3)
}

@Test func keysParseByNameAndRejectUnknownOnes() throws {
    #expect(try SimKeyScript(parsing: "right,right,tab,space,t") == SimKeyScript(actions: [.right, .right, .tab, .space, .train]))
    #expect(throws: SimKeyError.self) { try SimKeyScript(parsing: "right,jump") }
    // Enter or q leave, as at the keyboard, and only last.
    #expect(try SimKeyScript(parsing: "t, Enter") == SimKeyScript(actions: [.train], leaves: true))
    #expect(try SimKeyScript(parsing: "q") == SimKeyScript(actions: [], leaves: true))
    #expect(throws: SimKeyError.self) { try SimKeyScript(parsing: "q,right") }
}

@Test func anEmptyKeyInsideTheListIsAnErrorButAnEmptyListIsNoKeys() throws {
    for text in ["right,,t", "t,", ",t", "t, ,q"] {
        #expect(throws: SimKeyError.self, "\(text)") { try SimKeyScript(parsing: text) }
    }
    let error = #expect(throws: SimKeyError.self) { try SimKeyScript(parsing: "right,,t") }
    #expect(error?.description.contains("empty key") == true)
    #expect(try SimKeyScript(parsing: "") == SimKeyScript(actions: []))
    #expect(try SimKeyScript(parsing: "  ") == SimKeyScript(actions: []))
}
