/// The closing review the model asks for: a guided pass over the flagged fields, then the export.
public struct Review: Equatable, Sendable {
    /// The fields to visit (empty or without a target when the review began), in the model's order.
    public var topics: [Int]
    /// The index of the field being visited.
    public var position: Int

    /// The field being visited.
    public var topic: Int { topics[position] }
}
