import Testing
@testable import SixClusterModel

@Suite("Actions followed: due dates, overdue first, filters, the table, the spreadsheet and the calendar")
struct ActionListTests {
    private static let today = CalendarDate(year: 2026, month: 12, day: 8)!

    private func action(_ text: String, owner: String? = nil, due: String? = nil, status: ActionStatus = .open) -> Card {
        var card = Card(text)
        card.owner = owner
        card.due = due
        card.status = status
        return card
    }

    private func workshop(firm: String = "Schreinerei Holz") -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Fronten", organisation: firm, language: .de))
        workshop[topic: 5].soll = [
            action("later", owner: "Ana", due: "2027-03-31"),
            Card("a target, no action"),
            action("overdue long", owner: "Ben + Ana", due: "01.10.2026"),
            action("someday", owner: "Chen", due: "after the fair"),
            action("overdue but done", owner: "Ana", due: "2026-11-01", status: .done),
        ]
        workshop[topic: 2].soll = [action("overdue short", owner: "Dana", due: "2026-12-07", status: .doing)]
        workshop[topic: 2].ist = [action("an Ist card is no action", owner: "Dana", due: "2026-01-01")]
        return workshop
    }

    private func list(_ filter: ActionList.Filter = .init(), workshops: [Workshop]? = nil) -> ActionList {
        let chosen = (workshops ?? [workshop()]).enumerated().map { (source: "w\($0.offset).yaml", workshop: $0.element) }
        return ActionList(chosen, template: .builtIn, language: .en, today: Self.today, filter: filter)
    }

    @Test("due dates read as ISO or German days; anything else, and days that do not exist, are no date", arguments: [
        ("2027-03-31", "2027-03-31"), (" 31.03.2027 ", "2027-03-31"), ("1.4.2027", "2027-04-01"), ("2028-02-29", "2028-02-29"),
        ("2027-02-29", nil), ("2027-13-01", nil), ("Q2 2027", nil), ("2027-3-1", nil), ("", nil), ("31.03.27", nil),
    ] as [(String, String?)])
    func calendarDates(text: String, expected: String?) {
        #expect(CalendarDate(text)?.description == expected)
    }

    @Test("the day after the end of a month and of a year")
    func nextDay() {
        #expect(CalendarDate("2027-01-31")!.next.description == "2027-02-01")
        #expect(CalendarDate("2026-12-31")!.next.description == "2027-01-01")
        #expect(CalendarDate("2028-02-28")!.next.description == "2028-02-29")
    }

    @Test("only Soll cards with an owner or a due date are actions; overdue first (longest first), then by day, undated last")
    func order() {
        #expect(list().actions.map(\.text) == ["overdue long", "overdue short", "overdue but done", "later", "someday"])
        #expect(list().overdueCount == 2, "done and dropped actions are never overdue")
    }

    @Test("--owner finds a person among several owners, ignoring case; --overdue and --status narrow the list")
    func filters() {
        #expect(list(.init(owner: " ana ")).actions.map(\.text) == ["overdue long", "overdue but done", "later"])
        #expect(list(.init(overdueOnly: true)).actions.map(\.text) == ["overdue long", "overdue short"])
        #expect(list(.init(statuses: [.doing, .done])).actions.map(\.text) == ["overdue short", "overdue but done"])
        #expect(list(.init(owner: "An")).actions.isEmpty, "a part of a name is not the name")
    }

    @Test("the terminal table aligns its columns, marks overdue, names the firm once, and makes control characters visible")
    func table() {
        var one = workshop()
        one[topic: 5].soll[0].text = "later\u{1B}[2J\nsecond line"
        let text = ActionTable(list(workshops: [one]), language: .en).text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("!  Due "))
        #expect(lines[1].hasPrefix("!  01.10.2026      open    Ben + Ana  5 Brand / product / service  overdue long"))
        #expect(text.contains("later^[[2J / second line"))
        #expect(text.hasSuffix("\n5 actions (Schreinerei Holz), 2 overdue (as of 2026-12-08)\n"))
        #expect(!text.contains("Firm"))
        let two = ActionTable(list(workshops: [workshop(), workshop(firm: "Radhaus")]), language: .de).text()
        #expect(two.contains("Firma") && two.contains("Radhaus") && two.hasSuffix("10 Maßnahmen, 4 überfällig (Stand 2026-12-08)\n"))
        #expect(ActionTable(list(.init(owner: "Nobody")), language: .de).text().hasPrefix("Keine Maßnahme"))
    }

    @Test("the spreadsheet has a byte order mark, quotes where needed, the file, and keeps a formula as text")
    func csv() {
        var one = workshop()
        one[topic: 5].soll[0].text = "=HYPERLINK(\"x\"), really"
        let csv = ActionTable(list(workshops: [one]), language: .en).csv()
        #expect(csv.hasPrefix("\u{FEFF}Overdue,Due,Status,Owner,Field,Firm,Action,File\r\n"))
        #expect(csv.contains(",2027-03-31,open,Ana,5 Brand / product / service,Schreinerei Holz,\"'=HYPERLINK(\"\"x\"\"), really\",w0.yaml\r\n"))
        #expect(csv.contains("x,01.10.2026,open,"))
    }

    @Test("the calendar: one all-day event per dated action, escaped and folded at 75 bytes, CRLF, stable UIDs")
    func calendar() {
        var one = workshop()
        one[topic: 5].soll[0].text = "Fronten; Farben, Muster\\ " + String(repeating: "ä", count: 60)
        let ics = ActionCalendar(list(workshops: [one]), language: .en, stamp: "20261208T093000Z").text()
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR" && lines.last == "")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(ics.utf8.count { $0 == 0x0A } == lines.count - 1, "every line ends in CRLF")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4, "the undated action is left out")
        let unfolded = ics.replacing("\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Fronten\\; Farben\\, Muster\\\\ ä"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n"))
        #expect(unfolded.contains("SUMMARY:[done] overdue but done"))
        // The UID stays when the status, owner or date change, and differs between two equal texts in one field.
        var changed = one
        changed[topic: 5].soll[2].status = .done
        changed[topic: 5].soll[2].due = "2027-01-01"
        let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(Set(uids(ics)) == Set(uids(ActionCalendar(list(workshops: [changed]), language: .en, stamp: "20261208T093000Z").text())))
        var doubled = one
        doubled[topic: 2].soll.append(doubled[topic: 2].soll[0])
        #expect(Set(uids(ActionCalendar(list(workshops: [doubled]), language: .en, stamp: "x").text())).count == 5)
    }

    @Test("as to-dos: due day and the status iCalendar names")
    func todos() {
        let ics = ActionCalendar(list(), language: .de, kind: .todo, stamp: "20261208T093000Z").text()
        #expect(ics.contains("BEGIN:VTODO\r\n") && !ics.contains("VEVENT"))
        #expect(ics.contains("DUE;VALUE=DATE:20261207\r\nSTATUS:IN-PROCESS\r\n"))
        #expect(ics.contains("STATUS:COMPLETED") && ics.contains("STATUS:NEEDS-ACTION"))
    }
}
