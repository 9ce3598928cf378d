import SixClusterModel

/// Everything that can happen to the board: commands bound to keys, and results the loop reports back.
public enum Action: Equatable, Sendable {
    // Moving around.
    case moveLeft, moveRight, moveUp, moveDown
    case nextField, previousField
    /// The next field (in the model's order, wrapping) with this status.
    case nextFlagged(FieldStatus)
    /// To the next field with a card that holds two versions.
    case nextConflict
    /// Both versions of the focused card's conflict, to choose from.
    case showConflict
    case jumpToField
    case open
    case back
    // Cards (in the field view).
    case addCard, editCard, deleteCard
    case moveCardUp, moveCardDown, moveCardToOtherColumn, copyCardToOtherColumn
    /// The focused card to another field (asks for its number), moved or copied.
    case moveCardToField, copyCardToField
    case setAuthor, cycleMethod
    /// A Soll card's owner and due date (for the action plan).
    case setOwner, setDue
    /// A dot more (+1) or less (-1) on the focused Soll card.
    case vote(Int)
    case cyclePriority
    /// An action's status: open → doing → done → dropped → open.
    case cycleStatus
    // Facilitation.
    /// Presentation mode on (from the board or a field) or off.
    case presentation
    /// Quick capture: the next method, or the author, for captured cards.
    case captureMethod, captureAuthor
    /// The timebox panel, and its commands.
    case timer
    case timerCommand(TimerCommand)
    /// The closing review: a pass over the flagged fields, then the export.
    case review
    case toggleTheme
    /// "Follow me": boards that follow go to the field this board presents (on/off).
    case toggleLead
    /// Going along with a leading board (on/off).
    case toggleFollowLeader
    /// The room for phones: opens it (or shows it again) with its QR code.
    case room
    /// A command of the room's panel.
    case roomCommand(RoomCommand)
    // The whole workshop.
    case undo, redo
    case search, nextHit, previousHit
    case save, saveAs, quit, export
    case help, metadata
    /// The parking lot; into a field's Ist or Soll column from there.
    case parkingLot, unpark(Situation)
    // Overlays.
    case editor(EditorCommand)
    case dialog(DialogChoice)
    case scrollHelp(Int)
    // The mouse: what a click on the screen pointed at.
    /// A field (on the board): focus it; on the focused field, or with a double click, open it.
    case pointField(Int)
    /// A card (in the field view): select it; with a double click, edit it.
    case pointCard(CardLocation)
    // Input and results from the loop.
    /// What the terminal handed over: a key, a paste, a mouse event, a new size.
    case input(Input)
    /// The loop's clock (seconds, monotonic): drives the timebox and the time spent per field.
    case tick(Double)
    /// How a file effect went, or what the loop found on disk.
    case file(FileEvent)
    /// What the loop found out about the other writers on the file, or how a shared write went.
    case sharing(SharingEvent)

    /// Whether the action would change the workshop (refused in read-only mode).
    var changesWorkshop: Bool {
        switch self {
        case .addCard, .editCard, .deleteCard, .moveCardUp, .moveCardDown, .moveCardToOtherColumn, .copyCardToOtherColumn,
             .moveCardToField, .copyCardToField, .unpark,
             .setAuthor, .setOwner, .setDue, .cycleMethod, .vote, .cyclePriority, .cycleStatus, .undo, .redo, .save, .saveAs, .showConflict:
            return true
        default:
            return false
        }
    }
}

/// A command of the line editor.
public enum EditorCommand: Hashable, Sendable {
    case left, right, home, end, backspace, delete, deleteToStart, deleteToEnd, deleteWord
    case confirm, cancel
    /// Completes a name from the workshop's people (author prompts).
    case complete
    /// Sets the typed text aside in the parking lot (card prompts).
    case park
}

/// Work the loop does for the reducer, whose result comes back as an action.
public enum Effect: Equatable, Sendable {
    /// Write the workshop to its file; answer with `saveSucceeded` or `saveFailed`.
    case save(Workshop, path: String)
    /// Write the workshop to another file (`~` to be expanded) and go on with it: its lock and recovery file
    /// move along. Answer with `savedAs` or `saveFailed`.
    case saveAs(Workshop, path: String)
    /// Write the Markdown report (`~` to be expanded); answer with `exportSucceeded` or `exportFailed`, or with
    /// `exportWouldReplace` when the target is a file that sixcluster did not write, unless `replacing`.
    case export(Workshop, path: String, language: Language, replacing: Bool)
    /// End the program.
    case quit
    /// Delete the recovery file: its changes were saved or discarded.
    case removeRecovery
    /// Write the unsaved workshop to the recovery file (in the background).
    case writeRecovery(Workshop)
    /// Write the workshop to another file, leaving the board on its own file; answer with `copySaved` or
    /// `saveFailed`.
    case saveCopy(Workshop, path: String)
    /// Ring the terminal bell (a timebox ran out and the bell was asked for).
    case bell
    /// Start the room's server on the board's file, its words in `language`; answer with `roomOpened` once it
    /// listens, or `roomEnded` with its reason.
    case openRoom(language: Language)
    /// Stop the room's server.
    case closeRoom
    /// Tell the room's server what the board decided (method, fields, joining, a new link).
    case tellRoom(RoomOrder)
    /// Other boards share the file: under the boards' lock, read the file, merge `workshop` into it card by card
    /// (`base` is what this board last read or wrote) and write the result; answer with `synced` or `syncFailed`.
    case sync(Workshop, base: Workshop)
}
