import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

@Suite("The built-in template")
struct TemplateTests {
    let template = ModelTemplate.builtIn

    @Test("has the six clusters of the model in their places")
    func clusters() {
        let expected: [(String, String, BoardPlace, [Int])] = [
            ("Kunde", "Customer", .leftTop, [1, 2, 3, 4]),
            ("Differenzierung", "Differentiation", .leftBottom, [5]),
            ("Produkt", "Product", .middle, [6, 7, 8, 9, 10, 11]),
            ("Daten", "Data", .rightTop, [12, 13, 14]),
            ("Mitarbeiter", "Employees", .rightBottom, [15, 16]),
            ("Value Chain", "Value chain", .bottom, [17, 18, 19, 20]),
        ]
        #expect(template.clusters.count == 6)
        for (cluster, want) in zip(template.clusters, expected) {
            #expect(cluster.name.de == want.0)
            #expect(cluster.name.en == want.1)
            #expect(cluster.place == want.2)
            #expect(cluster.topics == want.3)
        }
    }

    @Test("has the twenty topics with their German and English names")
    func topics() {
        let names = [
            ("Kundenbedürfnisse", "Customer needs"), ("Kundenkommunikation", "Customer communication"),
            ("Sticky Information", "Sticky information"),
            ("Learning Relationship Information", "Learning-relationship information"),
            ("Marke/Produkt/Dienstleistung", "Brand / product / service"), ("Konfiguration", "Configuration"),
            ("Komplexität", "Complexity"), ("Neue Technologien", "New technologies"),
            ("Automatisierung/CNC", "Automation / CNC"), ("Kooperationen in der Value Chain", "Cooperation in the value chain"),
            ("Beratungsfunktion", "Advisory function"), ("Verwaltung von Daten", "Data management"),
            ("Datenerfassung", "Data capture"), ("Grundinformationen", "Basic information"), ("Know-how", "Know-how"),
            ("Interne Kommunikation", "Internal communication"),
            ("Qualität und Zuverlässigkeit", "Quality and reliability"), ("Datenaustausch", "Data exchange"),
            ("Individualisierung", "Individualisation"), ("Kommunikation mit Partnern", "Communication with partners"),
        ]
        #expect(template.topics.map(\.number) == Array(1...20))
        #expect(template.topics.map(\.name.de) == names.map(\.0))
        #expect(template.topics.map(\.name.en) == names.map(\.1))
        for topic in template.topics {
            #expect(template.cluster(ofTopic: topic.number).topics.contains(topic.number))
            #expect(!topic.explanation.de.isEmpty && !topic.explanation.en.isEmpty)
            #expect((2...4).contains(topic.questions.de.count))
            #expect(topic.questions.de.count == topic.questions.en.count)
        }
        #expect(template.validationProblems().isEmpty)
    }

    @Test("the built-in copy holds exactly what Templates/sixcluster-model.yaml holds (run scripts/embed-template after a change)")
    func builtInCopyMatchesFile() throws {
        let file = try String(contentsOf: TestPaths.root.appendingPathComponent("Templates/sixcluster-model.yaml"), encoding: .utf8)
        let root = try #require(try YAMLParser.parse(file))
        let fromFile = try JSONDecoder().decode(ModelTemplate.self, from: Data(json(root).utf8))
        #expect(fromFile == ModelTemplate.builtIn)
        #expect(fromFile.validationProblems().isEmpty)
    }

    /// The tree as JSON, so that the template's `Codable` form can read it: whole numbers stay numbers.
    private func json(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let text, let style):
            if style == .plain, Int(text) != nil { return text }
            let escaped = text.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : String($0) }.joined()
            return "\"" + escaped + "\""
        case .sequence(let items, _):
            return "[" + items.map(json).joined(separator: ",") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { json($0.key) + ":" + json($0.value) }.joined(separator: ",") + "}"
        case .alias:
            return "null"
        }
    }

    @Test("a template with a topic missing is refused with a reason")
    func invalidTemplate() throws {
        var broken = template
        broken.topics.removeLast()
        #expect(broken.validationProblems().contains("expected topics numbered 1 to 20 in order"))
        #expect(broken.validationProblems().contains("cluster 'value-chain' lists a topic that belongs to another cluster"))
    }
}
