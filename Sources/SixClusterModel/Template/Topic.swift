/// One of the twenty topic fields of the model, with what a team needs to work on it.
public struct Topic: Equatable, Sendable, Codable, Identifiable {
    /// The topic's number, 1 to 20.
    public var number: Int
    /// The identifier of the cluster the topic belongs to.
    public var cluster: String
    /// The topic's name.
    public var name: LocalizedText
    /// A short explanation of what the topic is about.
    public var explanation: LocalizedText
    /// Two to four guiding questions for the team.
    public var questions: LocalizedList

    /// The topic's number, which identifies it.
    public var id: Int { number }

    /// Creates a topic.
    public init(number: Int, cluster: String, name: LocalizedText, explanation: LocalizedText, questions: LocalizedList) {
        self.number = number
        self.cluster = cluster
        self.name = name
        self.explanation = explanation
        self.questions = questions
    }
}
