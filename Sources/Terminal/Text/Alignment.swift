/// Horizontal alignment of text inside a field of cells.
public enum Alignment: Sendable, Hashable {
    case left, center, right
}
