import Simulations
import Testing
@testable import Runtime

@Test func theBuiltInCourseCarriesTheTimeBreakdownFigures() throws {
    let assets = try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded))
    let phases = assets.timeBreakdown
    #expect(phases.map(\.expertPercent) == [10, 10, 60, 20])
    #expect(phases.map(\.beginnerPercent) == [50, 30, 10, 10])
    #expect(phases.allSatisfy { !$0.details.isEmpty })
}

@Test func aMissingAssetIsAnErrorNamingTheFile() {
    let source = ContentSource(origin: .folder("/nonexistent/lesson-content"))
    #expect(throws: AssetError.self) { try SimulationAssetsLoader.load(from: source) }
    do {
        _ = try SimulationAssetsLoader.load(from: source)
    } catch {
        #expect(error.description.hasPrefix("Assets/time-breakdown.yaml: error:"))
    }
}
