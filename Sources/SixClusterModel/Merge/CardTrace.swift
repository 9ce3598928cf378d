/// Where a card of one version of a field is in a later version, told as the merge tells it (`SideChanges`): at
/// its new place, with its text changed by someone else, or gone. A board uses it to keep an open edit on the card
/// it was started on while the file changes under it.
public enum CardTrace: Equatable, Sendable {
    /// The card is still there (perhaps moved, or with other details), now at this place.
    case kept(column: Situation, index: Int)
    /// Its text was changed; the changed card is at this place.
    case edited(column: Situation, index: Int)
    /// It was deleted (or moved to another field).
    case gone

    /// Follows the card at `index` of `column` in field `topic` from `old` to `new`.
    public static func follow(topic: Int, column: Situation, index: Int, from old: Workshop, to new: Workshop) -> CardTrace {
        let before = old[topic: topic], after = new[topic: topic]
        guard before[column].indices.contains(index) else { return .gone }
        let texts = CardTexts(capacity: before.ist.count + before.soll.count)
        let base = ColumnsVersion([before.ist, before.soll], texts: texts)
        let side = ColumnsVersion([after.ist, after.soll], texts: texts)
        let key = base.keys[column == .ist ? 0 : 1][index]
        let situation = { (column: Int) -> Situation in column == 0 ? .ist : .soll }
        switch SideChanges(base: base, side: side).fate(of: key) {
        case .kept:
            guard let place = side.places[key] else { return .gone }
            return .kept(column: situation(place.column), index: place.index)
        case .edited(let changed):
            guard let place = side.places[changed] else { return .gone }
            return .edited(column: situation(place.column), index: place.index)
        case .deleted:
            return .gone
        }
    }
}
