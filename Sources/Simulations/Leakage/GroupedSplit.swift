import TrainingCore

/// The data of the leakage simulation and its split: entities (think patients) with several
/// correlated samples (scans) each, split into training and validation either by sample or by
/// entity, plus a set of entities never seen at all.
///
/// Each entity has a private offset (N(0, 1.2²) in each of 6 dimensions) that all its samples
/// share, much larger than the class signal (±1 on the first axis) and the per-sample noise
/// (0.15): a flexible model can score well on an entity it has seen by recognising it. A
/// split by sample puts about every entity on both sides; a split by entity keeps each
/// entity's samples together. Deterministic in the seed (data, sampling and split streams).
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
        var inValidation = [Bool](repeating: false, count: pool.count)
        if byEntity {
            let order = splitRNG.permutation(entities)
            var held = [Bool](repeating: false, count: entities)
            for e in order.prefix(entities * Self.validationPercent / 100) { held[e] = true }
            for i in 0..<pool.count { inValidation[i] = held[pool.entities[i]] }
        } else {
            let order = splitRNG.permutation(pool.count)
            for i in order.prefix(pool.count * Self.validationPercent / 100) { inValidation[i] = true }
        }
        var perEntity = [Int](repeating: 0, count: entities)
        var train: [Int] = [], validation: [Int] = []
        for i in 0..<pool.count {
            if inValidation[i] {
                validation.append(i)
                perEntity[pool.entities[i]] += 1
            } else {
                train.append(i)
            }
        }
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
