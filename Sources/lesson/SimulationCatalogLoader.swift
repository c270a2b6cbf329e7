import Course
import Foundation
import Runtime
import Simulations

/// Builds the simulation registry from the course's assets, turning a broken asset into a
/// clear failure (exit 1).
enum SimulationCatalogLoader {
    /// The registry built from `source`'s assets; a course folder without its own
    /// `Assets/time-breakdown.yaml` uses the built-in course's.
    static func registry(_ source: ContentSource) throws -> SimulationRegistry {
        var source = source
        if source.text(at: SimulationAssetsLoader.timeBreakdownPath) == nil { source = ContentSource(origin: .embedded) }
        do {
            return SimulationRegistry(assets: try SimulationAssetsLoader.load(from: source))
        } catch {
            throw CommandFailure.badInput(error.description)
        }
    }
}

extension SimulationCatalogLoader {
    /// The registry as the course checker sees it: ids and parameters with their ranges.
    static func courseCatalog(_ registry: SimulationRegistry) -> SimulationCatalog {
        SimulationCatalog(entries: registry.entries.map { entry in
            SimulationDescriptor(id: entry.id, parameters: entry.parameters.map { spec in
                let kind: ParameterDescriptor.Kind
                switch spec.kind {
                case let .number(range, _, _): kind = .number(range)
                case let .integer(range, _): kind = .integer(range)
                case let .choice(options): kind = .choice(options)
                }
                return ParameterDescriptor(name: spec.name, kind: kind, defaultValue: spec.defaultValue.text)
            })
        })
    }

    /// The registry for checking the course at `root`: its own assets when it has them, else
    /// the built-in course's.
    static func registry(forCheckingRoot root: String?) throws -> SimulationRegistry {
        if let root, FileManager.default.fileExists(atPath: root + "/" + SimulationAssetsLoader.timeBreakdownPath) {
            return try registry(ContentSource(origin: .folder(root)))
        }
        return try registry(ContentSource(origin: .embedded))
    }
}
