import Testing
@testable import SixClusterModel

@Suite("What happened since an earlier version: actions, fields, empty fields filled")
struct SinceChangesTests {
    private func action(_ text: String, status: ActionStatus = .open) -> Card {
        var card = Card(text)
        card.owner = "Ana"
        card.due = "2027-03-31"
        card.status = status
        return card
    }

    private func versions() -> (old: Workshop, new: Workshop) {
        var old = Workshop(metadata: WorkshopMetadata(language: .en))
        old[topic: 5].ist = [Card("three colours")]
        old[topic: 5].soll = [action("configurator"), action("samples"), action("fair", status: .doing), action("flyer"), Card("plain")]
        var new = old
        new[topic: 5].soll[0].status = .done
        new[topic: 5].soll[1].status = .doing
        new[topic: 5].soll[1].text = "colour samples"
        new[topic: 5].soll[2].status = .dropped
        new[topic: 5].soll[4].owner = "Ben"
        new[topic: 5].soll.append(action("showroom"))
        new[topic: 8].ist = [Card("orders by phone"), Card("and by mail")]
        new[topic: 5].ist = []
        return (old, new)
    }

    @Test("actions done, started (through an edit of their text), dropped and new; cards gained and lost; a field filled")
    func changes() {
        let (old, new) = versions()
        let since = SinceChanges(old: old, new: new, date: "2026-10-05")
        #expect(since.done.map(\.text) == ["configurator"])
        #expect(since.started.map(\.text) == ["colour samples"], "an edited text is the same action")
        #expect(since.dropped.map(\.text) == ["fair"])
        #expect(since.new.map(\.text) == ["plain", "showroom"], "a target that got an owner is a new action")
        #expect(since.fields == [SinceChanges.FieldCount(topic: 5, gained: 1, lost: 1), SinceChanges.FieldCount(topic: 8, gained: 2, lost: 0)])
        #expect(since.filled == [8])
        #expect(since.legend(language: .en) == "Since 2026-10-05: 1 actions done, 1 started, 1 dropped, 2 new actions, 3 new cards, 1 empty fields filled")
    }

    @Test("the report's section, after the summary, in German; no change says so")
    func section() {
        let (old, new) = versions()
        let report = MarkdownReport(language: .de, since: SinceChanges(old: old, new: new, date: "2026-10-05")).render(new)
        #expect(report.contains("## Seit 2026-10-05\n\n### Maßnahmen\n\n- **Erledigt:**\n  - configurator (Feld 5 Marke/Produkt/Dienstleistung, Ana, bis 2027-03-31)"))
        #expect(report.contains("- Feld 8 \(ModelTemplate.builtIn.topic(8).name[.de]): war leer, hat jetzt Ist-Karten"))
        #expect(report.contains("- Feld 5 Marke/Produkt/Dienstleistung: +1 −1 Karten"))
        #expect(report.range(of: "## Seit")!.lowerBound < report.range(of: "## Kunde")!.lowerBound)
        let same = MarkdownReport(language: .en, since: SinceChanges(old: new, new: new, date: "HEAD")).render(new)
        #expect(same.contains("## Since HEAD\n\n*No change.*"))
        let poster = SVGPoster(language: .en, since: SinceChanges(old: old, new: new, date: "2026-10-05")).render(new)
        #expect(poster.contains(">Since 2026-10-05: 1 actions done"))
        let html = HTMLReport(language: .en, since: SinceChanges(old: old, new: new, date: "2026-10-05")).render(new)
        #expect(html.contains("<h2>Since 2026-10-05</h2>") && html.contains("<strong>Done:</strong>"), "the HTML report holds the section")
        #expect(html.contains(">Since 2026-10-05: 1 actions done"), "and its poster the line")
    }
}
