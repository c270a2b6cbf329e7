import Testing
@testable import Grading

@Test func answersAreNormalisedAsUsersExpect() {
    #expect(AnswerNormalizer.normalize("  Early   Stopping. ") == AnswerNormalizer.normalize("early stopping"))
    #expect(AnswerNormalizer.normalize("Cafe\u{301}") == AnswerNormalizer.normalize("Café"))
    #expect(AnswerNormalizer.truth("yes") == true)
    #expect(AnswerNormalizer.truth("F") == false)
    #expect(AnswerNormalizer.truth("maybe") == nil)
}
