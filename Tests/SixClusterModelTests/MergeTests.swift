import Testing
@testable import SixClusterModel

@Suite("Three-way merge, card by card")
struct MergeTests {
    private func workshop(_ ist: [String], _ soll: [String] = [], topic: Int = 1) -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "W", language: .de))
        workshop[topic: topic] = Field(topic: topic, ist: ist.map { Card($0) }, soll: soll.map { Card($0) })
        return workshop
    }

    private func merge(_ base: Workshop, _ ours: Workshop, _ theirs: Workshop) -> WorkshopMerge.Result {
        WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
    }

    @Test("both sides' additions are kept, each side's order kept; the same addition comes once")
    func additions() {
        let base = workshop(["a", "b"])
        let result = merge(base, workshop(["a", "x", "b"]), workshop(["a", "b", "y", "x"]))
        #expect(result.workshop[topic: 1].ist.map(\.text) == ["a", "x", "b", "y"])
        #expect(result.isClean)
    }

    @Test("a card deleted on one side and untouched on the other goes; an edit on one side is taken")
    func deleteAndEdit() {
        let base = workshop(["a", "b", "c"])
        let result = merge(base, workshop(["a", "c"]), workshop(["a", "b", "c (geändert)"]))
        #expect(result.workshop[topic: 1].ist.map(\.text) == ["a", "c (geändert)"])
        #expect(result.isClean)
    }

    @Test("a move between Ist and Soll, a reorder, a priority and a status on one side, dots on both, all merge")
    func movesAndDetails() {
        var base = workshop(["a", "b", "c"], ["z"])
        base[topic: 1].soll[0].votes = 1
        var ours = workshop(["c", "a", "b"], ["z"])
        ours[topic: 1].soll[0].votes = 3
        var theirs = workshop(["a", "c"], ["z", "b"])
        theirs[topic: 1].soll[0].votes = 2
        theirs[topic: 1].soll[0].priority = .high
        theirs[topic: 1].soll[0].status = .done
        let field = merge(base, ours, theirs).workshop[topic: 1]
        #expect(field.ist.map(\.text) == ["c", "a"], "our new order, their move")
        #expect(field.soll.map(\.text) == ["z", "b"])
        #expect(field.soll[0].votes == 4, "1 + 2 more here + 1 more there")
        #expect(field.soll[0].priority == .high)
        #expect(field.soll[0].status == .done, "a status merges like a priority")
    }

    @Test("both sides editing one card differently keep both texts, marked as a conflict")
    func editEdit() {
        let base = workshop(["a"])
        let result = merge(base, workshop(["a – unsere Fassung"]), workshop(["a – ihre Fassung"]))
        #expect(result.workshop[topic: 1].ist == [Card("a – unsere Fassung", conflict: "a – ihre Fassung")])
        #expect(result.conflicts == [.card(topic: 1, text: "a – unsere Fassung")])
    }

    @Test("an edit of a card the other side deleted brings the card back, marked, with its old text")
    func editDelete() {
        let base = workshop(["a", "b"])
        let result = merge(base, workshop(["a"]), workshop(["a", "b – ergänzt"]))
        #expect(result.workshop[topic: 1].ist == [Card("a"), Card("b – ergänzt", conflict: "b")])
        #expect(!result.isClean)
    }

    @Test("duplicated card texts are told apart by their order")
    func duplicates() {
        let base = workshop(["x", "x"])
        let result = merge(base, workshop(["x"]), workshop(["x", "x", "x"]))
        #expect(result.workshop[topic: 1].ist.map(\.text) == ["x", "x"], "one deleted here, one added there")
    }

    @Test("details, time spent and the parking lot merge too")
    func detailsTimeParked() {
        var base = workshop(["a"])
        base[topic: 1].seconds = 60
        var ours = base
        ours.metadata.title = "Neuer Titel"
        ours[topic: 1].seconds = 90
        ours.parked = [Card("Messe")]
        var theirs = base
        theirs.metadata.facilitator = "Ana"
        theirs[topic: 1].seconds = 100
        theirs.parked = [Card("Rabatte")]
        let merged = merge(base, ours, theirs).workshop
        #expect(merged.metadata.title == "Neuer Titel" && merged.metadata.facilitator == "Ana")
        #expect(merged[topic: 1].seconds == 130)
        #expect(merged.parked.map(\.text) == ["Messe", "Rabatte"])
    }

    @Test("a detail both sides changed differently keeps ours and names the detail by its key")
    func detailConflict() {
        let base = workshop(["a"])
        var ours = base, theirs = base
        ours.metadata.date = "2026-03-01"
        theirs.metadata.date = "2026-03-08"
        let result = merge(base, ours, theirs)
        #expect(result.workshop.metadata.date == "2026-03-01")
        #expect(result.conflicts == [.detail(key: "date")])
    }

    // MARK: - Random edits

    /// A small deterministic generator (SplitMix64), so that a failing case can be replayed from its seed.
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
        }
    }

    private static let words = ["Farbe", "Größe", "Preis", "Lieferzeit", "Montage", "漢字", "Griff"]

    private func randomWorkshop(_ random: inout Random) -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Basis", language: .de))
        for topic in [1, 2, 7] {
            let ist = (0..<random.next(5)).map { _ in Card(Self.words[random.next(Self.words.count)]) }
            let soll = (0..<random.next(4)).map { _ in Card(Self.words[random.next(Self.words.count)], votes: random.next(3)) }
            workshop[topic: topic] = Field(topic: topic, ist: ist, soll: soll)
        }
        return workshop
    }

    /// A few random edits: add, delete, change a text, move to the other column, swap two cards, give a dot.
    private func edited(_ workshop: Workshop, _ random: inout Random, tag: String) -> Workshop {
        var result = workshop
        for step in 0..<random.next(6) {
            let topic = [1, 2, 7][random.next(3)]
            let column: Situation = random.next(2) == 0 ? .ist : .soll
            var cards = result[topic: topic][column]
            switch random.next(6) {
            case 0: cards.insert(Card("\(tag)-neu-\(step)"), at: random.next(cards.count + 1))
            case 1 where !cards.isEmpty: cards.remove(at: random.next(cards.count))
            case 2 where !cards.isEmpty:
                let index = random.next(cards.count)
                cards[index].text += " (\(tag))"
            case 3 where !cards.isEmpty:
                let card = cards.remove(at: random.next(cards.count))
                result[topic: topic][column.other].append(card)
            case 4 where cards.count > 1: cards.swapAt(0, cards.count - 1)
            case 5 where !cards.isEmpty: cards[random.next(cards.count)].votes += 1
            default: break
            }
            result[topic: topic][column] = cards
        }
        return result
    }

    private func texts(_ workshop: Workshop) -> [String] {
        workshop.fields.flatMap { $0.ist + $0.soll }.map(\.text)
    }

    private func count(_ text: String, in texts: [String]) -> Int {
        texts.filter { $0 == text }.count
    }

    @Test("random edits on two copies: nothing new is lost, nothing doubled, either side may be ours, and the identities hold",
          arguments: 0..<200)
    func properties(seed: Int) {
        var random = Random(state: UInt64(seed))
        let base = randomWorkshop(&random)
        let ours = edited(base, &random, tag: "o")
        let theirs = edited(base, &random, tag: "t")
        let result = merge(base, ours, theirs).workshop
        let merged = texts(result) + result.fields.flatMap { $0.ist + $0.soll }.compactMap(\.conflict)
        let before = Set(texts(base))
        for text in Set(texts(ours) + texts(theirs)) where !before.contains(text) {
            #expect(merged.contains(text), "seed \(seed): “\(text)”, new on a side, is kept")
        }
        for text in Set(texts(result)) {
            #expect(count(text, in: texts(result)) <= max(count(text, in: texts(ours)), count(text, in: texts(theirs))),
                    "seed \(seed): “\(text)” is not doubled")
        }
        let swapped = merge(base, theirs, ours).workshop
        let swappedTexts = texts(swapped) + swapped.fields.flatMap { $0.ist + $0.soll }.compactMap(\.conflict)
        #expect(merged.sorted() == swappedTexts.sorted(), "seed \(seed): the same cards whichever side is ours")
        #expect(merge(base, ours, base).workshop == ours, "seed \(seed): merge(b, x, b) == x")
        #expect(merge(base, base, theirs).workshop == theirs, "seed \(seed): merge(b, b, y) == y")
        #expect(merge(base, ours, ours).workshop == ours, "seed \(seed): merge(b, x, x) == x")
    }
}
