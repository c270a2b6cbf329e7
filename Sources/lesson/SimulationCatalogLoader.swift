import Runtime
import Simulations

/// Builds the simulation registry from the course's assets, turning a broken asset into a
/// clear failure (exit 1).
enum SimulationCatalogLoader {
    static func registry(_ source: ContentSource) throws -> SimulationRegistry {
        do {
            return SimulationRegistry(assets: try SimulationAssetsLoader.load(from: source))
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }
}
