/// The three-way merge of a workshop: what two copies (ours and theirs) made of a common base, card by card
/// (see `ColumnsMerge`), with the details, the time spent per field and the parking lot merged as well.
public enum WorkshopMerge {
    /// What a merge gave.
    public struct Result: Equatable, Sendable {
        /// The merged workshop.
        public var workshop: Workshop
        /// The conflicts: cards that carry another version (by field; field 0 is the parking lot) and details both
        /// sides changed differently (where ours was kept).
        public var conflicts: [Conflict]

        /// Whether the merge needs no person.
        public var isClean: Bool { conflicts.isEmpty }
    }

    /// One thing the merge could not decide.
    public enum Conflict: Equatable, Sendable {
        /// A card that now carries both versions: its field (1...20, 0 for the parking lot) and the text it shows.
        case card(topic: Int, text: String)
        /// A detail of the workshop both sides changed differently (ours kept), by its key in the file (`title`,
        /// `date`, …).
        case detail(key: String)
    }

    /// Merges `ours` and `theirs`, both made from `base`.
    public static func merge(base: Workshop, ours: Workshop, theirs: Workshop) -> Result {
        var result = ours
        var conflicts: [Conflict] = []
        result.metadata = metadata(base: base.metadata, ours: ours.metadata, theirs: theirs.metadata, conflicts: &conflicts)
        for topic in 1...ModelTemplate.topicCount {
            let (b, o, t) = (base[topic: topic], ours[topic: topic], theirs[topic: topic])
            let columns = ColumnsMerge(base: [b.ist, b.soll], ours: [o.ist, o.soll], theirs: [t.ist, t.soll])
            result[topic: topic] = Field(topic: topic, ist: columns.columns[0], soll: columns.columns[1],
                                         seconds: max(0, o.seconds + t.seconds - b.seconds))
            conflicts += columns.conflicts.map { Conflict.card(topic: topic, text: $0) }
        }
        let parked = ColumnsMerge(base: [base.parked], ours: [ours.parked], theirs: [theirs.parked])
        result.parked = parked.columns[0]
        conflicts += parked.conflicts.map { Conflict.card(topic: 0, text: $0) }
        return Result(workshop: result, conflicts: conflicts)
    }

    /// The details: each from the side that changed it; both changing one differently keeps ours and is named.
    /// Participants merge as a list: each side's additions kept, each side's removals done.
    private static func metadata(base: WorkshopMetadata, ours: WorkshopMetadata, theirs: WorkshopMetadata,
                                 conflicts: inout [Conflict]) -> WorkshopMetadata {
        var result = ours
        let texts: [(String, WritableKeyPath<WorkshopMetadata, String>)] = [
            ("title", \.title), ("organisation", \.organisation), ("product", \.product), ("date", \.date),
            ("facilitator", \.facilitator),
        ]
        for (name, path) in texts {
            if ours[keyPath: path] == base[keyPath: path] {
                result[keyPath: path] = theirs[keyPath: path]
            } else if theirs[keyPath: path] != base[keyPath: path] && theirs[keyPath: path] != ours[keyPath: path] {
                conflicts.append(.detail(key: name))
            }
        }
        if ours.language == base.language { result.language = theirs.language }
        let removed = Set(base.participants).subtracting(ours.participants).union(Set(base.participants).subtracting(theirs.participants))
        result.participants = (ours.participants + theirs.participants.filter { !ours.participants.contains($0) })
            .filter { !removed.contains($0) }
        return result
    }
}
