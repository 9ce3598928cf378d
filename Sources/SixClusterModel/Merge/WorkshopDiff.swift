/// What changed between two versions of a workshop, field by field: cards added, removed, changed (old → new) and
/// moved between Ist and Soll, fields that stopped (or started) being empty, and completeness before and after.
/// Cards are told apart as the merge tells them (`CardKey`, text changes as in `SideChanges`).
public struct WorkshopDiff: Equatable, Sendable {
    /// A card's text and its column (after the change; for a removed card, before).
    public struct CardPlace: Equatable, Sendable {
        /// The card's text.
        public var text: String
        /// Its column.
        public var column: Situation
    }

    /// A card's text changed.
    public struct Edit: Equatable, Sendable {
        /// The text before.
        public var old: String
        /// The text after.
        public var new: String
        /// The column after.
        public var column: Situation
    }

    /// A card with two versions, from a merge.
    public struct ConflictPlace: Equatable, Sendable {
        /// The text the card shows.
        public var text: String
        /// The other version.
        public var other: String
        /// Its column.
        public var column: Situation
    }

    /// What changed in one field.
    public struct FieldChanges: Equatable, Sendable {
        /// The field (1...20).
        public var topic: Int
        /// New cards.
        public var added: [CardPlace]
        /// Cards gone, with the column they were in.
        public var removed: [CardPlace]
        /// Cards whose text changed.
        public var edited: [Edit]
        /// Cards now in the other column (the column they are in now).
        public var moved: [CardPlace]
        /// Conflicts a merge marked since (two versions of a card).
        public var conflictsAdded: [ConflictPlace] = []
        /// Conflicts a person resolved since.
        public var conflictsResolved: [ConflictPlace] = []
        /// The field's status before.
        public var statusBefore: FieldStatus
        /// The field's status after.
        public var statusAfter: FieldStatus

        /// Whether anything changed.
        public var isEmpty: Bool {
            added.isEmpty && removed.isEmpty && edited.isEmpty && moved.isEmpty && statusBefore == statusAfter
                && conflictsAdded.isEmpty && conflictsResolved.isEmpty
        }

    }

    /// The fields that changed, in order.
    public var fields: [FieldChanges]
    /// Completeness before.
    public var before: Completeness
    /// Completeness after.
    public var after: Completeness
    /// Whether the workshop's details changed.
    public var detailsChanged: Bool
    /// Points added to the parking lot.
    public var parkedAdded: [String]
    /// Points gone from the parking lot.
    public var parkedRemoved: [String]

    /// Whether the two versions hold the same cards, details and parking lot (time spent aside).
    public var isEmpty: Bool {
        fields.isEmpty && !detailsChanged && parkedAdded.isEmpty && parkedRemoved.isEmpty
    }

    /// The changes from `old` to `new`.
    public init(old: Workshop, new: Workshop) {
        fields = (1...ModelTemplate.topicCount).compactMap { topic in
            let changes = Self.changes(topic: topic, old: old[topic: topic], new: new[topic: topic])
            return changes.isEmpty ? nil : changes
        }
        before = old.completeness
        after = new.completeness
        detailsChanged = old.metadata != new.metadata
        let texts = CardTexts()
        let parkedOld = ColumnsVersion([old.parked], texts: texts), parkedNew = ColumnsVersion([new.parked], texts: texts)
        let parked = SideChanges(base: parkedOld, side: parkedNew)
        parkedAdded = parked.added.map(parkedNew.text)
        parkedRemoved = parkedOld.keys[0].filter { parked.fate(of: $0) == .deleted }.map(parkedOld.text)
    }

    private static func changes(topic: Int, old: Field, new: Field) -> FieldChanges {
        let texts = CardTexts(capacity: old.ist.count + old.soll.count)
        let before = ColumnsVersion([old.ist, old.soll], texts: texts), after = ColumnsVersion([new.ist, new.soll], texts: texts)
        let side = SideChanges(base: before, side: after)
        let column = { (index: Int) -> Situation in index == 0 ? .ist : .soll }
        var removed: [CardPlace] = []
        var edited: [Edit] = []
        var moved: [CardPlace] = []
        for key in before.keys.joined() {
            let was = before.places[key]!.column
            switch side.fate(of: key) {
            case .deleted: removed.append(CardPlace(text: before.text(key), column: column(was)))
            case .edited(let new): edited.append(Edit(old: before.text(key), new: after.text(new), column: column(after.places[new]!.column)))
            case .kept:
                let now = after.places[key]!.column
                if now != was { moved.append(CardPlace(text: before.text(key), column: column(now))) }
            }
        }
        let added = side.added.map { CardPlace(text: after.text($0), column: column(after.places[$0]!.column)) }
        let conflictsBefore = conflicts(old), conflictsAfter = conflicts(new)
        return FieldChanges(topic: topic, added: added, removed: removed, edited: edited, moved: moved,
                            conflictsAdded: conflictsAfter.filter { !conflictsBefore.contains($0) },
                            conflictsResolved: conflictsBefore.filter { !conflictsAfter.contains($0) },
                            statusBefore: old.status, statusAfter: new.status)
    }

    /// The cards of a field that carry two versions.
    private static func conflicts(_ field: Field) -> [ConflictPlace] {
        guard field.conflictCount > 0 else { return [] }
        return Situation.allCases.flatMap { column in
            field[column].compactMap { card in card.conflict.map { ConflictPlace(text: card.text, other: $0, column: column) } }
        }
    }
}
