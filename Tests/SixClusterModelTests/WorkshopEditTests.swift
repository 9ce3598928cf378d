import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

/// Edits as values: every kind of edit on every kind of field is carried out as asked, and the edits it gives back
/// restore the workshop exactly; a refused edit changes nothing.
@Suite("Workshop edits as values")
struct WorkshopEditTests {
    /// Fields of every kind: empty (8), Ist only (3), Ist and Soll (1, 7), a repeated text (7), a parked point.
    private func workshop() throws -> Workshop {
        var workshop = try Fixtures.shipped("joinery-kitchen-fronts.yaml")
        workshop[topic: 7].soll.append(Card("Cut the handle range to eight"))
        workshop[topic: 7].soll[0].votes = 2
        workshop[topic: 7].soll[0].owner = "Ole"
        workshop.parked = [Card("Later: a showroom"), Card("Ask the paint supplier")]
        return workshop
    }

    /// Every edit the model knows, on fields of every kind.
    private func edits(_ w: Workshop) -> [WorkshopEdit] {
        let first = { (topic: Int, column: Situation) in CardAddress(topic: topic, column: column, index: 0, in: w)! }
        let second = CardAddress(topic: 7, column: .soll, index: 1, in: w)!
        var edits: [WorkshopEdit] = []
        for topic in [1, 3, 8, 20] {
            for column in Situation.allCases {
                edits += [.add(Card("Neu \(topic) \(column)", author: "anna"), topic: topic, column: column),
                          .add(Card("Vorn"), topic: topic, column: column, at: 0)]
            }
        }
        edits += [
            .addAll([Card("Eins"), Card("Zwei", author: "anna"), Card("Eins")], topic: 8, column: .ist),
            .addAll([Card("Drei")], topic: 7, column: .soll),
            .park(Card("Neuer Punkt")), .park(Card("Vorn im Speicher"), at: 0), .deleteParked(Card("Ask the paint supplier")),
            .edit(first(1, .ist), text: "Geändert"), .edit(second, text: "Die zweite gleiche Karte"),
            .replace(first(7, .soll), with: Card("Ganz neu", author: "mia", votes: 3)),
            .delete(first(1, .ist)), .delete(first(3, .ist)), .delete(second),
            .move(first(1, .ist), topic: 1, column: .soll), .move(first(7, .soll), topic: 8, column: .ist),
            .copy(first(1, .soll), topic: 1, column: .ist), .copy(first(3, .ist), topic: 20, column: .soll),
            .vote(first(7, .soll), dots: 1), .vote(first(7, .soll), dots: -5),
            .setOwner(first(7, .soll), "Jana"), .setDue(first(1, .soll), "2027-03-31"),
            .setStatus(first(7, .soll), .doing), .setStatus(first(7, .soll), .dropped),
            .unpark(Card("Later: a showroom"), topic: 8, column: .soll),
        ]
        return edits
    }

    @Test("each edit is carried out, and the edits it gives back restore the workshop exactly")
    func appliedAndUndone() throws {
        let original = try workshop()
        for edit in edits(original) {
            var changed = original
            guard case .success(let undo) = changed.apply(edit) else {
                Issue.record("\(edit) is carried out")
                continue
            }
            #expect(changed != original, "\(edit) changes something")
            for step in undo {
                guard case .success = changed.apply(step) else {
                    Issue.record("\(step), undoing \(edit), is carried out")
                    break
                }
            }
            #expect(changed == original, "\(edit) undone")
        }
    }

    @Test("an edit that changes nothing (a dot taken from a card without dots, a blank owner where none is) gives back what restores it")
    func noChange() throws {
        let original = try workshop()
        let card = CardAddress(topic: 1, column: .soll, index: 0, in: original)!
        for edit in [WorkshopEdit.vote(card, dots: -1), .setOwner(card, "  ")] {
            var changed = original
            guard case .success(let undo) = changed.apply(edit) else { Issue.record("\(edit)"); continue }
            #expect(changed == original)
            undo.forEach { changed.apply($0) }
            #expect(changed == original)
        }
    }

