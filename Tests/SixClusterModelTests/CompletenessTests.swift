import Testing
@testable import SixClusterModel

@Suite("Completeness")
struct CompletenessTests {
    @Test("a field without Ist cards is empty, with Ist but no Soll it has no target")
    func statuses() {
        #expect(Field(topic: 1).status == .empty)
        #expect(Field(topic: 1, soll: [Card("only a target")]).status == .empty)
        #expect(Field(topic: 1, ist: [Card("now")]).status == .noTarget)
        #expect(Field(topic: 1, ist: [Card("now")], soll: [Card("later")]).status == .complete)
    }

    @Test("a card whose text is blank counts as no card")
    func blankCards() {
        let field = Field(topic: 2, ist: [Card("  \n\t ")], soll: [Card("")])
        #expect(field.count(.ist) == 0)
        #expect(field.status == .empty)
        let withTarget = Field(topic: 2, ist: [Card("x")], soll: [Card("   ")])
        #expect(withTarget.status == .noTarget)
    }

    @Test("the board counts fields with Ist and with Soll, and lists the flagged ones")
    func board() {
        let workshop = Fixtures.workshop([1: (["a"], ["b"]), 2: (["a"], []), 3: ([], ["b"])])
        let completeness = workshop.completeness
        #expect(completeness.istCount == 2)
        #expect(completeness.sollCount == 2)
        #expect(completeness.emptyTopics == [3] + Array(4...20))
        #expect(completeness.noTargetTopics == [2])
        #expect(completeness.flagged.map(\.topic) == Array(2...20))
        #expect(!completeness.hasNoEmptyField)
        #expect(workshop.cardCount == 4)
    }

    @Test("a workshop always has twenty fields, whatever it is given")
    func twentyFields() {
        let workshop = Workshop(fields: [Field(topic: 25, ist: [Card("x")]), Field(topic: 4, ist: [Card("y")])])
        #expect(workshop.fields.count == 20)
        #expect(workshop.fields.map(\.topic) == Array(1...20))
        #expect(workshop[topic: 4].ist == [Card("y")])
    }
}
