import Testing
@testable import Grading

@Suite struct GradingBenchmarkTests {
    @Test func workloadGradesEverySubmissionTheSameWayEachRun() {
        let workload = GradingBenchmark(submissions: 300)
        #expect(workload.quiz.questions.count == 10)
        let first = workload.run()
        #expect(first.graded == 300)
        #expect(first.unreadable == 0)
        #expect(first.totalScore > 0 && first.totalScore < 300 * workload.quiz.maximumScore)
        #expect(workload.run() == first)
        #expect(GradingBenchmark(submissions: 300).submissions == workload.submissions)
    }
}
