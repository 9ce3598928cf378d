import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

@Suite("The Markdown report")
struct MarkdownReportTests {
    static let hostile = [
        "# x", "## heading?", "| a | b |\n|---|---|\n| c | d |", "*bold* and _em_", "`code` ``` fence", "<script>alert(1)</script>",
        "[a](javascript:x)", "1. first", "2) second", "line one\nline two", "---", "===", "- item", "+ item",
        "> quote", "~~strike~~", "&amp; &#60; entity", "![img](http://x/y.png)", "ends with backslash \\",
        "<!-- comment", "    indented code", "Title\n===", "* * *", "[ref]: http://evil", "<https://x.y>",
        "- [ ] task", "\u{1B}[31mred\u{07}", "<div onclick=x>",
    ]

    private func hostileWorkshop() -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "# <b>Title</b> | x", organisation: "*Org*",
                                                           participants: ["<i>a</i>", "[b](c)"], language: .en))
        for topic in 1...20 {
            workshop[topic: topic] = Field(topic: topic, ist: Self.hostile.map { Card($0, author: "<b>me</b>", method: .survey) },
                                           soll: Self.hostile.map { Card($0) })
        }
        return workshop
    }

    @Test("the HTML report's text is what cmark-gfm makes of the Markdown report even with raw HTML, autolinks and task lists allowed: hostile cards included",
          arguments: Language.allCases)
    func htmlMatchesMarkdown(language: Language) throws {
        // A big workshop too, whose report is rendered in sections side by side.
        var big = try Fixtures.shipped("fahrradhandel-city-c200.yaml")
        for topic in 1...20 {
            big[topic: topic].ist += (0..<60).map { Card("Karte \(topic)/\($0): *Stern* und | Strich, <b>fett</b>") }
            big[topic: topic].soll += (0..<40).map { Card("Ziel \(topic)/\($0) – ## keine Überschrift", author: "Team \($0 % 3)", votes: $0 % 4) }
        }
        #expect(MarkdownReport(language: language).render(big).utf8.count > 200_000)
        for workshop in [hostileWorkshop(), try Fixtures.shipped("fahrradhandel-city-c200.yaml"), try Fixtures.shipped("joinery-kitchen-fronts.yaml"), big] {
            let page = HTMLReport(language: language).render(workshop)
            let body = try #require(page.range(of: "<main>\n").flatMap { start in
                page.range(of: "</main>", options: .backwards).map { String(page[start.upperBound..<$0.lowerBound]) }
            })
            let expected = try MarkdownRenderer.html(MarkdownReport(language: language).render(workshop))
            let difference = zip(body.split(separator: "\n"), expected.split(separator: "\n")).first { $0 != $1 }
            #expect(body == expected, "first difference: \(difference.map { "\($0.0)\n  cmark-gfm: \($0.1)" } ?? "in length")")
        }
    }

    @Test("has exactly one h1, six cluster h2 plus the action plan, twenty topic h3 plus two in the plan, whatever the cards hold",
          arguments: Language.allCases)
    func structure(language: Language) throws {
        for workshop in [hostileWorkshop(), Workshop(), Fixtures.workshop([1: (["a"], [])])] {
            let html = try MarkdownRenderer.html(MarkdownReport(language: language).render(workshop))
            #expect(MarkdownRenderer.count("<h1", in: html) == 1)
            #expect(MarkdownRenderer.count("<h2", in: html) == 7)
            #expect(MarkdownRenderer.count("<h3", in: html) == 22)
            let targets = ActionPlan(workshop).targets.count
            #expect(MarkdownRenderer.count("<ol", in: html) == (targets == 0 ? 1 : 2),
                    "the seven steps, and the leading targets in the summary when there are any")
            #expect(MarkdownRenderer.count("<table", in: html) == (targets == 0 ? 0 : 1))
            #expect(MarkdownRenderer.count("<tr", in: html) == (targets == 0 ? 0 : targets + 1))
            #expect(MarkdownRenderer.count("<td", in: html) == targets * 9, "every target row has its nine cells")
        }
    }

    @Test("each topic heading starts with its number, under its cluster, in the model's order")
    func headings() {
        let report = MarkdownReport(language: .de).render(Workshop())
        let headings = report.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.first == "# Six-Cluster-Workshop")
        #expect(headings[1] == "## Kunde")
        #expect(headings[2] == "### 1 Kundenbedürfnisse")
        #expect(headings.contains("### 10 Kooperationen in der Value Chain"))
        #expect(headings.contains("### 20 Kommunikation mit Partnern"))
        #expect(headings.suffix(3) == ["## Aktionsplan", "### Ziele nach Priorität und Stimmen", "### Sieben Handlungsschritte für KMU"])
    }

    @Test("hostile card text renders as literal text, never as markup")
    func escaping() throws {
        let hostile = try MarkdownRenderer.html(MarkdownReport(language: .en).render(hostileWorkshop()))
        let plain = try MarkdownRenderer.html(MarkdownReport(language: .en).render(benignWorkshop()))
        for tag in ["<script", "<a ", "<hr", "<blockquote", "<code", "<em>", "<del>", "<img",
                    "<pre", "<b>", "<i>", "<div", "<!--", "<input", "\u{1B}", "\u{07}"] {
            #expect(!hostile.contains(tag), "\(tag) must not come out of card text")
        }
        for tag in ["<strong>", "<ol", "<table", "<tr", "<td"] {
            #expect(MarkdownRenderer.count(tag, in: hostile) == MarkdownRenderer.count(tag, in: plain), "\(tag) only where the report puts it")
        }
        #expect(MarkdownRenderer.count("<li>", in: hostile) == MarkdownRenderer.count("<li>", in: plain))
        #expect(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(hostile.contains("[a](javascript:x)"))
        #expect(hostile.contains("# x"))
        #expect(hostile.contains("1. first"))
        #expect(hostile.contains("| a | b |"))
        #expect(hostile.contains("*bold* and _em_"))
        #expect(hostile.contains("`code` ``` fence"))
        #expect(hostile.contains("line one<br />\nline two"))
        #expect(hostile.contains("^[[31mred^G"))
        #expect(hostile.contains("&lt;b&gt;me&lt;/b&gt;"))
    }

    /// As many cards as the hostile workshop, with harmless text.
    private func benignWorkshop() -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Title", organisation: "Org", participants: ["a", "b"]))
        for topic in 1...20 {
            workshop[topic: topic] = Field(topic: topic,
                                           ist: Self.hostile.map { _ in Card("plain", author: "me", method: .survey) },
                                           soll: Self.hostile.map { _ in Card("plain") })
        }
        return workshop
    }

    @Test("empty fields and fields without a target are flagged in words")
    func flags() {
        let workshop = Fixtures.workshop([1: (["now"], ["later"]), 2: (["now"], [])])
        let english = MarkdownReport(language: .en).render(workshop)
        #expect(english.contains("**Completeness:** Ist 2/20, Soll 1/20"))
        #expect(english.contains("- 2 Customer communication: no target: no Soll card yet"))
        #expect(english.contains("- 3 Sticky information: empty: no Ist card yet"))
        #expect(english.contains("### 2 Customer communication\n\n**Attention:** no target: no Soll card yet."))
        let german = MarkdownReport(language: .de).render(workshop)
        #expect(german.contains("### 3 Sticky Information\n\n**Achtung:** leer: noch keine Ist-Karte."))
        #expect(!german.contains("### 1 Kundenbedürfnisse\n\n**Achtung"))
    }

    @Test("metadata, card author and method appear in the report")
    func metadataAndExtras() {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Räder", organisation: "Rad & Co", product: "City C 200",
                                                           date: "2026-03-12", facilitator: "Eva",
                                                           participants: ["Ana", "Ben"], language: .de))
        workshop[topic: 1] = Field(topic: 1, ist: [Card("Mehr Farben", author: "Ana", method: .interview)])
        let report = MarkdownReport(language: .de).render(workshop)
        #expect(report.hasPrefix("# Räder\n\n- **Organisation:** Rad \\& Co\n- **Produkt:** City C 200\n- **Datum:** 2026-03-12\n- **Moderation:** Eva\n- **Teilnehmende:** Ana, Ben\n"))
        #expect(report.contains("- Mehr Farben (Ana, Interview)"))
    }

    @Test("the complete bicycle example reports no flagged field")
    func completeExample() throws {
        let url = TestPaths.root.appendingPathComponent("Workshops/fahrradhandel-city-c200.yaml")
        let loaded = try WorkshopDecoder(file: "x", language: .de).decode(Array(try Data(contentsOf: url)))
        let report = MarkdownReport(language: .de).render(loaded.workshop)
        #expect(report.contains("Alle 20 Felder haben Ist- und Soll-Karten."))
        #expect(!report.contains("**Achtung:**"))
    }
}

