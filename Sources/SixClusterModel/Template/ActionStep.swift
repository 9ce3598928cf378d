/// One of the model's seven action steps for small and medium firms, with the topic fields it builds on.
public struct ActionStep: Equatable, Sendable, Codable, Identifiable {
    /// The step's number, 1 to 7.
    public var number: Int
    /// What the step asks for.
    public var name: LocalizedText
    /// The topics whose results the step builds on; empty when it draws on the whole board.
    public var topics: [Int]

    /// The step's number, which identifies it.
    public var id: Int { number }

    /// Creates a step.
    public init(number: Int, name: LocalizedText, topics: [Int]) {
        self.number = number
        self.name = name
        self.topics = topics
    }
}
