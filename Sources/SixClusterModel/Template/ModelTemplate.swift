import Yams

/// The Six-Cluster model as data: six clusters and twenty topics with names, explanations and guiding questions.
public struct ModelTemplate: Equatable, Sendable, Codable {
    /// The number of topic fields on the board.
    public static let topicCount = 20

    /// The template's format version.
    public var format: Int
    /// The six clusters in the model's order.
    public var clusters: [Cluster]
    /// The twenty topics, ordered by number.
    public var topics: [Topic]

    /// Creates a template from its parts.
    public init(format: Int = 1, clusters: [Cluster], topics: [Topic]) {
        self.format = format
        self.clusters = clusters
        self.topics = topics
    }

    /// Reads a template from its YAML text (the format of `Templates/sixcluster-model.yaml`).
    public init(yaml: String) throws {
        self = try YAMLDecoder().decode(ModelTemplate.self, from: yaml)
        let problems = validationProblems()
        guard problems.isEmpty else { throw TemplateError(problems: problems) }
    }

    /// The text of `Templates/sixcluster-model.yaml` as compiled into the program.
    public static let builtInYAML = BuiltInTemplateText.yaml

    /// The template compiled into the program, identical to `Templates/sixcluster-model.yaml`.
    public static let builtIn: ModelTemplate = {
        do {
            return try ModelTemplate(yaml: builtInYAML)
        } catch {
            preconditionFailure("the built-in template is invalid: \(error)")
        }
    }()

    /// The topic with the given number (1...20).
    public func topic(_ number: Int) -> Topic {
        topics[number - 1]
    }

    /// The cluster that holds the given topic.
    public func cluster(ofTopic number: Int) -> Cluster {
        let id = topic(number).cluster
        return clusters.first { $0.id == id } ?? clusters[0]
    }

    /// Everything that keeps this template from being a complete Six-Cluster model.
    public func validationProblems() -> [String] {
        var problems: [String] = []
        if clusters.count != 6 { problems.append("expected 6 clusters, found \(clusters.count)") }
        if topics.map(\.number) != Array(1...Self.topicCount) {
            problems.append("expected topics numbered 1 to \(Self.topicCount) in order")
        }
        let clusterIDs = Set(clusters.map(\.id))
        for topic in topics {
            if !clusterIDs.contains(topic.cluster) {
                problems.append("topic \(topic.number) names an unknown cluster '\(topic.cluster)'")
            }
            for language in Language.allCases where !(2...4).contains(topic.questions[language].count) {
                problems.append("topic \(topic.number) needs 2 to 4 questions in '\(language.rawValue)'")
            }
        }
        let listed = clusters.flatMap(\.topics).sorted()
        if listed != Array(1...Self.topicCount) {
            problems.append("the clusters must list every topic exactly once")
        }
        for cluster in clusters where cluster.topics.contains(where: { number in
            topics.first { $0.number == number }?.cluster != cluster.id
        }) {
            problems.append("cluster '\(cluster.id)' lists a topic that belongs to another cluster")
        }
        return problems
    }
}

/// A template that does not describe the Six-Cluster model completely.
public struct TemplateError: Error, CustomStringConvertible {
    /// What is wrong with the template.
    public var problems: [String]

    /// All problems, one per line.
    public var description: String { problems.joined(separator: "\n") }
}
