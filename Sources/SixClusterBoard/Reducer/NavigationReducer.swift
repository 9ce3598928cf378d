import SixClusterModel

/// Where the user goes: the navigation part's own logic. It reads the workshop (how many cards a column holds)
/// and the layout (which field lies beside which), and changes nothing but the navigation.
extension NavigationState {
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
            parkedIndex = min(max(0, parkedIndex + dy), max(0, workshop.parked.count - 1))
        case .metadata:
            let entries = MetadataEntry.allCases
            metadataEntry = entries[min(max(0, metadataEntry.rawValue + dy), entries.count - 1)]
        }
    }

    /// Focuses a field, keeping the screen (the field view shows the new field; the parking lot and the form go
    /// back to the board). In presentation mode the capture line below the Ist cards is focused.
    mutating func focus(topic: Int, in workshop: Workshop) {
        focusTopic = topic
        if screen == .metadata || screen == .parkingLot { screen = .board }
        column = .ist
        cardIndex = screen == .presentation ? workshop[topic: topic][.ist].count : 0
    }

    /// Focuses a card.
    mutating func focus(_ place: CardLocation, in workshop: Workshop) {
        focusTopic = place.topic
        column = place.column
        cardIndex = place.index
        clampCard(in: workshop)
    }

    /// Keeps the card index inside the focused column (in presentation mode the capture line below the last
    /// card counts as a place too).
    mutating func clampCard(in workshop: Workshop) {
        let count = workshop[topic: focusTopic][column].count
        let last = screen == .presentation ? count : count - 1
        cardIndex = min(max(0, cardIndex), max(0, last))
    }

    /// Opens the focused field.
    mutating func open() {
        screen = .field
        column = .ist
        cardIndex = 0
    }
}
