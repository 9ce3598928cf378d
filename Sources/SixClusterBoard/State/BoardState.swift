import SixClusterModel

/// Everything the board shows and remembers, in parts: the document and its history, where the user is, what the
/// facilitator runs, the file session, the view's settings and the other boards on the file; over them the overlay
/// and the status-line message.
/// Changed only by `BoardReducer`. The parts' fields are read through the accessors below; a change goes through
/// the part's own methods. Only the launch settings (bell, keys, mouse, language rule, export format) are set here.
public struct BoardState: Equatable, Sendable {
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
    /// The workshop and its history.
    var document: DocumentState
    /// Where the user is.
    var navigation = NavigationState()
    /// Clock, timebox, capture defaults, closing review.
    var facilitation = FacilitationState()
    /// The file, its protection, and what waits to be saved or asked about.
    var session: FileSession
    /// Language, size, colours, bell, keys.
    var view: ViewSettings
    /// The other boards on the same file, leading and following.
    public internal(set) var sharing = SharingState()
    /// The room for phones: whether it is open, its link and QR code, how many joined.
    public internal(set) var room = BoardRoom()
    /// What lies over the screen, the topmost last: a question that must wait for an open prompt lies under it.
    var overlays: [Overlay] = []
    /// The status-line message.
    public internal(set) var message: Message?

    /// Creates the state for a workshop loaded from (or to be created at) `filePath`; a board that `follows` the
    /// file (`view`) or is `readOnly` changes nothing.
    public init(workshop: Workshop, filePath: String, fileExists: Bool = true, commentLines: [Int] = [],
                language: Language, width: Int = 80, height: Int = 24, template: ModelTemplate = .builtIn,
                theme: Theme = .standard, follows: Bool = false, readOnly: Bool = false) {
        self.template = template
        document = DocumentState(workshop: workshop, savedWorkshop: workshop, commentLines: commentLines)
        session = FileSession(filePath: filePath, fileExists: fileExists, isReadOnly: follows || readOnly, follows: follows)
        view = ViewSettings(language: language, width: width, height: height, theme: theme)
    }

    /// Whether there are changes since the last save (a new file that nobody typed into has none). Time counted
    /// in presentation mode is no change of its own: it goes into the file with the next save, or with the save
    /// that quitting makes for it.
    public var isModified: Bool {
        document.isModified
    }

    /// Whether only time counted in presentation mode waits to be saved.
    var hasUnsavedTimeOnly: Bool {
        fileExists && !isModified && workshop != savedWorkshop
    }

    /// What lies over the screen: the top of the overlays. Setting it replaces the top (nil takes it away, and
    /// what lay under it shows).
    public internal(set) var overlay: Overlay? {
        get { overlays.last }
        set {
            if !overlays.isEmpty { overlays.removeLast() }
            if let newValue { overlays.append(newValue) }
        }
    }

    /// The layout for the current size.
    public var layout: BoardLayout { BoardLayout(width: width, height: height, template: template) }

    /// The focused field.
    public var focusedField: Field { workshop[topic: focusTopic] }

    /// The place the focus is at.
    public var location: CardLocation { CardLocation(topic: focusTopic, column: column, index: cardIndex) }

    /// How many undo steps are available.
    public var undoDepth: Int { document.undoStack.count }

    /// The file the report is exported to: beside the workshop, with `.md` instead of `.yaml`.
    public var reportPath: String {
        for suffix in [".yaml", ".yml"] where filePath.hasSuffix(suffix) {
            return String(filePath.dropLast(suffix.count)) + ".md"
        }
        return filePath + ".md"
    }
}

// The parts' fields, as the reducer and the views read them; the launch settings can be set.
extension BoardState {
    /// The workshop as edited.
    public var workshop: Workshop { document.workshop }

    /// The workshop as last saved (or loaded).
    public var savedWorkshop: Workshop { document.savedWorkshop }

