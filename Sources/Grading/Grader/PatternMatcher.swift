import Foundation

/// Runs a compiled regular expression on an answer with a bounded amount of work.
///
/// ICU reports progress every so many matching steps; the match is abandoned after
/// ``GradingLimits/maximumPatternProgressCalls`` reports. Counting steps rather than time keeps
/// the outcome the same on every machine and every run.
enum PatternMatcher {
    enum Outcome {
        case match, noMatch, tooSlow
    }

    static func matches(_ pattern: NSRegularExpression, _ text: String) -> Outcome {
        var found = false
        var calls = 0
        var abandoned = false
        pattern.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { result, _, stop in
            if result != nil {
                found = true
                stop.pointee = true
                return
            }
            calls += 1
            if calls > GradingLimits.maximumPatternProgressCalls {
                abandoned = true
                stop.pointee = true
            }
        }
        if found { return .match }
        return abandoned ? .tooSlow : .noMatch
    }
}
