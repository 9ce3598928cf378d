/// Builds a node tree from the parser's events: lists and mappings are opened, filled and closed on a stack.
struct YAMLTreeBuilder {
    /// What kind of collection an open frame becomes.
    enum Collection {
        case sequence(flow: Bool)
        case mapping
    }

    private struct Frame {
        var collection: Collection
        var anchor: String?
        var line: Int
        var column: Int
        /// The items of a list, or keys and values in turn for a mapping.
        var nodes: [YAMLNode] = []
    }

    /// The document's top node once it is complete.
    private(set) var root: YAMLNode?
    private var open: [Frame] = []

    /// Adds a finished node to the collection being built, or makes it the root.
    mutating func add(_ node: YAMLNode) {
        if open.isEmpty {
            root = node
        } else {
            open[open.count - 1].nodes.append(node)
        }
    }

    /// Starts a list or mapping.
    mutating func open(_ collection: Collection, anchor: String?, line: Int, column: Int) {
        open.append(Frame(collection: collection, anchor: anchor, line: line, column: column))
    }

    /// Ends the innermost list or mapping; a mapping that names a key twice gives the error instead.
    mutating func close() -> YAMLSyntaxError? {
        guard let frame = open.popLast() else { return nil }
        let content: YAMLNode.Content
        switch frame.collection {
        case .sequence(let flow):
            content = .sequence(frame.nodes, flow: flow)
        case .mapping:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(frame.nodes.count / 2)
            var index = 0
            while index + 1 < frame.nodes.count {
                pairs.append((key: frame.nodes[index], value: frame.nodes[index + 1]))
                index += 2
            }
            if let duplicate = Self.firstDuplicateKey(in: pairs) { return duplicate }
            content = .mapping(pairs)
        }
        add(YAMLNode(content, anchor: frame.anchor, line: frame.line, column: frame.column))
        return nil
    }

    /// The first text key that appeared before in the same mapping, placed where it repeats. The keys are
    /// sorted rather than hashed (a hashed set of strings costs a runtime look-up when a file is first read);
    /// of equal keys, the sort keeps them in file order, so the one found is the earliest repeat.
    private static func firstDuplicateKey(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLSyntaxError? {
        // Positions of the text keys (a list of numbers, a type the runtime has already built), sorted by key.
        let names = pairs.map { $0.key.text ?? "" }
        var positions: [Int] = []
        for position in pairs.indices where pairs[position].key.text != nil { positions.append(position) }
        positions.sort { names[$0] < names[$1] || (names[$0] == names[$1] && $0 < $1) }
        var found: (first: Int, again: Int)?
        var index = 1
        while index < positions.count {
            let (earlier, later) = (positions[index - 1], positions[index])
            if names[earlier] == names[later], found.map({ later < $0.again }) ?? true { found = (earlier, later) }
            index += 1
        }
        guard let found else { return nil }
        let key = pairs[found.again].key
        return .duplicateKey(names[found.again], line: key.line, column: key.column, firstLine: pairs[found.first].key.line)
    }
}