    /// Lines of the loaded file that held comments; empty once the user agreed to lose them.
    public var commentLines: [Int] { document.commentLines }

    /// The screen shown.
    public var screen: BoardScreen { navigation.screen }

    /// The focused field (1...20).
    public var focusTopic: Int { navigation.focusTopic }

    /// The focused column in the field view.
    public var column: Situation { navigation.column }

    /// The focused card in that column; in presentation mode one past the last card is the capture line.
    public var cardIndex: Int { navigation.cardIndex }

    /// The focused point of the parking lot.
    public var parkedIndex: Int { navigation.parkedIndex }

    /// The focused entry of the metadata form.
    public var metadataEntry: MetadataEntry { navigation.metadataEntry }

    /// The last search.
    public var search: BoardState.Search? { navigation.search }

    /// The loop's clock (seconds, monotonic) at the last tick.
    public var clock: Double {
        facilitation.clock
    }

    /// The timebox, once one was set.
    public var timebox: Timebox? { facilitation.timebox }

    /// The minutes last given for a timebox, offered the next time.
    var timeboxMinutes: Int {
        facilitation.timeboxMinutes
    }

    /// Method and author that quick capture gives new cards.
    public var capture: CaptureDefaults { facilitation.capture }

    /// The closing review, while it runs.
    public var review: Review? { facilitation.review }

    /// The workshop file.
    public var filePath: String { session.filePath }

    /// Whether the file exists yet (a new workshop is written at the first save).
    public var fileExists: Bool { session.fileExists }

    /// Whether the workshop is only shown: no change, no save, no recovery file.
    public var isReadOnly: Bool { session.isReadOnly }

    /// Whether the board follows the file, reloading each save (`sixcluster view`).
    public var follows: Bool { session.follows }

    /// Why the workshop file is write-protected (as vim's read-only files: edits are possible, a save asks first).
    public var writeProtection: String? { session.writeProtection }

    /// Where the last report went (offered again by the next export).
    var exportPath: String? { session.exportPath }

    /// Whether a save was asked for on the way out.
    public var quitAfterSave: Bool { session.quitAfterSave }

    /// The language of the board's own words.
    public var language: Language { view.language }

    /// The terminal's width.
    public var width: Int { view.width }

    /// The terminal's height.
    public var height: Int { view.height }

    /// The colours.
    public var theme: Theme { view.theme }

    /// Whether the terminal bell rings when a timebox runs out (off unless asked for).
    public var bellOnTimeout: Bool {
        get { view.bellOnTimeout }
        set { view.bellOnTimeout = newValue }
    }

    /// The key bindings the board runs with.
    public var keymap: Keymap {
        get { view.keymap }
        set { view.keymap = newValue }
    }

    /// Whether the mouse is on.
    public var mouse: Bool {
        get { view.mouse }
        set { view.mouse = newValue }
    }

    /// Whether the board's language is the workshop's own and changes with it (no `--lang`, no config language).
    public var languageFollowsWorkshop: Bool {
        get { view.languageFollowsWorkshop }
        set { view.languageFollowsWorkshop = newValue }
    }

    /// The name of the person at this board (`--author`), given to the cards typed here.
    public var writer: String? {
        get { sharing.writer }
        set { sharing.writer = newValue }
    }

    /// A new card typed here: by the person at this board, if named.
    func newCard(_ text: String) -> Card {
        Card(text, author: writer)
    }

    /// A card from quick capture (or parked from any card input): the capture's method and author – the
    /// facilitator's author speaks for the room; without one, the card is this board's user's.
    func capturedCard(_ text: String) -> Card {
        var card = capture.card(text)
        if card.author == nil { card.author = writer }
        return card
    }

    /// The format the export prompt offers until another one is chosen (the config file's `export-format`).
    public var exportFormat: ExportFormat {
        get { session.exportFormat }
        set { session.exportFormat = newValue }
    }
}
