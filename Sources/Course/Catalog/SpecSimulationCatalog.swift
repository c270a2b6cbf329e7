/// The simulations and parameters of SPEC.md's tables, written out by hand: the catalog the
/// Course and Grading tests check against, with no dependency on the Simulations module. The
/// `lesson` command builds its catalog from the real simulation registry instead.
public enum SpecSimulationCatalog {
    public static let catalog: SimulationCatalog = {
        let onOff = ParameterDescriptor.Kind.choice(["on", "off"])
        let pathologies = ["healthy", "lr-too-high", "lr-too-low", "overfitting", "exploding-gradients", "vanishing-gradients"]
        func sim(_ id: String, _ parameters: [ParameterDescriptor], _ keys: [String]) -> SimulationDescriptor {
            SimulationDescriptor(id: id, parameters: parameters, snapshotKeys: keys)
        }
        func p(_ name: String, _ kind: ParameterDescriptor.Kind, _ value: String) -> ParameterDescriptor {
            ParameterDescriptor(name: name, kind: kind, defaultValue: value)
        }
        return SimulationCatalog(entries: [
            sim("time-breakdown", [p("view", .choice(["expert", "beginner", "compare"]), "compare"), p("select", .text, "")],
                ["phases"]),
            sim("data-quality", [p("quality", .integer(0...100), "100"), p("stage", .choice(["raw", "cleaned", "augmented"]), "raw")],
                ["quality", "stage", "train_size", "mislabeled", "test_accuracy"]),
            sim("leakage", [p("split", .choice(["sample", "entity"]), "sample")],
                ["split", "val_accuracy", "new_entity_accuracy"]),
            sim("complexity", [p("complexity", .integer(1...100), "50"), p("regularization", .integer(0...100), "0"),
                               p("data", .integer(1...100), "100")],
                ["complexity", "curves", "verdict", "sweep"]),
            sim("learning-curve", [p("complexity", .integer(1...100), "50")], ["sizes", "train_score", "val_score"]),
            sim("grid-vs-random", [p("trials", .integer(4...64), "9"), p("mode", .choice(["grid", "random", "both"]), "both"),
                                   p("repeats", .integer(0...500), "0")],
                ["landscape", "grid", "random", "repeated"]),
            sim("regularization", [p("dropout", onOff, "off"), p("weight_decay", onOff, "off"),
                                   p("early_stopping", onOff, "off"), p("augmentation", onOff, "off")],
                ["dropout", "weight_decay", "early_stopping", "augmentation", "curves", "gap", "stopped_epoch"]),
            sim("training-dashboard", [p("pathology", .choice(pathologies), "healthy"), p("lr", .number(1e-6...10), "0.01"),
                                       p("batch", .integer(1...512), "32")],
                ["pathology", "lr", "batch", "history", "histogram", "diagnosis"]),
            sim("confusion-matrix", [p("acc_a", .integer(0...100), "95"), p("acc_b", .integer(0...100), "90"),
                                     p("acc_c", .integer(0...100), "80"), p("acc_d", .integer(0...100), "20"),
                                     p("view", .choice(["overall", "per-class"]), "overall"),
                                     p("source", .choice(["sliders", "model"]), "sliders"), p("reweight", onOff, "off")],
                ["classes", "matrix", "per_class", "accuracy", "macro_f1", "weighted_f1"]),
            sim("precision-recall", [p("threshold", .number(0...1), "0.5")],
                ["threshold", "precision", "recall", "f1", "labels", "scores"]),
            sim("overfit-batch", [p("bug", .choice(["none", "wrong-loss", "shuffled-labels", "zero-lr", "frozen-layer", "no-zero-grad"]), "none")],
                ["bug", "loss", "passed"]),
            sim("lr-finder", [p("optimizer", .choice(["sgd", "adam"]), "sgd")], ["lrs", "losses", "suggested_lr"]),
            sim("gradient-check", [p("bug", .choice(["none", "transposed-backward", "missing-bias-grad"]), "none")],
                ["layers", "passed"]),
            sim("activations", [p("init", .choice(["he", "too-small", "too-large", "dead-relu"]), "he")],
                ["layers", "verdict"]),
        ])
    }()
}
