import Foundation
import Yams

/// Writes a workshop as YAML (format 1, or 2 when the workshop needs it): deterministic bytes, readable UTF-8, one card per list item, each field
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
        let meta = workshop.metadata
        var pairs: [(Node, Node)] = [
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
            var entries = [
                (key("topic"), number(field.topic)),
                (key("name"), text(template.topic(field.topic).name[meta.language])),
                (key("ist"), list(field.ist.map(card))),
                (key("soll"), list(field.soll.map(card))),
            ]
            if field.seconds != 0 { entries.append((key("seconds"), number(field.seconds))) }
            return Node.mapping(Node.Mapping(entries))
        }
        pairs.append((key("fields"), list(fields)))
        let yaml = try Yams.serialize(node: .mapping(Node.Mapping(pairs)), indent: 2, width: -1, allowUnicode: true,
                                      lineBreak: .ln)
        return Self.separatingFields(yaml)
    }

    /// A blank line before each field entry, so that every topic reads as a block of its own. Field entries
    /// are the only lines that start with `- topic:` at the left margin; everything inside them is indented.
    private static func separatingFields(_ yaml: String) -> String {
        yaml.replacingOccurrences(of: "\n- topic: ", with: "\n\n- topic: ")
    }

    private func key(_ name: String) -> Node {
        Node(name)
    }

    /// A text scalar; multi-line text is written as a literal block, text that YAML would read as something
    /// else (a number, `yes`, an empty value) is quoted.
    private func text(_ value: String) -> Node {
        let multiline = value.contains("\n")
            && !value.unicodeScalars.contains { $0 != "\n" && VisibleText.isControl($0) }
        if multiline {
            return .scalar(Node.Scalar(value, Tag(.str), .literal))
        }
        return .scalar(value.represented())
    }

    private func number(_ value: Int) -> Node {
        Node(String(value), Tag(.int))
    }

    private func list(_ items: [Node]) -> Node {
        .sequence(Node.Sequence(items, Tag(.seq), items.isEmpty ? .flow : .block))
    }

    private func card(_ card: Card) -> Node {
        guard card.hasExtras else { return text(card.text) }
        var pairs = [(key("text"), text(card.text))]
        if let author = card.author { pairs.append((key("by"), text(author))) }
        if let method = card.method { pairs.append((key("method"), text(method.rawValue))) }
        if card.votes != 0 { pairs.append((key("votes"), number(card.votes))) }
        if let priority = card.priority { pairs.append((key("priority"), text(priority.rawValue))) }
        return .mapping(Node.Mapping(pairs))
    }
}
