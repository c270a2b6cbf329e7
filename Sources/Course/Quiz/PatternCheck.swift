import Foundation

/// Checks a `text` question's regular expression when the quiz is checked, so that a bad
/// pattern is an error at its line and column rather than a surprise while grading.
public enum PatternCheck {
    /// What is wrong with `pattern`, if anything: a syntax error, a pattern too long, or (as a
    /// warning) a nested unbounded quantifier such as `(a+)+`, which can backtrack exponentially.
    public static func problems(in pattern: String) -> [(severity: Diagnostic.Severity, message: String)] {
        if pattern.count > SourceLimits.maximumPatternLength {
            return [(.error, "pattern is \(pattern.count) characters long; the limit is \(SourceLimits.maximumPatternLength)")]
        }
        do {
            _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            // ICU's own message is "The value is invalid"; Swift's parser says what is wrong.
            var reason = "it is not a valid regular expression"
            do {
                _ = try Regex(pattern)
            } catch {
                reason = "\(error)"
            }
            return [(.error, "invalid regular expression '\(pattern)': \(reason)")]
        }
        if hasNestedQuantifier(pattern) {
            return [(.warning, "pattern '\(pattern)' repeats a group that itself repeats; some answers could make it slow (the grader stops such a match and scores it as not matching)")]
        }
        return []
    }

    /// Whether a group containing `*`, `+` or `{n,}` is itself followed by one of them.
    static func hasNestedQuantifier(_ pattern: String) -> Bool {
        let scalars = Array(pattern.unicodeScalars)
        var stack: [Bool] = []
        var index = 0
        var inClass = false
        var lastGroupRepeats = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                lastGroupRepeats = false
                continue
            }
            if inClass {
                if scalar == "]" { inClass = false }
                index += 1
                continue
            }
            switch scalar {
            case "[":
                inClass = true
                lastGroupRepeats = false
            case "(":
                stack.append(false)
                lastGroupRepeats = false
            case ")":
                lastGroupRepeats = stack.popLast() ?? false
                index += 1
                continue
            case "*", "+", "{":
                let unbounded = scalar != "{" || isUnboundedBrace(scalars, from: index)
                if unbounded {
                    if lastGroupRepeats { return true }
                    if !stack.isEmpty { stack[stack.count - 1] = true }
                }
                lastGroupRepeats = false
            default:
                lastGroupRepeats = false
            }
            index += 1
        }
        return false
    }

    private static func isUnboundedBrace(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start + 1
        var text = ""
        while index < scalars.count, scalars[index] != "}" {
            text.unicodeScalars.append(scalars[index])
            index += 1
        }
        return text.hasSuffix(",")
    }
}
