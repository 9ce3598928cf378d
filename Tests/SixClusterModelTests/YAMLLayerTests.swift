import Testing
@testable import SixClusterModel

@Suite("The YAML layer on libyaml")
struct YAMLLayerTests {
    @Test("texts other YAML readers would take for something else are recognised; all others read as text",
          arguments: [
              ("", false), ("~", false), ("null", false), ("NULL", false), ("yes", false), ("Off", false),
              ("TRUE", false), ("<<", false), ("=", false),
              ("42", false), ("-7", false), ("+0", false), ("0x1F", false), ("0b101", false), ("017", false),
              ("0o17", false), ("1_000", false), ("1:30", false), ("190:20:30", false),
              ("1.5", false), ("-.5", false), ("6.8e+3", false), ("1:30.5", false), (".inf", false), ("-.Inf", false),
              (".NaN", false), ("2026-03-12", false), ("2026-3-2 10:05:00", false), ("2026-03-12T10:05:00.5Z", false),
              ("2026-03-12 10:05:00 +1", false),
              ("Noch keine Ansprache", true), ("Yesterday", true), ("nope", true), ("7-Gang-Freilauf", true),
              ("3 Größen", true), ("1.5 Tage", true), ("-", true), (".", true), ("0xZZ", true), ("2026-03", true),
              ("12:60", true), ("+", true), ("- a dash", true), ("漢字", true),
          ] as [(String, Bool)])
    func plainText(value: String, readsAsText: Bool) {
        #expect(YAMLPlainText.readsAsText(value) == readsAsText)
    }

    @Test("a text that would be misread is written quoted, any other text plain")
    func quoting() throws {
        var workshop = Workshop(metadata: WorkshopMetadata(title: "2026-03-12", organisation: "Off", product: "7 Räder",
                                                           language: .de))
        workshop[topic: 1] = Field(topic: 1, ist: [Card("1:30"), Card("Yesterday")])
        let yaml = try WorkshopEncoder().encode(workshop)
        #expect(yaml.contains("\ntitle: '2026-03-12'\norganisation: 'Off'\nproduct: 7 Räder\n"))
        #expect(yaml.contains("\n  ist:\n  - '1:30'\n  - Yesterday\n"))
    }

    @Test("nodes carry their 1-based line and column in characters, anchors and styles as written")
    func places() throws {
        let root = try #require(try YAMLParser.parse("漢字: &a 'x'\nlist: [b,\n  c]\nother: *a\n"))
        let pairs = try #require(root.pairs)
        #expect(pairs.map(\.key.text) == ["漢字", "list", "other"])
        #expect((pairs[0].value.line, pairs[0].value.column) == (1, 5))
        #expect(pairs[0].value.anchor == "a")
        guard case .scalar("x", .singleQuoted) = pairs[0].value.content else {
            Issue.record("expected a single-quoted scalar, got \(pairs[0].value.content)")
            return
        }
        let items = try #require(pairs[1].value.items)
        #expect(items.map(\.text) == ["b", "c"])
        #expect(items.map(\.line) == [2, 3])
        guard case .alias("a") = pairs[2].value.content else {
            Issue.record("expected an alias, got \(pairs[2].value.content)")
            return
        }
        #expect((pairs[2].value.line, pairs[2].value.column) == (4, 8))
    }

    @Test("an empty stream has no document; a second one is refused where it starts")
    func documents() throws {
        #expect(try YAMLParser.parse("# only a comment\n") == nil)
        #expect(throws: YAMLSyntaxError.secondDocument(line: 2, column: 1)) { try YAMLParser.parse("a: 1\n---\nb: 2\n") }
    }

    @Test("deep nesting is built without recursion")
    func deepNesting() throws {
        let depth = 5_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try #require(try YAMLParser.parse(text))
        var levels = 0
        while let items = node.items, let first = items.first {
            node = first
            levels += 1
        }
        #expect(levels == depth - 1)
    }
}
