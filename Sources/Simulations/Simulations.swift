/// The `Simulations` module. See DESIGN.md in the shared folder for its place in the layers.
public enum SimulationsModule {
    /// The module's name, for diagnostics and `lesson --version`.
    public static let name = "Simulations"
}
