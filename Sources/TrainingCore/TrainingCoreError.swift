/// Why the training core refused an input: a clear message, never a crash.
public enum TrainingCoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The architecture is malformed (message says where).
    case invalidArchitecture(String)
    /// A data set does not fit the network or the loss (message says how).
    case invalidData(String)
    /// A training setting is out of range (message says which).
    case invalidConfiguration(String)
    /// Inputs to a metric are inconsistent (lengths differ, empty, non-finite scores...).
    case invalidMetricInput(String)

    public var description: String {
        switch self {
        case .invalidArchitecture(let m): return "invalid architecture: \(m)"
        case .invalidData(let m): return "invalid data: \(m)"
        case .invalidConfiguration(let m): return "invalid configuration: \(m)"
        case .invalidMetricInput(let m): return "invalid metric input: \(m)"
        }
    }
}
