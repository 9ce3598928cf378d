import Foundation
import Testing
@testable import SixClusterModel

/// One broken file and the exact diagnostic it must produce.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: Data
    let expected: [String]

    init(_ name: String, _ text: String, _ expected: String...) {
        self.name = name
        self.bytes = Data(text.utf8)
        self.expected = expected
    }

    init(_ name: String, bytes: [UInt8], _ expected: String...) {
        self.name = name
        self.bytes = Data(bytes)
        self.expected = expected
    }

    var testDescription: String { name }
}

@Suite("Broken workshop files give FILE:LINE:COLUMN messages")
struct MalformedFileTests {
    static let cases: [MalformedCase] = [
        MalformedCase("empty file", "",
                      "test.yaml:1:1: the file is empty; a workshop file starts with 'format: 1'"),
        MalformedCase("only blanks", "  \n\n",
                      "test.yaml:1:1: the file is empty; a workshop file starts with 'format: 1'"),
        MalformedCase("only a comment", "# nothing here\n",
                      "test.yaml:1:1: the file holds no data; a workshop file starts with 'format: 1'"),
        MalformedCase("not UTF-8", bytes: Array("format: 1\ntitle: caf".utf8) + [0xE9, 0x0A],
                      "test.yaml:2:11: not valid UTF-8 (byte 0xE9); save the file as UTF-8"),
        MalformedCase("binary NUL byte", bytes: Array("format: 1\ntitle: a".utf8) + [0x00, 0x62, 0x0A],
                      "test.yaml:2:9: YAML syntax error: control characters are not allowed (U+0000)"),
        MalformedCase("unclosed bracket", "format: 1\ntitle: [unclosed\norganisation: x\n",
                      "test.yaml:3:13: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"),
        MalformedCase("tab indentation", "format: 1\nfields:\n\t- topic: 1\n",
                      "test.yaml:3:1: YAML syntax error: found character that cannot start any token (while scanning for the next token)"),
        MalformedCase("a list at the top", "- format: 1\n",
                      "test.yaml:1:1: the top level must be a mapping (key: value), found a list"),
        MalformedCase("missing format", "title: Workshop\n",
                      "test.yaml:1:1: missing 'format: 1' at the top of the file"),
        MalformedCase("format is not a number", "format: one\n",
                      "test.yaml:1:9: 'format' must be a whole number, found 'one'"),
        MalformedCase("newer format", "format: 5\ntitle: x\n",
                      "test.yaml:1:9: format 5 was written by a newer sixcluster; this version reads up to format 4, please update sixcluster"),
        MalformedCase("unknown old format", "format: 0\n",
                      "test.yaml:1:9: unknown format 0; this version reads formats 1 to 4"),
        MalformedCase("votes in a format 1 file", "format: 1\nfields:\n- topic: 1\n  soll:\n  - text: a\n    votes: 2\n",
                      "test.yaml:6:5: 'votes' needs format 2; write 'format: 2' at the top"),
        MalformedCase("time spent in a format 1 file", "format: 1\nfields:\n- topic: 1\n  seconds: 60\n",
                      "test.yaml:4:3: 'seconds' needs format 2; write 'format: 2' at the top"),
        MalformedCase("negative votes", "format: 2\nfields:\n- topic: 1\n  soll:\n  - text: a\n    votes: -1\n",
                      "test.yaml:6:12: 'votes' must be a whole number from 0, found '-1'"),
        MalformedCase("votes as a list", "format: 2\nfields:\n- topic: 1\n  soll:\n  - text: a\n    votes: [1]\n",
                      "test.yaml:6:12: 'votes' must be text, found a list"),
        MalformedCase("unknown priority", "format: 2\nfields:\n- topic: 1\n  soll:\n  - text: a\n    priority: urgent\n",
                      "test.yaml:6:15: unknown priority 'urgent'; expected one of: high, medium, low"),
        MalformedCase("seconds not a number", "format: 2\nfields:\n- topic: 1\n  seconds: 5 min\n",
                      "test.yaml:4:12: 'seconds' must be a whole number from 0, found '5 min'"),
        MalformedCase("mistyped key", "format: 1\ntittle: Workshop\n",
                      "test.yaml:2:1: unknown key 'tittle' (expected: format, title, organisation, product, date, facilitator, participants, language, fields, parked); did you mean 'title'?"),
        MalformedCase("title is a list", "format: 1\ntitle:\n  - a\n",
                      "test.yaml:3:3: 'title' must be text, found a list"),
        MalformedCase("unknown language", "format: 1\nlanguage: fr\n",
                      "test.yaml:2:11: unknown language 'fr'; expected de or en"),
        MalformedCase("duplicate key", "format: 1\ntitle: a\ntitle: b\n",
                      "test.yaml:3:1: duplicate key 'title' (first at line 2)"),
        MalformedCase("of several repeated keys, the first repeat in the file is named",
                      "format: 1\ntitle: a\norganisation: x\norganisation: y\ntitle: b\ntitle: c\n",
                      "test.yaml:4:1: duplicate key 'organisation' (first at line 3)"),
        MalformedCase("a key given three times is named at its second place",
                      "format: 1\nfields:\n- topic: 1\n  ist: [a]\n  topic: 2\n  topic: 3\n",
                      "test.yaml:5:3: duplicate key 'topic' (first at line 3)"),
        MalformedCase("two documents", "format: 1\ntitle: a\n---\nformat: 1\n",
                      "test.yaml:3:1: a second YAML document ('---'); the file holds exactly one"),
        MalformedCase("fields is not a list", "format: 1\nfields: 3\n",
                      "test.yaml:2:9: 'fields' must be a list, found '3'"),
        MalformedCase("topic out of range", "format: 1\nfields:\n- topic: 21\n",
                      "test.yaml:3:10: topic 21 does not exist; topics are numbered 1 to 20"),
        MalformedCase("topic zero", "format: 1\nfields:\n- topic: 0\n",
                      "test.yaml:3:10: topic 0 does not exist; topics are numbered 1 to 20"),
        MalformedCase("topic is not a number", "format: 1\nfields:\n- topic: eins\n",
                      "test.yaml:3:10: 'topic' must be a number from 1 to 20, found 'eins'"),
        MalformedCase("topic twice", "format: 1\nfields:\n- topic: 4\n- topic: 4\n",
                      "test.yaml:4:10: topic 4 appears twice (first at line 3)"),
        MalformedCase("field without topic", "format: 1\nfields:\n- ist: [a]\n",
                      "test.yaml:3:3: field without 'topic' (a number from 1 to 20)"),
        MalformedCase("mistyped field key", "format: 1\nfields:\n- topic: 1\n  ists: [a]\n",
                      "test.yaml:4:3: unknown key 'ists' in 'fields' (expected: topic, name, ist, soll, seconds); did you mean 'ist'?"),
        MalformedCase("card without text", "format: 1\nfields:\n- topic: 1\n  ist:\n  - by: Ana\n",
                      "test.yaml:5:5: a card needs 'text'"),
        MalformedCase("card with a colon in its text", "format: 1\nfields:\n- topic: 1\n  ist:\n  - Google reviews: 4.1 \"stars\"\n",
                      "test.yaml:5:5: a card needs 'text' – the colon after “Google reviews” makes YAML read a key and a value; "
                      + "in quotes it stays in the text: - \"Google reviews: 4.1 \\\"stars\\\"\""),
        MalformedCase("unknown method", "format: 1\nfields:\n- topic: 1\n  ist:\n  - text: a\n    method: workshop\n",
                      "test.yaml:6:13: unknown method 'workshop'; expected one of: group-work, brainstorming, interview, survey, data, other"),
        MalformedCase("alias", "format: 1\ntitle: &t Workshop\norganisation: *t\n",
                      "test.yaml:3:15: anchors and aliases (&name, *name) are not allowed in sixcluster's files"),
        MalformedCase("alias after umlauts, its column counted in characters", "format: 1\ntitle: &t Workshop\nfür: *t\n",
                      "test.yaml:3:6: anchors and aliases (&name, *name) are not allowed in sixcluster's files"),
        MalformedCase("anchor without alias", "format: 1\ntitle: &t Workshop\n",
                      "test.yaml:2:8: anchors and aliases (&name, *name) are not allowed in sixcluster's files"),
        MalformedCase("alias bomb as a mapping key, refused before parsing",
                      "format: 1\na: &a [x, x, x]\nb: &b [*a, *a, *a]\n? *b\n: x\n",
                      "test.yaml:3:8: anchors and aliases (&name, *name) are not allowed in sixcluster's files"),
        MalformedCase("nested too deep", "format: 1\ntitle: " + String(repeating: "[", count: 200) + "\n",
                      "test.yaml:2:1: nested too deeply (more than 100 levels)"),
        MalformedCase("several problems at once", "format: 1\nlanguage: xx\nfields:\n- topic: 99\n",
                      "test.yaml:2:11: unknown language 'xx'; expected de or en",
                      "test.yaml:4:10: topic 99 does not exist; topics are numbered 1 to 20"),
    ]

    @Test("each broken file gives its exact place and message", arguments: cases)
    func malformed(_ testCase: MalformedCase) {
        #expect(Fixtures.problems(testCase.bytes) == testCase.expected)
    }

    @Test("messages are given in German too")
    func german() {
        #expect(Fixtures.problems(Data("format: 1\ntittle: x\n".utf8), language: .de) == [
            "test.yaml:2:1: unbekannter Schlüssel 'tittle' (erwartet: format, title, organisation, product, date, facilitator, participants, language, fields, parked); meinten Sie 'title'?",
        ])
        #expect(Fixtures.problems(Data("format: 5\n".utf8), language: .de) == [
            "test.yaml:1:9: Format 5 stammt von einer neueren sixcluster-Version; diese liest bis Format 4, bitte sixcluster aktualisieren",
        ])
    }

    @Test("control characters in a bad value are shown visibly in the message")
    func visibleValues() {
        #expect(Fixtures.problems(Data("format: 1\nlanguage: \"\\e[2J\"\n".utf8)) == [
            "test.yaml:2:11: unknown language '^[[2J'; expected de or en",
        ])
    }
}
