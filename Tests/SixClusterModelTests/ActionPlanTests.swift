import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

@Suite("The action plan: targets by priority and votes, the seven action steps")
struct ActionPlanTests {
    private func workshop() -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .en))
        workshop[topic: 1] = Field(topic: 1, ist: [Card("one colour only"), Card(" ")], soll: [Card("more colours", votes: 2)])
        workshop[topic: 7] = Field(topic: 7, ist: [Card("too many variants")],
                                   soll: [Card("fewer variants", votes: 1, priority: .high), Card("unvoted")])
        workshop[topic: 17] = Field(topic: 17, ist: [], soll: [Card("fewer complaints", votes: 5), Card("later", priority: .low)])
        workshop[topic: 17].soll[0].owner = "Ana"
        workshop[topic: 17].soll[0].status = .doing
        workshop[topic: 17].soll[1].due = "2027-03-31"
        return workshop
    }

    @Test("targets are ranked by priority first, then by votes, then in the model's order")
    func ranking() {
        let plan = ActionPlan(workshop())
        #expect(plan.targets.map(\.card.text) == ["fewer variants", "later", "fewer complaints", "more colours", "unvoted"])
        #expect(plan.targets[3].from == [Card("one colour only")], "the field's Ist cards stand beside the target, blanks left out")
        #expect(plan.targets(in: [17], limit: 1).map(\.card.text) == ["later"])
    }

    @Test("the report's plan table shows from -> to with votes, priority, owner, due date and an action's status, as one well-formed table")
    func table() throws {
        let report = MarkdownReport(language: .en).render(workshop())
        #expect(report.contains("| Rank | Field | from (Ist) | to (Soll) | Votes | Priority | Owner | Due | Status |"))
        #expect(report.contains("| 1 | 7 Complexity | too many variants | fewer variants | 1 | high | – | – | – |"), "no action, no status")
        #expect(report.contains("| 2 | 17 Quality and reliability | – | later | 0 | low | – | 2027-03-31 | open |"))
        #expect(report.contains("| 3 | 17 Quality and reliability | – | fewer complaints | 5 | – | Ana | – | doing |"))
        #expect(report.contains("| 5 | 7 Complexity | see rank 1 | unvoted | 0 | – | – | – | – |"), "a field's Ist cards are named once")
        let html = try MarkdownRenderer.html(report)
        #expect(MarkdownRenderer.count("<table", in: html) == 1)
        #expect(MarkdownRenderer.count("<tr", in: html) == 6)
        #expect(MarkdownRenderer.count("<td", in: html) == 45)
    }

    @Test("the seven steps name the fields they build on and what was recorded there")
    func steps() {
        let report = MarkdownReport(language: .en).render(workshop())
        #expect(report.contains("""
        1. **Set out a manufacturing strategy of your own**
           - Builds on: the whole board; the leading targets: fewer variants · later · fewer complaints
        2. **Find out where customer wishes differ most**
           - Field 1 Customer needs: Ist: one colour only → Soll: more colours
        """))
        #expect(report.contains("   - Field 7 Complexity: Ist: too many variants → Soll: fewer variants · unvoted"))
        #expect(report.contains("   - Field 18 Data exchange: Ist: *nothing recorded* → Soll: *nothing recorded*"))
        #expect(ModelTemplate.builtIn.steps.map(\.topics) == [[], [1], [2], [5], [7], [17], [10, 17, 18, 19, 20]])
    }

    @Test("votes, priority and time spent appear with the field in German too")
    func extrasInTopics() {
        var workshop = workshop()
        workshop[topic: 7].seconds = 754
        let report = MarkdownReport(language: .de).render(workshop)
        #expect(report.contains("### 7 Komplexität\n\n*Zeit im Workshop: 12 min 34 s*"))
        #expect(report.contains("- fewer variants (1 Stimme, Priorität hoch)"))
        #expect(report.contains("- fewer complaints (5 Stimmen, verantwortlich: Ana, Status: in Arbeit)"))
        #expect(ReportBuilder.duration(45) == "45 s")
        #expect(ReportBuilder.duration(120) == "2 min")
        #expect(ReportBuilder.duration(4380) == "1 h 13 min")
    }

    @Test("time under a minute on a field is left out; the header names the whole duration")
    func meaningfulTime() {
        var workshop = workshop()
        workshop[topic: 1].seconds = 1
        workshop[topic: 7].seconds = 3600
        let report = MarkdownReport(language: .en).render(workshop)
        #expect(!report.contains("Time in the workshop: 1 s"))
        #expect(report.contains("*Time in the workshop: 1 h*"))
        #expect(report.contains("- **Duration (presentation mode):** 1 h\n"))
        #expect(!MarkdownReport(language: .en).render(self.workshop()).contains("Duration"), "no time, no line")
    }

    @Test("a workshop without Soll cards says so instead of an empty table")
    func noTargets() {
        let report = MarkdownReport(language: .de).render(Workshop())
        #expect(report.contains("### Ziele nach Priorität und Stimmen\n\n*Noch keine Soll-Karte.*"))
    }
}

@Suite("The action plan stays readable for big fields")
struct ActionPlanSizeTests {
    @Test("beside each target stand the field's first three Ist cards and how many more there are")
    func manyIstCards() {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .en))
        workshop[topic: 2] = Field(topic: 2, ist: (1...5).map { Card("now \($0)") }, soll: [Card("later")])
        let report = MarkdownReport(language: .en).render(workshop)
        #expect(report.contains("| 1 | 2 Customer communication | now 1 · now 2 · now 3 · (+2 more) | later | 0 | – | – | – |"))
        #expect(MarkdownReport(language: .de).render(workshop).contains("now 3 · (+2 weitere) |"))
    }

    @Test("under a step, a field's targets come best-ranked first, three of them, the rest counted")
    func stepsRanked() {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .en))
        workshop[topic: 5] = Field(topic: 5, ist: [Card("now")],
                                   soll: [Card("a"), Card("b", votes: 2), Card("c", priority: .low), Card("d", votes: 1)])
        let report = MarkdownReport(language: .en).render(workshop)
        #expect(report.contains("   - Field 5 Brand / product / service: Ist: now → Soll: c · b · d · (+1 more)"))
    }
}
