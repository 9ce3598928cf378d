import SixClusterModel

/// Everything the board shows and remembers; changed only by `BoardReducer`.
public struct BoardState: Equatable, Sendable {
    /// A moment to return to with undo or redo.
    struct Snapshot: Equatable, Sendable {
        var workshop: Workshop
        var location: CardLocation
    }

    /// The running search: its text and the cards it found.
    public struct Search: Equatable, Sendable {
        /// What was searched for.
        public var query: String
        /// The cards whose text or author holds the query, in board order.
        public var hits: [CardLocation]
    }

    /// A short message in the status line. It goes with the next key, or fades after a few seconds.
    public struct Message: Equatable, Sendable {
        /// The text.
        public var text: String
        /// Whether it reports a failure.
        public var isError: Bool
        /// The loop's clock when it was said.
        public var since: Double = 0
        /// How long it stays without a key, in seconds: a failure longer, so that its reason can be read.
        public var lifetime: Double

        /// A message said at `since`.
        public init(text: String, isError: Bool, since: Double, lifetime: Double? = nil) {
            self.text = text
            self.isError = isError
            self.since = since
            self.lifetime = lifetime ?? (isError ? 10 : 4)
        }
    }

    /// The model's clusters and topics.
    public let template: ModelTemplate
    /// The language of the board's own words.
    public var language: Language
    /// The workshop file.
    public var filePath: String
    /// Whether the file exists yet (a new workshop is written at the first save).
    public var fileExists: Bool
    /// The workshop as edited.
    public internal(set) var workshop: Workshop
    /// The workshop as last saved (or loaded).
    public internal(set) var savedWorkshop: Workshop
    /// Lines of the loaded file that held comments; empty once the user agreed to lose them.
    public internal(set) var commentLines: [Int]
    /// The terminal's size.
    public internal(set) var width: Int
    /// The terminal's size.
    public internal(set) var height: Int

    /// The screen shown.
    public internal(set) var screen: BoardScreen = .board
    /// The focused field (1...20).
    public internal(set) var focusTopic = 1
    /// The focused column in the field view.
    public internal(set) var column: Situation = .ist
    /// The focused card in that column; in presentation mode one past the last card is the capture line.
    public internal(set) var cardIndex = 0
    /// The focused point of the parking lot.
    public internal(set) var parkedIndex = 0
    /// The focused entry of the metadata form.
    public internal(set) var metadataEntry: MetadataEntry = .title
    /// What lies over the screen.
    public internal(set) var overlay: Overlay?
    /// The status-line message.
    public internal(set) var message: Message?
    /// The last search.
    public internal(set) var search: Search?
    /// Whether a save was asked for on the way out.
    public internal(set) var quitAfterSave = false
    /// Whether the workshop is only shown: no change, no save, no recovery file.
    public internal(set) var isReadOnly = false
    /// Where the last report went (offered again by the next export).
    var exportPath: String?
    /// Why the workshop file is write-protected (as vim's read-only files: edits are possible, a save asks first).
    public internal(set) var writeProtection: String?
    /// Whether the board follows the file, reloading each save (`sixcluster view`).
    public internal(set) var follows = false
    /// The key bindings the board runs with.
    public var keymap: Keymap = .defaults
    /// The colours.
    public internal(set) var theme: Theme = .standard
    /// Whether the terminal bell rings when a timebox runs out (off unless asked for).
    public var bellOnTimeout = false
    /// The loop's clock (seconds, monotonic) at the last tick.
    public internal(set) var clock: Double = 0
    /// Whether a tick has set the clock yet.
    var clockStarted = false
    /// The timebox, once one was set.
    public internal(set) var timebox: Timebox?
    /// The minutes last given for a timebox, offered the next time.
    var timeboxMinutes = 10
    /// Presentation time not yet added to a field (below one second).
    var unspentTime: Double = 0
    /// Method and author that quick capture gives new cards.
    public internal(set) var capture = CaptureDefaults()
    /// The closing review, while it runs.
    public internal(set) var review: Review?
    /// The workshop a recovery file holds, or the file on disk holds after a change from outside, while the board
    /// asks what to do with it.
    var recovered: Workshop?

    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []

    /// Creates the state for a workshop loaded from (or to be created at) `filePath`.
    public init(workshop: Workshop, filePath: String, fileExists: Bool = true, commentLines: [Int] = [],
                language: Language, width: Int = 80, height: Int = 24, template: ModelTemplate = .builtIn,
                theme: Theme = .standard, follows: Bool = false) {
        self.template = template
        self.language = language
        self.filePath = filePath
        self.fileExists = fileExists
        self.workshop = workshop
        self.savedWorkshop = workshop
        self.commentLines = commentLines
        self.width = width
        self.height = height
        self.theme = theme
        self.follows = follows
        isReadOnly = follows
    }

    /// Whether there are changes since the last save (a new file that nobody typed into has none). Time counted
    /// in presentation mode is no change of its own: it goes into the file with the next save, or with the save
    /// that quitting makes for it.
    public var isModified: Bool {
        workshop != savedWorkshop && workshop.ignoringTimeSpent != savedWorkshop.ignoringTimeSpent
    }

    /// Whether only time counted in presentation mode waits to be saved.
    var hasUnsavedTimeOnly: Bool {
        fileExists && !isModified && workshop != savedWorkshop
    }

    /// The layout for the current size.
    public var layout: BoardLayout { BoardLayout(width: width, height: height, template: template) }

    /// The focused field.
    public var focusedField: Field { workshop[topic: focusTopic] }

    /// The place the focus is at.
    public var location: CardLocation { CardLocation(topic: focusTopic, column: column, index: cardIndex) }

    /// How many undo steps are available.
    public var undoDepth: Int { undoStack.count }

    /// The file the report is exported to: beside the workshop, with `.md` instead of `.yaml`.
    public var reportPath: String {
        for suffix in [".yaml", ".yml"] where filePath.hasSuffix(suffix) {
            return String(filePath.dropLast(suffix.count)) + ".md"
        }
        return filePath + ".md"
    }
}
