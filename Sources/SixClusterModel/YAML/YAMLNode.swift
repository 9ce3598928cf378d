/// One node of a YAML document as the workshop format uses it: text, a list or a mapping, with its place in the
/// file. Every scalar stays text; what it means is decided by the reader of the workshop, not by YAML tags.
public struct YAMLNode: Sendable {
    /// How a scalar is written.
    public enum ScalarStyle: Sendable {
        /// Without quotes; only plain scalars can stand for "nothing" (`~`, `null`, an empty value).
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` block: the lines as they are.
        case literal
        /// A `>` block: lines joined by spaces.
        case folded
    }

    /// What the node holds.
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        /// A list; `flow` is the `[a, b]` form.
        case sequence([YAMLNode], flow: Bool)
        /// Key-value pairs in the order of the file.
        case mapping([(key: YAMLNode, value: YAMLNode)])
        /// A reference to an anchored node (`*name`).
        case alias(String)
    }

    /// What the node holds.
    public var content: Content
    /// The anchor (`&name`) set on the node, if any.
    public var anchor: String?
    /// The 1-based line where the node starts (0 for nodes built to be written).
    public var line: Int
    /// The 1-based column, in characters, where the node starts.
    public var column: Int

    /// A node for writing, without a place in a file.
    init(_ content: Content) {
        self.init(content, anchor: nil, line: 0, column: 0)
    }

    /// A node read from a file.
    init(_ content: Content, anchor: String?, line: Int, column: Int) {
        self.content = content
        self.anchor = anchor
        self.line = line
        self.column = column
    }

    /// The text of a scalar, nil for other nodes.
    public var text: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The pairs of a mapping, nil for other nodes.
    public var pairs: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items of a list, nil for other nodes.
    public var items: [YAMLNode]? {
        if case .sequence(let items, _) = content { return items }
        return nil
    }

    /// Whether the node is a plain scalar that YAML reads as "nothing" (empty, `~`, `null`).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
}
