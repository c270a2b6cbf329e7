import Foundation
import Testing
@testable import TrainingCore

@Suite struct DeterministicMathTests {
    /// Relative difference, with an absolute floor near zero.
    func error(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), 1e-300) }

    @Test func expAndLogAgreeWithTheCLibraryToAFewUlp() {
        var x = -700.0
        while x < 700 {
            #expect(error(DeterministicMath.exp(x), Foundation.exp(x)) < 4e-16, "exp(\(x))")
            x += 3.37
        }
        var y = 1e-300
        while y < 1e300 {
            #expect(error(DeterministicMath.log(y), Foundation.log(y)) < 4e-16, "log(\(y))")
            y *= 7.3
        }
        for v in stride(from: 0.5, to: 2.0, by: 0.0137) {
            #expect(error(DeterministicMath.log(v), Foundation.log(v)) < 4e-16 || abs(DeterministicMath.log(v) - Foundation.log(v)) < 1e-17)
        }
    }

    @Test func tanhSigmoidSinCosAgreeWithTheCLibrary() {
        for x in stride(from: -30.0, to: 30.0, by: 0.173) {
            #expect(abs(DeterministicMath.tanh(x) - Foundation.tanh(x)) < 4e-16, "tanh(\(x))")
            #expect(abs(DeterministicMath.sigmoid(x) - 1 / (1 + Foundation.exp(-x))) < 4e-16, "sigmoid(\(x))")
            #expect(abs(DeterministicMath.sin(x) - Foundation.sin(x)) < 4e-16, "sin(\(x))")
            #expect(abs(DeterministicMath.cos(x) - Foundation.cos(x)) < 4e-16, "cos(\(x))")
        }
        for x in [1e-10, -3e-9, 1e-5, 0.2, -0.3] {
            #expect(error(DeterministicMath.expm1(x), Foundation.expm1(x)) < 4e-16)
            #expect(error(DeterministicMath.log1p(x), Foundation.log1p(x)) < 4e-16)
            #expect(error(DeterministicMath.tanh(x), Foundation.tanh(x)) < 4e-16)
        }
    }

    @Test func specialValuesFollowC99() {
        #expect(DeterministicMath.exp(-.infinity) == 0)
        #expect(DeterministicMath.exp(.infinity) == .infinity)
        #expect(DeterministicMath.exp(1000) == .infinity)
        #expect(DeterministicMath.exp(0) == 1)
        #expect(DeterministicMath.exp(.nan).isNaN)
        #expect(DeterministicMath.log(0) == -.infinity)
        #expect(DeterministicMath.log(-1).isNaN)
        #expect(DeterministicMath.log(1) == 0)
        #expect(DeterministicMath.tanh(50) == 1 && DeterministicMath.tanh(-50) == -1)
        #expect(DeterministicMath.sigmoid(-800) == 0 && DeterministicMath.sigmoid(800) == 1)
        #expect(DeterministicMath.softplus(800) == 800)
    }
}
