import TrainingCore

/// The data of the leakage simulation and its split: entities (think patients) with several
/// correlated samples (scans) each, split into training and validation either by sample or by
/// entity, plus a set of entities never seen at all.
///
/// Each entity has a private offset (N(0, 1.2²) in each of 6 dimensions) that all its samples
/// share, much larger than the class signal (±1 on the first axis) and the per-sample noise
/// (0.15): a flexible model can score well on an entity it has seen by recognising it. The split is
/// the core's ``DataSplit``: `random` (by sample) puts most entities on both sides, `byEntity`
/// keeps each entity's samples together. Deterministic in the seed (data, sampling and split streams).
struct GroupedSplit: Sendable, Equatable {
    static let dimensions = 6
    static let separation = 1.0
    static let entitySpread = 1.2
    static let sampleNoise = 0.15
    /// Percent of the samples (split by sample) or entities (split by entity) held out.
    static let validationPercent = 25

    let pool: Dataset
    let newEntities: Dataset
    let trainIndices: [Int]
    let validationIndices: [Int]
    /// Per entity of the pool: how many of its samples are in validation.
    let validationSamplesPerEntity: [Int]
    let entityCount: Int
    let samplesPerEntity: Int

    init(entities: Int, samplesPerEntity: Int, newEntities: Int, byEntity: Bool, seed: UInt64) {
        var dataRNG = SplitMix64(seed: seed, stream: .data)
        pool = SyntheticData.grouped(entities: entities, samplesPerEntity: samplesPerEntity, dimensions: Self.dimensions,
                                     separation: Self.separation, entitySpread: Self.entitySpread,
                                     sampleNoise: Self.sampleNoise, using: &dataRNG)
        var newRNG = SplitMix64(seed: seed, stream: .sampling)
        self.newEntities = SyntheticData.grouped(entities: newEntities, samplesPerEntity: samplesPerEntity, dimensions: Self.dimensions,
                                                 separation: Self.separation, entitySpread: Self.entitySpread,
                                                 sampleNoise: Self.sampleNoise, using: &newRNG)
        var splitRNG = SplitMix64(seed: seed, stream: .split)
        let fraction = Double(Self.validationPercent) / 100
        let split = byEntity
            ? DataSplit.byEntity(entities: pool.entities, validationFraction: fraction, using: &splitRNG)
            : DataSplit.random(count: pool.count, validationFraction: fraction, using: &splitRNG)
        var perEntity = [Int](repeating: 0, count: entities)
        for i in split.validation { perEntity[pool.entities[i]] += 1 }
        let train = split.train, validation = split.validation
        trainIndices = train
        validationIndices = validation
        validationSamplesPerEntity = perEntity
        entityCount = entities
        self.samplesPerEntity = samplesPerEntity
    }

    var training: Dataset { pool.subset(trainIndices) }
    var validation: Dataset { pool.subset(validationIndices) }

    /// Entities with samples on both sides of the split: the leak.
    var entitiesOnBothSides: Int {
        validationSamplesPerEntity.filter { $0 > 0 && $0 < samplesPerEntity }.count
    }
}
