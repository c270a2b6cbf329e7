/// The rules for lesson, chapter, quiz, question and choice ids.
///
/// Ids are lowercase `[a-z0-9-]`, start with a letter or digit, and are at most 64 characters.
/// A chapter stem is an id that begins with a two-digit number and a dash: `03-tuning`.
public enum CourseID {
    /// Whether `text` is a valid id.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 64 else { return false }
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: "-") where index > 0: continue
            default: return false
            }
        }
        return true
    }

    /// Whether `text` is a chapter stem: `NN-slug`.
    public static func isChapterStem(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, isValid(text) else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[0])
            && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[1]) && bytes[2] == UInt8(ascii: "-")
    }

    /// Whether `text` is a quiz id: `lesson-id/NN-slug`.
    public static func isQuizID(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && isValid(parts[0]) && isChapterStem(parts[1])
    }

    /// `text` turned into an id: lowercased, runs of other characters become one dash.
    /// Returns nil when nothing usable is left.
    public static func slug(_ text: String, maximumLength: Int = 40) -> String? {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
                if result.count >= maximumLength { break }
            } else {
                pendingDash = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }
}
