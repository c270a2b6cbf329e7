import Simulations
import Yams

/// Reads the data files simulations are built from out of the course's Assets/.
public enum SimulationAssetsLoader {
    /// The path of the time breakdown's data.
    public static let timeBreakdownPath = "Assets/time-breakdown.yaml"

    /// The assets of `source`; a missing or malformed file is an error naming the file.
    public static func load(from source: ContentSource) throws(AssetError) -> SimulationAssets {
        SimulationAssets(timeBreakdown: try timeBreakdown(from: source))
    }

    /// The phases of `Assets/time-breakdown.yaml`: `phases: [{name, expert_pct, beginner_pct, details}]`.
    static func timeBreakdown(from source: ContentSource) throws(AssetError) -> [TimeBreakdownPhase] {
        let path = timeBreakdownPath
        guard let text = source.text(at: path) else {
            throw AssetError(path: path, message: "missing from \(source.name)")
        }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw AssetError(path: path, message: "not valid YAML: \(error)")
        }
        guard let map = root as? [String: Any], let list = map["phases"] as? [[String: Any]], !list.isEmpty else {
            throw AssetError(path: path, message: "expected a non-empty list under 'phases'")
        }
        var phases: [TimeBreakdownPhase] = []
        for (index, item) in list.enumerated() {
            guard let name = item["name"] as? String,
                  let expert = item["expert_pct"] as? Int, let beginner = item["beginner_pct"] as? Int,
                  (0...100).contains(expert), (0...100).contains(beginner) else {
                throw AssetError(path: path, message: "phase \(index + 1) needs name, expert_pct and beginner_pct (0–100)")
            }
            phases.append(TimeBreakdownPhase(name: name, expertPercent: expert, beginnerPercent: beginner,
                                             details: (item["details"] as? [String]) ?? []))
        }
        return phases
    }
}

/// A course asset that could not be read.
public struct AssetError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path): error: \(message)" }
}
