import Foundation
import SixClusterFiles
import SixClusterModel

/// Phone cards for a field that is hidden until revealed (silent brainstorming): kept out of the workshop until the
/// facilitator reveals the field, then written all at once, so that nobody anchors on the first card. They are
/// kept in a file beside the workshop (`.NAME.sixcluster-room-held`, as readable as the workshop), written before
/// a phone hears its card was taken, so that a killed room loses none; the next room finds them there.
struct RoomHeldCards {
    /// One card waiting for its field to be revealed.
    struct Held: Codable, Equatable {
        var id: String
        var field: Int
        var column: Situation
        var text: String
        var author: String?
        var method: CollectionMethod?

        /// The card as it goes into the field.
        var card: Card { Card(text, author: author, method: method) }
    }

    let path: String
    private let workshop: String
    private let language: Language
    /// The cards waiting, in the order they came.
    private(set) var cards: [Held] = []

    /// The held cards beside the workshop file at `workshop`, as a room before this one left them.
    init(workshop: String, language: Language) {
        self.workshop = workshop
        self.language = language
        path = PathName.beside(workshop, ending: "sixcluster-room-held")
        if let bytes = try? WorkshopFileReader(language: language).bytes(of: path),
           let read = try? JSONDecoder().decode([Held].self, from: Data(bytes)) {
            cards = read
        }
    }

    /// How many cards wait, by field.
    var counts: [Int: Int] {
        cards.reduce(into: [:]) { $0[$1.field, default: 0] += 1 }
    }

    /// Keeps a card until its field is revealed; false (and nothing kept) when the file cannot be written.
    mutating func hold(_ card: Held) -> Bool {
        store(cards + [card])
    }

    /// The cards of a field, taken out once they are written to the workshop.
    func waiting(in field: Int) -> [Held] {
        cards.filter { $0.field == field }
    }

    /// Forgets cards that went into the workshop.
    mutating func written(_ ids: Set<String>) {
        _ = store(cards.filter { !ids.contains($0.id) })
    }

    /// Writes the list (or removes the file when it is empty).
    private mutating func store(_ list: [Held]) -> Bool {
        if list.isEmpty {
            unlink(path)
            cards = []
            return true
        }
        guard let data = try? JSONEncoder().encode(list) else { return false }
        do {
            try AtomicFileWriter(language: language).write(Array(data), to: path, permissions: .exactly(.matching(workshop: workshop)))
        } catch {
            return false
        }
        cards = list
        return true
    }
}
