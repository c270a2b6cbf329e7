/// One phase of an ML project in the time breakdown: its share of the time as experienced
/// practitioners report it and as beginners guess it, and what its days are made of.
///
/// Read from `Assets/time-breakdown.yaml` by the caller; percentages are whole numbers 0–100.
public struct TimeBreakdownPhase: Sendable, Equatable {
    public let name: String
    public let expertPercent: Int
    public let beginnerPercent: Int
    public let details: [String]

    public init(name: String, expertPercent: Int, beginnerPercent: Int, details: [String]) {
        self.name = name
        self.expertPercent = expertPercent
        self.beginnerPercent = beginnerPercent
        self.details = details
    }
}
