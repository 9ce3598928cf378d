import SixClusterModel

/// The workshop and its history: what is edited, what was last saved, and the way back and forth (undo, redo).
public struct DocumentState: Equatable, Sendable {
    /// A moment to return to with undo or redo.
    struct Snapshot: Equatable, Sendable {
        var workshop: Workshop
        var location: CardLocation
    }
    /// The workshop as edited.
    public internal(set) var workshop: Workshop
    /// The workshop as last saved (or loaded).
    public internal(set) var savedWorkshop: Workshop
    /// Lines of the loaded file that held comments; empty once the user agreed to lose them.
    public internal(set) var commentLines: [Int]
    /// The steps undo goes back through, the last one first.
    var undoStack: [Snapshot] = []
    /// The steps redo goes forward through again.
    var redoStack: [Snapshot] = []

    /// Changes the workshop as one undoable step, remembering where it happened.
    mutating func change(at place: CardLocation, _ body: (inout Workshop) -> Void) {
        let before = workshop
        body(&workshop)
        guard workshop != before else { return }
        undoStack.append(Snapshot(workshop: before, location: place))
        redoStack.removeAll()
    }

    /// One step through the history: back (undo) or forward again (redo); the other stack keeps the way back.
    /// Time spent is no edit: it stays as counted. Gives where the step happened, or nil when there is none.
    mutating func travel(back: Bool) -> CardLocation? {
        guard let snapshot = back ? undoStack.popLast() : redoStack.popLast() else { return nil }
        let current = Snapshot(workshop: workshop, location: snapshot.location)
        if back { redoStack.append(current) } else { undoStack.append(current) }
        let spent = workshop.fields.map(\.seconds)
        workshop = snapshot.workshop
        for (index, seconds) in spent.enumerated() { workshop[topic: index + 1].seconds = seconds }
        return snapshot.location
    }

    /// Whether there are changes since the last save. Time counted in presentation mode is no change of its own.
    var isModified: Bool {
        workshop != savedWorkshop && workshop.ignoringTimeSpent != savedWorkshop.ignoringTimeSpent
    }
}
