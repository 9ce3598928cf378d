import SixClusterModel

/// Where the user is: the screen, the focused field, column, card, point of the parking lot or form entry, and the
/// last search. It changes only through its own methods, which read the workshop (how many cards a column holds)
/// and the layout (which field lies beside which) and change nothing but the navigation.
public struct NavigationState: Equatable, Sendable {
    /// The screen shown.
    public private(set) var screen: BoardScreen = .board
    /// The focused field (1...20).
    public private(set) var focusTopic: Int = 1
    /// The focused column in the field view.
    public private(set) var column: Situation = .ist
    /// The focused card in that column; in presentation mode one past the last card is the capture line.
    public private(set) var cardIndex: Int = 0
    /// The focused point of the parking lot.
    public private(set) var parkedIndex: Int = 0
    /// The focused entry of the metadata form.
    public private(set) var metadataEntry: MetadataEntry = .title
    /// The last search.
    public private(set) var search: BoardState.Search? = nil

    /// Arrow keys: between fields on the board, between columns and cards in the field view and presentation
    /// mode, between the points of the parking lot and the entries of the metadata form.
    mutating func move(dx: Int, dy: Int, in workshop: Workshop, layout: BoardLayout) {
        switch screen {
        case .board:
            if let next = layout.neighbour(of: focusTopic, dx: dx, dy: dy) { focus(topic: next, in: workshop) }
        case .field:
            if dx != 0 {
                column = dx < 0 ? .ist : .soll
            } else {
                cardIndex += dy
            }
            clampCard(in: workshop)
        case .presentation:
            if dx != 0 {
                column = dx < 0 ? .ist : .soll
                cardIndex = workshop[topic: focusTopic][column].count
            } else {
                cardIndex += dy
                clampCard(in: workshop)
            }
        case .parkingLot:
            focusParked(parkedIndex + dy, in: workshop)
        case .metadata:
            let entries = MetadataEntry.allCases
            metadataEntry = entries[min(max(0, metadataEntry.rawValue + dy), entries.count - 1)]
        }
    }

    /// Shows a screen, keeping the focus.
    mutating func show(_ screen: BoardScreen) {
        self.screen = screen
    }

    /// Focuses a field, keeping the screen (the field view shows the new field; the parking lot and the form go
    /// back to the board). In presentation mode the capture line below the Ist cards is focused.
    mutating func focus(topic: Int, in workshop: Workshop) {
        focusTopic = topic
        if screen == .metadata || screen == .parkingLot { screen = .board }
        column = .ist
        cardIndex = screen == .presentation ? workshop[topic: topic][.ist].count : 0
    }

    /// Makes a field the focused one and changes nothing else: the screen stays (after undo on the parking lot or
    /// the form, the board shows the field once back there).
    mutating func select(topic: Int) {
        focusTopic = topic
    }

    /// Focuses a card (kept inside its column).
    mutating func focus(_ place: CardLocation, in workshop: Workshop) {
        focusTopic = place.topic
        column = place.column
        cardIndex = place.index
        clampCard(in: workshop)
    }

    /// Focuses the capture line below the last card of the focused column (presentation mode).
    mutating func focusCaptureLine(in workshop: Workshop) {
        cardIndex = workshop[topic: focusTopic][column].count
    }

    /// After the workshop was replaced: the card found again where the selected one went (when it is still in the
    /// focused field) is focused, and the focus stays inside the columns and the parking lot.
    mutating func keep(_ selected: CardLocation?, in workshop: Workshop) {
        if let selected, selected.topic == focusTopic {
            column = selected.column
            cardIndex = selected.index
        }
        clampCard(in: workshop)
        focusParked(parkedIndex, in: workshop)
    }

    /// Keeps the card index inside the focused column (in presentation mode the capture line below the last
    /// card counts as a place too).
    mutating func clampCard(in workshop: Workshop) {
        let count = workshop[topic: focusTopic][column].count
        let last = screen == .presentation ? count : count - 1
        cardIndex = min(max(0, cardIndex), max(0, last))
    }

    /// Focuses a point of the parking lot (kept inside it).
    mutating func focusParked(_ index: Int, in workshop: Workshop) {
        parkedIndex = min(max(0, index), max(0, workshop.parked.count - 1))
    }

    /// Opens the focused field.
    mutating func open() {
        screen = .field
        column = .ist
        cardIndex = 0
    }

    /// Presentation mode on (on the focused field's capture line; from the board, below its Ist cards) or off
    /// (the field view of the same field).
    mutating func togglePresentation(in workshop: Workshop) {
        if screen == .presentation {
            screen = .field
            clampCard(in: workshop)
            return
        }
        if screen != .field { column = .ist }
        screen = .presentation
        focusCaptureLine(in: workshop)
    }

    /// Remembers a search (nil forgets it).
    mutating func remember(_ search: BoardState.Search?) {
        self.search = search
    }
}
