import Testing
@testable import Simulations

@Test func snapshotSeedsAboveTwoToThe53StayExact() throws {
    let session = try SimulationEntry(GradientCheckSimulation()).session(assignments: [], seed: 9_007_199_254_740_993)
    #expect(session.json(seed: 9_007_199_254_740_993).encoded().contains(#""seed":9007199254740993"#))
}
