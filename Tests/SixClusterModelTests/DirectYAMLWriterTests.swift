import Foundation
import Testing
import SixClusterTestSupport
@testable import SixClusterModel

/// The direct writer writes exactly what libyaml's emitter writes, or leaves the document to it.
@Suite("Writing plain workshops directly")
struct DirectYAMLWriterTests {
    /// The document's pairs as the encoder builds them, written both ways.
    private func both(_ workshop: Workshop) throws -> (direct: String?, emitter: String) {
        let pairs = WorkshopEncoder().pairs(workshop)
        return (DirectYAMLWriter.text(of: pairs), try YAMLEmitter.text(of: YAMLNode(.mapping(pairs))))
    }

    @Test("the shipped workshops are written directly, byte for byte as the emitter writes them")
    func shipped() throws {
        for url in TestPaths.shippedWorkshops {
            let workshop = try WorkshopFiles.read(url)
            let (direct, emitter) = try both(workshop)
            #expect(direct != nil, "\(url.lastPathComponent) is plain enough")
            #expect(direct == emitter, "\(url.lastPathComponent)")
        }
    }

    @Test("random texts: whatever the direct writer takes, it writes as the emitter does", arguments: [1, 2, 3] as [UInt64])
    func randomTexts(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let pieces = ["a", "Ä", "漢", "🚲", " ", ":", ": ", " #", "#", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|",
                      ">", "'", "\"", "%", "@", "`", "...", "---", "1", "0x1F", "yes", "~", "null", ".5", "2026-03-12", "\u{85}",
                      "\u{A0}", "\u{FEFF}", "\t", "\n", "x", "Wort", "e\u{301}", "=", "<<", "\u{E000}", "\u{7F}"]
        var taken = 0
        for _ in 0..<400 {
            var workshop = Workshop(metadata: WorkshopMetadata(title: "T", language: .de))
            for topic in [1, 7, 20] {
                for _ in 0..<3 {
                    // Mostly words, now and then a piece YAML gives a meaning to.
                    let text = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                        Int.random(in: 0..<4, using: &random) == 0 ? pieces.randomElement(using: &random)! : ["Wort", "Ä", "x y", "漢"].randomElement(using: &random)!
                    }.joined()
                    var card = Card(text)
                    if Bool.random(using: &random) { card.author = pieces.randomElement(using: &random)! + "x" }
                    workshop[topic: topic].soll.append(card)
                }
            }
            let (direct, emitter) = try both(workshop)
            if let direct {
                taken += 1
                #expect(direct == emitter, "\(workshop[topic: 1].soll.map(\.text)) \(workshop[topic: 7].soll.map(\.text))")
            }
        }
        #expect(taken >= 40, "a fair share of the documents is written directly (\(taken) of 400)")
    }
}
