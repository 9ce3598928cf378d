import SixClusterModel

/// The main screens of the board.
public enum BoardScreen: Equatable, Sendable {
    /// All twenty fields in the model's places (or as a list in a small terminal).
    case board
    /// One field: explanation, questions, Ist and Soll cards.
    case field
    /// The workshop's metadata as a form.
    case metadata
    /// One field full-screen for a room: large title, questions, Ist and Soll in two columns, quick capture.
    case presentation
    /// The parking lot (Themenspeicher): points set aside, to be moved into fields later.
    case parkingLot
}

/// What a line-editor prompt is for.
public enum PromptPurpose: Equatable, Sendable {
    /// A new card, inserted at `index` of a column.
    case newCard(topic: Int, column: Situation, index: Int)
    /// Editing the text of an existing card.
    case editCard(CardReference)
    /// A detail of a card: its author, or a target's owner or due date.
    case detail(CardReference, CardDetail)
    /// The field a card moves (or is copied) to.
    case moveToField(CardReference, copy: Bool)
    /// One metadata entry.
    case metadata(MetadataEntry)
    /// A search over all cards; remembers where the focus was.
    case search(returnTo: CardLocation)
    /// A field number to jump to.
    case jump
    /// Another file to write my version (before a merge) to, when the file changed on disk (to `disk`).
    case saveElsewhere(disk: Workshop, mine: Workshop)
    /// Another file to save to and go on with (after a failed save, or to fork a workshop).
    case saveAs
    /// Quick capture in presentation mode: Enter stores the card at the end of the column and starts the next.
    case capture(topic: Int, column: Situation)
    /// The author for captured cards; `resume` is the card text typed before, given back afterwards.
    case captureAuthor(resume: String)
    /// The file the report is exported to (filled in with the last one, or the workshop's name with `.md`), and the
    /// language the report is written in (the workshop's, until Tab switches it).
    case exportPath(language: Language)
    /// A point of the parking lot: a new one (nil), or one whose text is edited.
    case parked(Card?)
    /// The field a parked point goes to, into this column.
    case unpark(Card, column: Situation)
    /// Minutes for a timebox.
    case timeboxMinutes(Timebox.Scope)
    /// The name of somebody to take out of the room.
    case removeFromRoom
}

extension PromptPurpose {
    /// Whether the prompt asks for a person (Tab completes names there).
    var asksForAuthor: Bool {
        switch self {
        case .detail(_, let detail): detail.isPerson
        case .captureAuthor, .removeFromRoom: true
        default: false
        }
    }

    /// Whether the text a prompt opens with is only a suggestion (the last minutes, a file name, the last search),
    /// replaced by the first character typed; a card's or a detail's own text is edited instead.
    var prefillsSuggestion: Bool {
        switch self {
        case .timeboxMinutes, .exportPath, .saveAs, .saveElsewhere, .search, .jump: true
        default: false
        }
    }

    /// Whether the prompt takes a card's text (Ctrl-P parks it).
    var takesCardText: Bool {
        switch self {
        case .newCard, .editCard, .capture, .parked: true
        default: false
        }
    }
}

extension Overlay {
    /// The overlay with the cards it refers to followed from `old` to `new` (see `CardReference.followed`).
    func followingCards(from old: Workshop, to new: Workshop) -> Overlay {
        switch self {
        case .prompt(var prompt):
            switch prompt.purpose {
            case .editCard(let reference): prompt.purpose = .editCard(reference.followed(from: old, to: new))
            case .detail(let reference, let detail): prompt.purpose = .detail(reference.followed(from: old, to: new), detail)
            case .moveToField(let reference, let copy): prompt.purpose = .moveToField(reference.followed(from: old, to: new), copy: copy)
            default: return self
            }
            return .prompt(prompt)
        case .dialog(.conflict(let reference)):
            return .dialog(.conflict(reference.followed(from: old, to: new)))
        default:
            return self
        }
    }

    /// The card whose text an open editor changes, if this is such an editor.
    var editedCard: CardReference? {
        if case .prompt(let prompt) = self, case .editCard(let reference) = prompt.purpose { return reference }
        return nil
    }
}

/// An open line-editor prompt.
public struct Prompt: Equatable, Sendable {
    /// What the text is for.
    public var purpose: PromptPurpose
    /// The text being edited.
    public var editor: LineEditor

    /// Whether the card whose text is edited was changed by another writer since the edit began.
    var editedCardChangedElsewhere: Bool {
        if case .editCard(let reference) = purpose { return reference.changedFrom != nil }
        return false
    }
}

