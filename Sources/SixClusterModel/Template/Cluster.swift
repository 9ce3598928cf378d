/// One of the six clusters of the model, holding some of the twenty topics.
public struct Cluster: Equatable, Sendable, Codable, Identifiable {
    /// A stable identifier such as `kunde` or `value-chain`.
    public var id: String
    /// The cluster's name.
    public var name: LocalizedText
    /// Where the cluster stands on the board.
    public var place: BoardPlace
    /// The numbers of the cluster's topics, in the model's order.
    public var topics: [Int]

    /// Creates a cluster.
    public init(id: String, name: LocalizedText, place: BoardPlace, topics: [Int]) {
        self.id = id
        self.name = name
        self.place = place
        self.topics = topics
    }
}
