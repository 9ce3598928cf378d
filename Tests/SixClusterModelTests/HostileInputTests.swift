import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
@testable import SixClusterModel

@Suite("Hostile and huge input ends with a result or a clear message")
struct HostileInputTests {
    @Test("a 1 MB single line is read")
    func longLine() throws {
        let loaded = try Fixtures.decode("format: 1\ntitle: " + String(repeating: "x", count: 1_000_000) + "\n")
        #expect(loaded.workshop.metadata.title.count == 1_000_000)
    }

    @Test("a 1 MB line of broken YAML gives its place")
    func longBrokenLine() {
        let problems = Fixtures.problems(Data(("format: 1\ntitle: [" + String(repeating: "a,", count: 500_000) + "\n").utf8))
        #expect(problems == ["test.yaml:3:1: YAML syntax error: did not find expected node content (while parsing a flow node)"])
    }

    @Test("100,000 cards are read")
    func manyCards() throws {
        var text = "format: 1\nfields:\n"
        for topic in 1...20 {
            text += "- topic: \(topic)\n  ist:\n" + (0..<5000).map { "  - card \(topic)-\($0)\n" }.joined()
        }
        let loaded = try Fixtures.decode(text)
        #expect(loaded.workshop.cardCount == 100_000)
    }

    @Test("a binary file names its first bad byte")
    func binary() {
        let bytes = Data((0...255).map { UInt8($0) } + (0...255).map { UInt8($0) })
        #expect(Fixtures.problems(bytes) == ["test.yaml:2:118: not valid UTF-8 (byte 0x80); save the file as UTF-8"])
    }

    @Test("the classic alias bomb is refused before it is expanded")
    func billionLaughs() {
        var lines = ["format: 1", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        lines += ["? *i", ": x", "title: *i"]
        #expect(Fixtures.problems(Data(lines.joined(separator: "\n").utf8))
            == ["test.yaml:3:8: anchors and aliases (&name, *name) are not allowed in sixcluster's files"])
    }
}
