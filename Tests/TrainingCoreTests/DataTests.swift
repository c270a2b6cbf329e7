import Testing
@testable import TrainingCore

@Suite struct DataTests {
    @Test func generatorsHaveTheAskedShapes() {
        var rng = SplitMix64(seed: 1, stream: .data)
        let moons = SyntheticData.twoMoons(count: 101, noise: 0.1, using: &rng)
        #expect(moons.count == 101 && moons.featureCount == 2 && moons.classCounts == [50, 51])
        let circles = SyntheticData.circles(count: 40, noise: 0, factor: 0.5, using: &rng)
        for i in 0..<40 {
            let r = (circles.feature(i, 0) * circles.feature(i, 0) + circles.feature(i, 1) * circles.feature(i, 1)).squareRoot()
            #expect(abs(r - (circles.labels[i] == 0 ? 1 : 0.5)) < 1e-12)
        }
        let xor = SyntheticData.xor(count: 50, noise: 0, using: &rng)
        for i in 0..<50 {
            #expect(xor.labels[i] == ((xor.feature(i, 0) > 0) != (xor.feature(i, 1) > 0) ? 1 : 0))
        }
        let spiral = SyntheticData.spiral(perClass: 10, classes: 4, noise: 0.1, using: &rng)
        #expect(spiral.classCounts == [10, 10, 10, 10])
        let blobs = SyntheticData.blobs(counts: [90, 9, 1], using: &rng)
        #expect(blobs.classCounts == [90, 9, 1])
        let sine = SyntheticData.noisySine(count: 30, noise: 0, using: &rng)
        #expect(!sine.isClassification && sine.targetCount == 1)
        for i in 0..<30 { #expect(abs(sine.targets[i] - DeterministicMath.sin(sine.features[i])) < 1e-15) }
        let grouped = SyntheticData.grouped(entities: 10, samplesPerEntity: 4, using: &rng)
        #expect(grouped.count == 40 && Set(grouped.entities).count == 10)
        for e in 0..<10 {
            let labels = Set((0..<40).filter { grouped.entities[$0] == e }.map { grouped.labels[$0] })
            #expect(labels.count == 1)
        }
    }

    @Test func labelNoiseReportsExactlyTheRowsItChanged() {
        var rng = SplitMix64(seed: 2, stream: .data)
        let data = SyntheticData.spiral(perClass: 50, classes: 3, noise: 0.1, using: &rng)
        var noise = SplitMix64(seed: 2, stream: .labelNoise)
        let corrupted = Corruption.flipLabels(data, fraction: 0.2, using: &noise)
        #expect(corrupted.indices.count == 30)
        let changed = (0..<data.count).filter { data.labels[$0] != corrupted.dataset.labels[$0] }
        #expect(changed == corrupted.indices)
    }

    @Test func outliersAreFarAndReported() {
        var rng = SplitMix64(seed: 3, stream: .data)
        let data = SyntheticData.blobs(counts: [50, 50], spread: 1, standardDeviation: 0.5, using: &rng)
        var o = SplitMix64(seed: 3, stream: .outliers)
        let corrupted = Corruption.injectOutliers(data, fraction: 0.05, scale: 5, using: &o)
        #expect(corrupted.indices.count == 5)
        let z = Standardizer(fittedOn: data).transform(corrupted.dataset)
        for i in corrupted.indices { #expect(abs(z.feature(i, 0)) >= 5) }
        let unchanged = (0..<100).filter { !corrupted.indices.contains($0) }
        #expect(unchanged.allSatisfy { data.row($0) == corrupted.dataset.row($0) })
    }

    @Test func splitsPartitionTheRows() {
        var rng = SplitMix64(seed: 4, stream: .split)
        let split = DataSplit.random(count: 100, validationFraction: 0.2, testFraction: 0.1, using: &rng)
        #expect(split.validation.count == 20 && split.test.count == 10 && split.train.count == 70)
        #expect((split.train + split.validation + split.test).sorted() == Array(0..<100))
        let labels = Array(repeating: 0, count: 80) + Array(repeating: 1, count: 20)
        let strat = DataSplit.stratified(labels: labels, validationFraction: 0.25, using: &rng)
        #expect(strat.validation.filter { labels[$0] == 1 }.count == 5)
        #expect(strat.validation.filter { labels[$0] == 0 }.count == 20)
    }

    @Test func entitySplitKeepsEveryEntityOnOneSide() {
        var rng = SplitMix64(seed: 5, stream: .data)
        let data = SyntheticData.grouped(entities: 30, samplesPerEntity: 5, using: &rng)
        var s = SplitMix64(seed: 5, stream: .split)
        let split = DataSplit.byEntity(entities: data.entities, validationFraction: 0.3, using: &s)
        let trainEntities = Set(split.train.map { data.entities[$0] })
        let validationEntities = Set(split.validation.map { data.entities[$0] })
        #expect(trainEntities.isDisjoint(with: validationEntities))
        #expect(validationEntities.count == 9)
        #expect(split.train.count + split.validation.count == 150)
    }

    @Test func standardizerUsesOnlyTheTrainingSplit() throws {
        let train = try Dataset(features: [0, 10, 2, 10, 4, 10], featureCount: 2, labels: [0, 1, 0], classCount: 2)
        let other = try Dataset(features: [100, 0], featureCount: 2, labels: [1], classCount: 2)
        let s = Standardizer(fittedOn: train)
        #expect(s.means == [2, 10])
        #expect(abs(s.scales[0] - (8.0 / 3).squareRoot()) < 1e-15)
        #expect(s.scales[1] == 1)
        let t = s.transform(other)
        #expect(abs(t.feature(0, 0) - 98 / (8.0 / 3).squareRoot()) < 1e-12)
        #expect(t.feature(0, 1) == -10)
    }

    @Test func jitterAddsNoisyCopies() {
        var rng = SplitMix64(seed: 6, stream: .data)
        let data = SyntheticData.twoMoons(count: 20, noise: 0.1, using: &rng)
        var a = SplitMix64(seed: 6, stream: .augmentation)
        let augmented = Augmentation.jitter(data, copies: 2, standardDeviation: 0.05, using: &a)
        #expect(augmented.count == 60)
        #expect(Array(augmented.labels[20..<40]) == data.labels)
        #expect(augmented.row(25) != data.row(5))
        #expect(abs(augmented.feature(25, 0) - data.feature(5, 0)) < 0.3)
    }

    @Test func badShapesAreErrors() {
        #expect(throws: TrainingCoreError.self) { try Dataset(features: [1, 2, 3], featureCount: 2, labels: [0], classCount: 2) }
        #expect(throws: TrainingCoreError.self) { try Dataset(features: [1, 2], featureCount: 2, labels: [3], classCount: 2) }
    }
}
