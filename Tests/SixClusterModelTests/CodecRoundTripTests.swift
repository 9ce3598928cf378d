import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

@Suite("Workshop files: reading and writing")
struct CodecRoundTripTests {
    @Test("every shipped workshop reads, writes and reads back to the same workshop and the same bytes",
          arguments: TestPaths.shippedWorkshops)
    func shippedFilesRoundTrip(url: URL) throws {
        let bytes = try Data(contentsOf: url)
        let loaded = try WorkshopDecoder(file: url.lastPathComponent, language: .en).decode(Array(bytes))
        let written = try WorkshopEncoder().encode(loaded.workshop)
        #expect(written == String(decoding: bytes, as: UTF8.self), "shipped files are kept in the form sixcluster writes")
        let again = try Fixtures.decode(written)
        #expect(again.workshop == loaded.workshop)
        #expect(try WorkshopEncoder().encode(again.workshop) == written)
    }

    @Test("texts that YAML could misread survive a round trip")
    func trickyTexts() throws {
        let texts = ["yes", "no", "123", "1.5", "null", "~", "", "- a dash", "# not a comment", "key: value", "'quoted'",
                     "\"double\"", "line one\nline two", "  leading spaces", "trailing spaces  ", "tab\there",
                     "ESC\u{1B}[31mred", "2026-11-24", "Grüße, Straße, ÄÖÜ", "漢字とかな", "emoji 🚲👍🏽", "a: b # c",
                     "*star", "&amp", "!tag", "%percent", "@at", "`tick`", "|pipe", ">folded", "[list]", "{map}",
                     "last line ends with newline\n", "\n\nblank lines first",
                     // Found by fuzzing: brackets in text are no nesting, however many there are.
                     "heig" + String(repeating: "{", count: 150) + "ht", String(repeating: "[", count: 120)]
        var workshop = Workshop(metadata: WorkshopMetadata(title: "yes", organisation: "123", language: .de))
        workshop[topic: 7] = Field(topic: 7, ist: texts.map { Card($0) },
                                   soll: texts.map { Card($0, author: $0.isEmpty ? nil : $0, method: .survey) })
        let yaml = try WorkshopEncoder().encode(workshop)
        let loaded = try Fixtures.decode(yaml)
        #expect(loaded.workshop == workshop)
        #expect(try WorkshopEncoder().encode(loaded.workshop) == yaml)
        #expect(!loaded.hasComments, "written files hold no comments")
    }

    @Test("non-ASCII text is written as readable UTF-8, never as \\u escapes")
    func readableUnicode() throws {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Fahrräder für Groß und Klein", language: .de))
        workshop[topic: 1] = Field(topic: 1, ist: [Card("Kunden wünschen größere Rahmen – 漢字")])
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.contains("title: Fahrräder für Groß und Klein\n"))
        #expect(yaml.contains("  - Kunden wünschen größere Rahmen – 漢字\n"))
        #expect(!yaml.contains("\\u"))
    }

    @Test("emoji and other characters beyond the BMP are written as themselves, also beside private-use characters")
    func astralCharacters() throws {
        let texts = ["Kräuter 🌿", "🚲👍🏽", "C:\\Users stays a backslash", "private \u{E000}\u{E001} and 𠀋", "🌿: key-like"]
        var workshop = Workshop(metadata: WorkshopMetadata(title: "Team 🌿", language: .de))
        workshop[topic: 2] = Field(topic: 2, ist: texts.map { Card($0) }, soll: [Card("🎯", author: "Ana 😀")])
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.contains("title: Team 🌿\n"))
        #expect(yaml.contains("  - Kräuter 🌿\n"))
        #expect(!yaml.contains("\\U0001"), "no escape written: \(yaml)")
        #expect(try Fixtures.decode(yaml).workshop == workshop)
    }

    @Test("each field carries its number and name; cards without extras are plain strings")
    func layout() throws {
        var workshop = Workshop(metadata: WorkshopMetadata(language: .de))
        workshop[topic: 3] = Field(topic: 3, ist: [Card("plain"), Card("rich", author: "Ana", method: .groupWork)])
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.hasPrefix("format: 1\n"))
        #expect(yaml.contains("""

        - topic: 3
          name: Sticky Information
          ist:
          - plain
          - text: rich
            by: Ana
            method: group-work
          soll: []

        """))
    }

    @Test("CRLF line endings, a byte-order mark and missing optional keys are accepted")
    func lenientInput() throws {
        let yaml = "\u{FEFF}format: 1\r\nfields:\r\n- topic: 2\r\n  ist:\r\n  - Telefon und E-Mail\r\n"
        let loaded = try Fixtures.decode(yaml)
        #expect(loaded.workshop[topic: 2].ist == [Card("Telefon und E-Mail")])
        #expect(loaded.workshop.metadata == WorkshopMetadata())
        #expect(try Fixtures.decode("format: 1\n").workshop == Workshop())
    }

    @Test("participants may be one name or a list; empty values are accepted")
    func participants() throws {
        #expect(try Fixtures.decode("format: 1\nparticipants: Ana\n").workshop.metadata.participants == ["Ana"])
        #expect(try Fixtures.decode("format: 1\nparticipants:\n- Ana\n- Ben\n").workshop.metadata.participants == ["Ana", "Ben"])
        let loaded = try Fixtures.decode("format: 1\ntitle:\nfields:\n- topic: 1\n  ist:\n  soll: ~\n")
        #expect(loaded.workshop.metadata.title == "")
        #expect(loaded.workshop[topic: 1] == Field(topic: 1))
    }

    @Test("fields may come in any order and are written in order 1 to 20")
    func fieldOrder() throws {
        let loaded = try Fixtures.decode("format: 1\nfields:\n- topic: 9\n  ist: [b]\n- topic: 2\n  ist: [a]\n")
        let yaml = try WorkshopEncoder().encode(loaded.workshop)
        let two = try #require(yaml.range(of: "- topic: 2\n"))
        let nine = try #require(yaml.range(of: "- topic: 9\n"))
        #expect(two.lowerBound < nine.lowerBound)
    }
}