@Suite("The report's parking lot")
struct ParkingLotReportTests {
    @Test("parked points stand in their own section before the action plan, in both languages; none, no section")
    func section() {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .en))
        #expect(!MarkdownReport(language: .en).render(workshop).contains("Parking lot"))
        workshop.parked = [Card("Trade fair 2027?", author: "Tom"), Card("*not* markup")]
        let english = MarkdownReport(language: .en).render(workshop)
        #expect(english.contains("## Parking lot\n\nPoints set aside, not yet in a field:\n\n- Trade fair 2027? (Tom)\n- \\*not\\* markup\n"))
        #expect(english.range(of: "## Parking lot")!.lowerBound < english.range(of: "## Action plan")!.lowerBound)
        #expect(MarkdownReport(language: .de).render(workshop).contains("## Themenspeicher\n"))
    }
}

@Suite("The report as a document")
struct ReportDocumentTests {
    @Test("the builder makes headings, paragraphs, lists and a table; the Markdown writer escapes only the text")
    func document() {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "# Titel | mit *Zeichen*", language: .en))
        workshop[topic: 7] = Field(topic: 7, ist: [Card("zwei\nZeilen")], soll: [Card("[Ziel](http://x)", votes: 2)])
        let document = ReportBuilder(language: .en).document(workshop)
        #expect(document.blocks.first == .heading(level: 1, [.text("# Titel | mit *Zeichen*")]), "text is held as it is")
        #expect(document.blocks.contains { if case .table = $0 { true } else { false } })
        #expect(document.blocks.contains(.list(ordered: false, [ReportListItem([.lines("zwei\nZeilen")])])))
        let markdown = MarkdownWriter.write(document)
        #expect(markdown.hasPrefix("# \\# Titel \\| mit \\*Zeichen\\*\n\n"))
        #expect(markdown.contains("- zwei\\\n  Zeilen\n"), "kept line breaks stay inside their list item")
        #expect(markdown.contains("| 1 | 7 Complexity | zwei Zeilen | \\[Ziel\\](http\\://x) | 2 | – | – | – |"))
    }

    @Test("a writer keeps the space that joins two pieces of text, and nests lists under numbered items")
    func writer() {
        let document = ReportDocument([
            .paragraph([.strong([.text("Label:")]), .text(" value")]),
            .list(ordered: true, [ReportListItem([.text("first")], children: [ReportListItem([.emphasis([.text("inner")])])])]),
        ])
        #expect(MarkdownWriter.write(document) == "**Label:** value\n\n1. first\n   - *inner*\n")
    }
}

@Suite("The report's summary")
struct ReportSummaryTests {
    @Test("the summary names the leading targets by priority and votes, then the weak fields, in both languages")
    func summary() {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .en))
        workshop[topic: 2] = Field(topic: 2, ist: [Card("now")], soll: [Card("low one", priority: .low), Card("voted", votes: 3)])
        workshop[topic: 5] = Field(topic: 5, ist: [Card("x")], soll: [Card("first", priority: .high)])
        let english = MarkdownReport(language: .en).render(workshop)
        #expect(english.contains("""
        The leading targets:

        1. first (field 5 Brand / product / service)
        2. low one (field 2 Customer communication)
        3. voted (field 2 Customer communication)

        Flagged fields:
        """))
        #expect(MarkdownReport(language: .de).render(workshop).contains("Die wichtigsten Ziele:\n\n1. first (Feld 5 "))
    }
}
