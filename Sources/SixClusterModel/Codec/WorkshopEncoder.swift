/// Writes a workshop as YAML (the lowest format that holds it: 1 to 4): deterministic bytes, readable UTF-8, one card per list item, each field
/// carrying its topic's number and name.
public struct WorkshopEncoder: Sendable {
    /// The template that names the topics in the file.
    public var template: ModelTemplate

    /// Creates an encoder.
    public init(template: ModelTemplate = .builtIn) {
        self.template = template
    }

    /// The file's text.
    public func encode(_ workshop: Workshop) throws -> String {
        let pairs = pairs(workshop)
        // Plain texts throughout (most workshops) are written directly, exactly as the emitter would.
        let yaml = try DirectYAMLWriter.text(of: pairs) ?? YAMLEmitter.text(of: YAMLNode(.mapping(pairs)))
        return Self.separatingFields(yaml)
    }

    /// The document as key-value pairs, in the file's order.
    func pairs(_ workshop: Workshop) -> [(key: YAMLNode, value: YAMLNode)] {
        let meta = workshop.metadata
        var pairs: [(key: YAMLNode, value: YAMLNode)] = [
            (key("format"), number(workshop.requiredFormat)),
            (key("title"), text(meta.title)),
            (key("organisation"), text(meta.organisation)),
            (key("product"), text(meta.product)),
            (key("date"), text(meta.date)),
            (key("facilitator"), text(meta.facilitator)),
            (key("participants"), list(meta.participants.map(text))),
            (key("language"), text(meta.language.rawValue)),
        ]
        let fields = workshop.fields.map { field in
            var entries: [(key: YAMLNode, value: YAMLNode)] = [
                (key("topic"), number(field.topic)),
                (key("name"), text(template.topic(field.topic).name[meta.language])),
                (key("ist"), list(field.ist.map(card))),
                (key("soll"), list(field.soll.map(card))),
            ]
            if field.seconds != 0 { entries.append((key("seconds"), number(field.seconds))) }
            return YAMLNode(.mapping(entries))
        }
        pairs.append((key("fields"), list(fields)))
        if !workshop.parked.isEmpty { pairs.append((key("parked"), list(workshop.parked.map(card)))) }
        return pairs
    }

    /// A blank line before each field entry, so that every topic reads as a block of its own. Field entries
    /// are the only lines that start with `- topic:` at the left margin; everything inside them is indented.
    private static func separatingFields(_ yaml: String) -> String {
        // On the bytes: a line starts after a line break (or at the start); before each `- topic: ` goes a blank one.
        let marker = Array("- topic: ".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(yaml.utf8.count + 4 * ModelTemplate.topicCount)
        var lineStart = true
        let bytes = Array(yaml.utf8)
        for index in bytes.indices {
            if lineStart && bytes[index] == marker[0] && bytes.count - index >= marker.count
                && marker.indices.allSatisfy({ bytes[index + $0] == marker[$0] }) {
                result.append(0x0A)
            }
            result.append(bytes[index])
            lineStart = bytes[index] == 0x0A
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func key(_ name: String) -> YAMLNode {
        YAMLNode(.scalar(name, .plain))
    }

    /// A text scalar; multi-line text is written as a literal block, text that YAML would read as something
    /// else (a number, `yes`, an empty value) is quoted.
    private func text(_ value: String) -> YAMLNode {
        let multiline = value.contains("\n")
            && !value.unicodeScalars.contains { $0 != "\n" && VisibleText.isControl($0) }
        let style: YAMLNode.ScalarStyle = multiline ? .literal : YAMLPlainText.readsAsText(value) ? .plain : .singleQuoted
        return YAMLNode(.scalar(value, style))
    }

    private func number(_ value: Int) -> YAMLNode {
        YAMLNode(.scalar(String(value), .plain))
    }

    private func list(_ items: [YAMLNode]) -> YAMLNode {
        YAMLNode(.sequence(items, flow: items.isEmpty))
    }

    private func card(_ card: Card) -> YAMLNode {
        guard card.hasExtras else { return text(card.text) }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = [(key("text"), text(card.text))]
        if let author = card.author { pairs.append((key("by"), text(author))) }
        if let method = card.method { pairs.append((key("method"), text(method.rawValue))) }
        if card.votes != 0 { pairs.append((key("votes"), number(card.votes))) }
        if let priority = card.priority { pairs.append((key("priority"), text(priority.rawValue))) }
        if let owner = card.owner { pairs.append((key("owner"), text(owner))) }
        if let due = card.due { pairs.append((key("due"), text(due))) }
        if card.status != .open { pairs.append((key("status"), text(card.status.rawValue))) }
        if let conflict = card.conflict { pairs.append((key("conflict"), text(conflict))) }
        return YAMLNode(.mapping(pairs))
    }
}
