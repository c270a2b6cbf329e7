import Testing
@testable import Grading

@Suite struct NumberFormattingTests {
    @Test func pointsKeepTwoDecimalsAtMost() {
        #expect(NumberFormatting.points(1) == "1")
        #expect(NumberFormatting.points(0.5) == "0.5")
        #expect(NumberFormatting.points(1.0 / 3) == "0.33")
    }

    /// A gradebook never traps on a value an Int64 cannot hold: it writes the number as it is.
    @Test(arguments: [Double.infinity, -.infinity, .nan, 1e300])
    func valuesBeyondInt64AreWrittenNotTrapped(_ value: Double) {
        #expect(NumberFormatting.points(value) == "\(value)")
        #expect(NumberFormatting.short(value) == "\(value)")
    }
}