/// A question the board asks before it goes on.
public enum Dialog: Equatable, Sendable {
    /// Quitting with unsaved changes: save, discard or cancel.
    case unsavedChanges
    /// Exporting with empty fields: jump to the first, export anyway, or cancel.
    case exportWithEmptyFields([Int])
    /// Exporting while cards still hold two versions (these fields): jump to the first, export them marked as
    /// unresolved, or cancel.
    case exportWithConflicts([Int])
    /// A card with two versions: keep this one, the other, both as two cards, or edit a text made of both.
    case conflict(CardReference)
    /// The export would replace a file that sixcluster did not write (or that was edited since): replace, or cancel.
    case replaceReport(path: String)
    /// Saving a file that had comments, which the save removes.
    case commentsWillBeLost(lines: [Int])
    /// A recovery file holds unsaved changes from an earlier run: restore, discard, or open read-only.
    case recoveryWaiting(Workshop, differing: [Int], metadataDiffers: Bool)
    /// Saving a file the user may not (or should not) write: save anyway, save as, or cancel.
    case writeProtected(reason: String)
    /// The file changed on disk while there were unsaved changes, and merging both left conflicts (marked): take the
    /// file's version, keep the merge and save it, or save mine (as it was before the merge) elsewhere.
    case changedOnDisk(Workshop, mine: Workshop, conflicts: Int)
    /// The closing review visited every flagged field: export now, or go on working. Lists what is still flagged.
    case reviewDone(flagged: [Int])
}

/// An answer to a dialog.
public enum DialogChoice: Hashable, Sendable {
    case save, discard, jump, exportAnyway, restore, readOnly, keepMine, saveElsewhere, cancel
    /// A conflict: keep both versions, as two cards.
    case keepBoth
    /// A conflict: edit one text that starts from both versions.
    case combine
}

/// A command of the room's panel.
public enum RoomCommand: Hashable, Sendable {
    /// Close the room: its server stops, joined phones say it is closed.
    case close
    /// Let phones pick any field, or have them follow the presented one again.
    case anyField
    /// Let nobody new in, or open the door again.
    case joining
    /// A new join link: the old one lets nobody new in.
    case newLink
    /// The focused field's phone cards held until revealed (silent brainstorming), or revealed now.
    case hideField
    /// Take somebody out of the room (asks for the name; Tab goes through those in the room).
    case remove
}

/// A command of the timebox panel.
public enum TimerCommand: Hashable, Sendable {
    case startPause, setField, setCluster, reset
}

/// What lies over the current screen.
public enum Overlay: Equatable, Sendable {
    /// The key list, scrolled by some lines.
    case help(scroll: Int)
    /// A question.
    case dialog(Dialog)
    /// A line editor.
    case prompt(Prompt)
    /// The timebox panel: set, start, pause, reset.
    case timer
    /// The room's panel: the QR code to join, the link, how many joined.
    case room
}

/// A place on the board: a field, a column, a card.
public struct CardLocation: Equatable, Hashable, Sendable {
    /// The topic number.
    public var topic: Int
    /// The column.
    public var column: Situation
    /// The card's index in the column.
    public var index: Int

    /// Creates a location.
    public init(topic: Int, column: Situation, index: Int) {
        self.topic = topic
        self.column = column
        self.index = index
    }
}

/// The editable entries of the metadata form, in order.
public enum MetadataEntry: Int, CaseIterable, Sendable {
    case title, organisation, product, date, facilitator, participants, language

    /// The entry's label.
    public func label(in language: Language) -> String {
        switch self {
        case .title: language.pick(de: "Titel", en: "Title")
        case .organisation: language.pick(de: "Organisation", en: "Organisation")
        case .product: language.pick(de: "Produkt", en: "Product")
        case .date: language.pick(de: "Datum", en: "Date")
        case .facilitator: language.pick(de: "Moderation", en: "Facilitator")
        case .participants: language.pick(de: "Teilnehmende", en: "Participants")
        case .language: language.pick(de: "Sprache", en: "Language")
        }
    }

    /// The entry's value as editable text (participants separated by commas).
    public func value(of metadata: WorkshopMetadata) -> String {
        switch self {
        case .title: metadata.title
        case .organisation: metadata.organisation
        case .product: metadata.product
        case .date: metadata.date
        case .facilitator: metadata.facilitator
        case .participants: metadata.participants.joined(separator: ", ")
        case .language: metadata.language.rawValue
        }
    }

    /// The metadata with this entry set from edited text.
    public func setting(_ text: String, in metadata: WorkshopMetadata) -> WorkshopMetadata {
        var result = metadata
        let trimmed = text.trimmingSpaces
        switch self {
        case .title: result.title = trimmed
        case .organisation: result.organisation = trimmed
        case .product: result.product = trimmed
        case .date: result.date = trimmed
        case .facilitator: result.facilitator = trimmed
        case .participants:
            result.participants = trimmed.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        case .language: result.language = Language(rawValue: trimmed.lowercased()) ?? metadata.language
        }
        return result
    }
}
