/// An answer that cannot be graded as given (a list where one number is asked, an unknown
/// choice id, text that is not a number): it scores 0, and the reason is its note.
struct UnusableAnswer: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
