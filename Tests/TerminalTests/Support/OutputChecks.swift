import Foundation
@testable import Terminal

/// Helpers to read encoded output back.
enum OutputChecks {
    /// The text with SGR sequences (`ESC [ … m`) removed. Any other escape is kept, so a
    /// check for ESC afterwards finds it.
    static func strippingSGR(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}", scalars.dropFirst().first == "[" {
                var rest = scalars.dropFirst(2)
                while let c = rest.first, (c >= "0" && c <= "9") || c == ";" { rest = rest.dropFirst() }
                if rest.first == "m" {
                    scalars = rest.dropFirst()
                    continue
                }
            }
            result.append(scalar)
            scalars = scalars.dropFirst()
        }
        return String(result)
    }

    /// Display widths of each line (after removing SGR sequences).
    static func lineWidths(_ text: String) -> [Int] {
        strippingSGR(text).split(separator: "\n", omittingEmptySubsequences: false).map { TextWidth.cells(of: String($0)) }
    }

    /// Whether every line that uses escapes ends in the default style: its last escape
    /// sequence is the reset `ESC[0m`.
    static func resetsEveryLine(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { line in
            guard let last = line.range(of: "\u{1B}[", options: .backwards) else { return true }
            return line[last.lowerBound...].hasPrefix("\u{1B}[0m")
        }
    }

    /// Trailing spaces removed from each line.
    static func trimmingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            while s.last == " " { s.removeLast() }
            return String(s)
        }.joined(separator: "\n")
    }
}
