import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

@Suite("Format versions: 1 still opens, 2 holds votes, priorities and time spent")
struct FormatVersionTests {
    private func votedWorkshop() -> Workshop {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Votes", language: .en))
        workshop[topic: 5] = Field(topic: 5, ist: [Card("today")],
                                   soll: [Card("keep", votes: 3, priority: .high), Card("later", priority: .low)],
                                   seconds: 754)
        return workshop
    }

    @Test("a workshop without votes, priorities or time is written as format 1, readable by older versions")
    func plainStaysFormat1() throws {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .de))
        workshop[topic: 1] = Field(topic: 1, ist: [Card("a", author: "Ana", method: .survey)])
        #expect(workshop.requiredFormat == 1)
        #expect(try WorkshopEncoder().encode(workshop).hasPrefix("format: 1\n"))
    }

    @Test("votes, a priority and time spent are written as format 2 and read back the same")
    func format2RoundTrip() throws {
        let workshop = votedWorkshop()
        #expect(workshop.requiredFormat == 2)
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.hasPrefix("format: 2\n"))
        #expect(yaml.contains("""
          soll:
          - text: keep
            votes: 3
            priority: high
          - text: later
            priority: low
          seconds: 754

        """))
        let loaded = try Fixtures.decode(yaml)
        #expect(loaded.workshop == workshop)
        #expect(try WorkshopEncoder().encode(loaded.workshop) == yaml)
    }

    @Test("every shipped format 1 file opens and, unchanged, is written again as format 1",
          arguments: TestPaths.shippedWorkshops)
    func format1StillOpens(url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.hasPrefix("format: 1\n") else { return }
        let loaded = try Fixtures.decode(text)
        #expect(try WorkshopEncoder().encode(loaded.workshop).hasPrefix("format: 1\n"))
    }

    @Test("a format 1 file gains format 2 once a vote is given, and drops back when the votes are gone")
    func upgradeAndBack() throws {
        let original = try Fixtures.decode("format: 1\nfields:\n- topic: 2\n  ist: [a]\n  soll: [b]\n").workshop
        var voted = original
        voted[topic: 2].soll[0].votes = 1
        let upgraded = try WorkshopEncoder().encode(voted)
        #expect(upgraded.hasPrefix("format: 2\n"))
        #expect(try Fixtures.decode(upgraded).workshop[topic: 2].soll[0].votes == 1)
        voted[topic: 2].soll[0].votes = 0
        #expect(try WorkshopEncoder().encode(voted) == WorkshopEncoder().encode(original))
    }

    @Test("format 2 files may be written by hand with empty values and upper-case priorities")
    func lenientFormat2() throws {
        let loaded = try Fixtures.decode("""
        format: 2
        fields:
        - topic: 9
          ist: [x]
          soll:
          - text: y
            votes:
            priority: Medium
          seconds:
        """)
        #expect(loaded.workshop[topic: 9].soll[0] == Card("y", priority: .medium))
        #expect(loaded.workshop[topic: 9].seconds == 0)
    }

    @Test("a parking lot is written as format 3 at the end of the file and read back the same")
    func parkedIsFormat3() throws {
        var workshop = votedWorkshop()
        workshop.parked = [Card("Lieferanten-Rabatte klären"), Card("Messe 2027?", author: "Tom")]
        #expect(workshop.requiredFormat == 3)
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.hasPrefix("format: 3\n"))
        #expect(yaml.hasSuffix("parked:\n- Lieferanten-Rabatte klären\n- text: Messe 2027?\n  by: Tom\n"))
        #expect(try Fixtures.decode(yaml).workshop == workshop)
        workshop.parked = []
        #expect(try WorkshopEncoder().encode(workshop).hasPrefix("format: 2\n"), "an empty lot drops back")
    }

    @Test("a target's owner and due date are format 3 card keys, read back the same")
    func ownerAndDue() throws {
        var workshop = votedWorkshop()
        workshop[topic: 5].soll[0].owner = "Ana"
        workshop[topic: 5].soll[0].due = "2027-03-31"
        #expect(workshop.requiredFormat == 3)
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.contains("  - text: keep\n    votes: 3\n    priority: high\n    owner: Ana\n    due: '2027-03-31'\n"))
        #expect(try Fixtures.decode(yaml).workshop == workshop)
        #expect(Fixtures.problems(Data("format: 2\nfields:\n- topic: 1\n  soll:\n  - {text: x, owner: Ana}\n".utf8))
            == ["test.yaml:5:15: 'owner' needs format 3; write 'format: 3' at the top"])
    }

    @Test("an action's status and the method 'data' are format 4, read back the same; open is no status and drops back")
    func statusIsFormat4() throws {
        var workshop = votedWorkshop()
        workshop[topic: 5].soll[0].owner = "Ana"
        workshop[topic: 5].soll[0].status = .doing
        #expect(workshop.requiredFormat == 4)
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.hasPrefix("format: 4\n"))
        #expect(yaml.contains("  - text: keep\n    votes: 3\n    priority: high\n    owner: Ana\n    status: doing\n"))
        #expect(try Fixtures.decode(yaml).workshop == workshop)
        workshop[topic: 5].soll[0].status = .open
        #expect(try WorkshopEncoder().encode(workshop).hasPrefix("format: 3\n"), "open is not written")
        workshop[topic: 1].ist = [Card("600 orders a year", method: .data)]
        #expect(workshop.requiredFormat == 4)
        #expect(try Fixtures.decode(try WorkshopEncoder().encode(workshop)).workshop == workshop)
        let explicitOpen = "format: 4\nfields:\n- topic: 1\n  soll:\n  - {text: x, owner: Ana, status: Open}\n"
        #expect(try Fixtures.decode(explicitOpen).workshop[topic: 1].soll[0].status == .open)
    }

    @Test("'status' and 'method: data' under format 3, and an unknown status, are refused with their place")
    func statusNeedsFormat4() {
        #expect(Fixtures.problems(Data("format: 3\nfields:\n- topic: 1\n  soll:\n  - {text: x, owner: Ana, status: done}\n".utf8))
            == ["test.yaml:5:27: 'status' needs format 4; write 'format: 4' at the top"])
        #expect(Fixtures.problems(Data("format: 3\nfields:\n- topic: 1\n  ist:\n  - {text: x, method: data}\n".utf8))
            == ["test.yaml:5:23: 'method: data' needs format 4; write 'format: 4' at the top"])
        #expect(Fixtures.problems(Data("format: 4\nfields:\n- topic: 1\n  soll:\n  - {text: x, owner: Ana, status: finished}\n".utf8))
            == ["test.yaml:5:35: unknown status 'finished'; expected one of: open, doing, done, dropped"])
    }

    @Test("'parked' under format 2 is refused with its place")
    func parkedNeedsFormat3() {
        #expect(Fixtures.problems(Data("format: 2\nparked: [a]\n".utf8))
            == ["test.yaml:2:1: 'parked' needs format 3; write 'format: 3' at the top"])
    }

    @Test("time spent can be set aside to tell edits from the clock running")
    func ignoringTime() {
        let workshop = votedWorkshop()
        var later = workshop
        later[topic: 5].seconds += 30
        #expect(later != workshop)
        #expect(later.ignoringTimeSpent == workshop.ignoringTimeSpent)
        later[topic: 5].soll[0].votes += 1
        #expect(later.ignoringTimeSpent != workshop.ignoringTimeSpent)
    }
}
