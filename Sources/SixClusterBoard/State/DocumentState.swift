import SixClusterModel

/// The workshop and its history: what is edited, what was last saved, and the way back and forth (undo, redo).
/// It changes only through its own methods: an edit is one undoable step (`change(at:_:)`).
public struct DocumentState: Equatable, Sendable {
    /// One change of this board's, to take back with undo (or to make again with redo): the workshop before and
    /// after it, and where it happened.
    struct Step: Equatable, Sendable {
        var before: Workshop
        var after: Workshop
        var location: CardLocation
    }
    /// The workshop as edited.
    public private(set) var workshop: Workshop
    /// The workshop as last saved (or loaded).
    public private(set) var savedWorkshop: Workshop
    /// Lines of the loaded file that held comments; empty once the user agreed to lose them.
    public private(set) var commentLines: [Int]
    /// The steps undo goes back through, the last one first.
    private(set) var undoStack: [Step] = []
    /// The steps redo goes forward through again.
    private(set) var redoStack: [Step] = []

    /// Changes the workshop as one undoable step, remembering where it happened.
    mutating func change(at place: CardLocation, _ body: (inout Workshop) -> Void) {
        let before = workshop
        body(&workshop)
        guard workshop != before else { return }
        undoStack.append(Step(before: before, after: workshop, location: place))
        redoStack.removeAll()
    }

    /// Puts another version of the workshop in place (a reload, a merge, the others' writes), with `saved` as
    /// what the file holds: as one undoable step at `place`, or – with no place – outside the history.
    mutating func replace(with new: Workshop, saved: Workshop, undoableAt place: CardLocation?) {
        if let place {
            change(at: place) { $0 = new }
        } else {
            workshop = new
        }
        savedWorkshop = saved
    }

    /// The file now holds `written`, as sixcluster wrote it: without the comments it may have had.
    mutating func saved(_ written: Workshop) {
        savedWorkshop = written
        commentLines = []
    }

    /// The user agreed that the file's comments are lost at the next save.
    mutating func dropComments() {
        commentLines = []
    }

    /// Presentation time spent on a field: data to save, but no step to undo.
    mutating func spend(_ seconds: Int, on topic: Int) {
        workshop[topic: topic].seconds += seconds
    }

    /// One step through the history: back (undo) or forward again (redo); the other stack keeps the way back.
    /// Only this step is taken back: when other changes came in since (other boards on the file), the step's
    /// reverse is merged into the workshop card by card, so theirs stay. Time spent is no edit: it stays as
    /// counted. Gives where the step happened, or nil when there is none.
    mutating func travel(back: Bool) -> CardLocation? {
        guard let step = back ? undoStack.popLast() : redoStack.popLast() else { return nil }
        let spent = workshop.fields.map(\.seconds)
        let target = workshop.ignoringTimeSpent == step.after.ignoringTimeSpent ? step.before
            : WorkshopMerge.merge(base: step.after, ours: workshop, theirs: step.before).workshop
        let reverse = Step(before: workshop, after: target, location: step.location)
        if back { redoStack.append(reverse) } else { undoStack.append(reverse) }
        workshop = target
        for (index, seconds) in spent.enumerated() { workshop[topic: index + 1].seconds = seconds }
        return step.location
    }

    /// Whether there are changes since the last save. Time counted in presentation mode is no change of its own.
    var isModified: Bool {
        workshop != savedWorkshop && workshop.ignoringTimeSpent != savedWorkshop.ignoringTimeSpent
    }
}