    @Test("what each edit does")
    func effects() throws {
        var w = try workshop()
        w.apply(.add(Card("Vorn"), topic: 8, column: .ist, at: 0))
        w.apply(.add(Card("Hinten"), topic: 8, column: .ist))
        #expect(w[topic: 8].ist.map(\.text) == ["Vorn", "Hinten"])
        let twin = CardAddress(topic: 7, column: .soll, index: 1, in: w)!
        w.apply(.edit(twin, text: "Nur die zweite"))
        #expect(w[topic: 7].soll.map(\.text) == ["Cut the handle range to eight", "Nur die zweite"], "the second of two equal cards")
        w.apply(.vote(CardAddress(topic: 7, column: .soll, index: 0, in: w)!, dots: -9))
        #expect(w[topic: 7].soll[0].votes == 0, "never below none")
        w.apply(.move(CardAddress(topic: 8, column: .ist, index: 0, in: w)!, topic: 9, column: .soll))
        #expect(w[topic: 8].ist.map(\.text) == ["Hinten"] && w[topic: 9].soll.last?.text == "Vorn")
        w.apply(.unpark(Card("Later: a showroom"), topic: 4, column: .ist))
        #expect(w[topic: 4].ist.map(\.text) == ["Later: a showroom"] && w.parked.map(\.text) == ["Ask the paint supplier"])
    }

    @Test("refused edits say why and change nothing", arguments: [
        (WorkshopEdit.add(Card("x"), topic: 21, column: .ist), EditRefusal.noSuchField(21)),
        (.add(Card("x"), topic: 0, column: .soll), .noSuchField(0)),
        (.add(Card("   "), topic: 1, column: .ist), .emptyText),
        (.add(Card(String(repeating: "a", count: 4001)), topic: 1, column: .ist), .textTooLong(4001)),
        (.park(Card("")), .emptyText),
        (.addAll([Card("gut"), Card(" ")], topic: 1, column: .ist), .emptyText),
        (.addAll([Card("gut")], topic: 22, column: .ist), .noSuchField(22)),
        (.edit(CardAddress(topic: 1, column: .ist, index: 0, card: Card("gibt es nicht")), text: "x"), .cardGone),
        (.delete(CardAddress(topic: 99, column: .ist, index: 0, card: Card("x"))), .cardGone),
        (.setOwner(CardAddress(topic: 1, column: .ist, index: 0, card: Card("Customers mostly differ on width and height, rarely on depth",
                                                                            author: "Sam Okafor", method: .interview)), "Jana"), .notATarget),
        (.unpark(Card("nicht geparkt"), topic: 1, column: .ist), .cardGone),
        (.setStatus(CardAddress(topic: 7, column: .soll, index: 1, card: Card("Cut the handle range to eight")), .done), .notAnAction),
        (.move(CardAddress(topic: 1, column: .soll, index: 0, card: Card("Offer any RAL colour for a surcharge, keep six colours as the fast lane")),
               topic: 25, column: .ist), .noSuchField(25)),
    ])
    func refused(edit: WorkshopEdit, refusal: EditRefusal) throws {
        let original = try workshop()
        var changed = original
        #expect(changed.apply(edit) == .failure(refusal))
        #expect(changed == original)
        #expect(!refusal.message(in: .de).isEmpty && !refusal.message(in: .en).isEmpty)
    }

    @Test("a field number is parsed in one place: 1 to 20, spaces allowed, nothing else")
    func fieldNumbers() {
        #expect(FieldNumber.parse(" 7 ") == 7 && FieldNumber.parse("20") == 20 && FieldNumber.parse("1") == 1)
        for bad in ["0", "21", "-3", "seven", "", "7a", "1.5"] { #expect(FieldNumber.parse(bad) == nil, "\(bad)") }
    }
}
