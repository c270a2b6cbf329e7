/// A YAML value with the place it was written: the tree every course file parser reads.
///
/// Scalars keep their text exactly as written (after YAML unescaping) and whether they were
/// plain or quoted; no type is guessed, so `no`, `1.0` or `010` stay what the author typed and
/// each parser decides what a value means where it knows what it expects.
public struct YAMLNode: Sendable {
    /// The value itself.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    public var content: Content
    /// Where the value starts.
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or nil for a list or mapping.
    public var scalarText: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }

    /// The list's items, or nil.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The mapping's entries in written order, or nil.
    public var mapping: [YAMLEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// Whether the value is YAML null: empty, `~` or `null` written plain.
    public var isNull: Bool {
        guard case .scalar(let scalar) = content, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }

    /// `text`, `a list` or `a mapping`, for messages such as "expected a list, found text".
    public var kindDescription: String {
        switch content {
        case .scalar: isNull ? "nothing" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A YAML scalar's text and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    /// Written without quotes (and not as a `|`/`>` block).
    public var isPlain: Bool

    public init(text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }
}

/// One `key: value` entry of a YAML mapping.
public struct YAMLEntry: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text (a non-scalar key reads as empty).
    public var name: String { key.scalarText ?? "" }
}
