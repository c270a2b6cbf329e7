import Testing
@testable import Runtime

@Suite struct WindowSizeTests {
    @Test func theTerminalWinsOverTheEnvironment() {
        let size = WindowSize.decide(terminal: WindowSize(columns: 132, rows: 43), environment: ["COLUMNS": "100", "LINES": "30"])
        #expect(size == WindowSize(columns: 132, rows: 43))
    }

    @Test func theEnvironmentWhenThereIsNoTerminal() {
        #expect(WindowSize.decide(terminal: nil, environment: ["COLUMNS": "100", "LINES": "30"]) == WindowSize(columns: 100, rows: 30))
    }

    @Test func aTerminalOfSizeZeroCountsAsUnknown() {
        let size = WindowSize.decide(terminal: WindowSize(columns: 0, rows: 0), environment: ["COLUMNS": "72"])
        #expect(size == WindowSize(columns: 72, rows: 24))
    }

    @Test(arguments: [[:], ["COLUMNS": ""], ["COLUMNS": "wide"], ["COLUMNS": "-5"], ["COLUMNS": "0"]])
    func eightyColumnsOtherwise(_ environment: [String: String]) {
        #expect(WindowSize.decide(terminal: nil, environment: environment) == WindowSize(columns: 80, rows: 24))
    }

    @Test func describesItselfAsColumnsByRows() {
        #expect(WindowSize(columns: 100, rows: 30).description == "100x30")
    }
}
