/// A workshop read from a file, with what the file held beyond the workshop itself.
public struct LoadedWorkshop: Equatable, Sendable {
    /// The workshop.
    public var workshop: Workshop
    /// The lines that hold YAML comments. Comments cannot survive a rewrite, so an editor warns before saving.
    public var commentLines: [Int]

    /// Creates a loaded workshop.
    public init(workshop: Workshop, commentLines: [Int] = []) {
        self.workshop = workshop
        self.commentLines = commentLines
    }

    /// Whether the file held comments that a save would drop.
    public var hasComments: Bool { !commentLines.isEmpty }
}
