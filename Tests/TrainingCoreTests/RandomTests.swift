import Testing
@testable import TrainingCore

@Suite struct RandomTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func streamsAreIndependentAndRepeatable() {
        var a = SplitMix64(seed: 42, stream: .data)
        var b = SplitMix64(seed: 42, stream: .shuffle)
        var a2 = SplitMix64(seed: 42, stream: .data)
        let xs = (0..<8).map { _ in a.next() }
        let ys = (0..<8).map { _ in b.next() }
        let xs2 = (0..<8).map { _ in a2.next() }
        #expect(xs == xs2)
        #expect(Set(xs).isDisjoint(with: ys))
        var c = SplitMix64(seed: 42, stream: .data, index: 1)
        #expect(c.next() != xs[0])
    }

    @Test func integersAreInRangeAndCoverItEvenly() {
        var rng = SplitMix64(seed: 7)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<6000 { counts[rng.integer(below: 6)] += 1 }
        #expect(counts.allSatisfy { $0 > 850 && $0 < 1150 })
        #expect(rng.integer(below: 1) == 0)
        #expect(rng.integer(below: 0) == 0)
    }

    @Test func uniformAndNormalHaveTheRightMoments() {
        var rng = SplitMix64(seed: 3)
        let n = 20000
        var u = 0.0, z = 0.0, z2 = 0.0
        for _ in 0..<n {
            let x = rng.uniform()
            #expect(x >= 0 && x < 1)
            u += x
            let g = rng.normal()
            z += g
            z2 += g * g
        }
        #expect(abs(u / Double(n) - 0.5) < 0.01)
        #expect(abs(z / Double(n)) < 0.03)
        #expect(abs(z2 / Double(n) - 1) < 0.04)
    }

    @Test func shuffleIsAPermutationAndUnbiased() {
        var rng = SplitMix64(seed: 11)
        var firstPosition = [Int](repeating: 0, count: 4)
        for _ in 0..<4000 {
            var a = [0, 1, 2, 3]
            rng.shuffle(&a)
            #expect(a.sorted() == [0, 1, 2, 3])
            firstPosition[a[0]] += 1
        }
        #expect(firstPosition.allSatisfy { $0 > 880 && $0 < 1120 })
        let sample = rng.sample(5, from: 20)
        #expect(sample.count == 5 && Set(sample).count == 5 && sample == sample.sorted())
    }
}
