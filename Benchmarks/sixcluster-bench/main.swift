// Measures the core on a large workshop: load (parse and check the file), completeness check, Markdown export
// and save; and the board: one keystroke to a drawn frame (reduce + view + diff). Run with `swift run -c release sixcluster-bench`; the figures go into docs/PERFORMANCE.md.
import Foundation
import SixClusterBoard
import SixClusterModel

/// A workshop of `cards` cards spread evenly over the twenty fields, Ist and Soll, some with author and method.
func generatedWorkshop(cards: Int) -> Workshop {
    var workshop = Workshop(metadata: WorkshopMetadata(title: "Benchmark", organisation: "Bench GmbH", language: .de))
    let perColumn = cards / (ModelTemplate.topicCount * 2)
    for topic in 1...ModelTemplate.topicCount {
        let make: (String) -> [Card] = { column in
            (0..<perColumn).map { i in
                Card("\(column) \(topic)/\(i): Kunden wünschen größere Rahmen, mehr Farben und Lieferung in einer Woche",
                     author: i % 3 == 0 ? "Team \(i % 7)" : nil, method: i % 5 == 0 ? .brainstorming : nil)
            }
        }
        workshop[topic: topic] = Field(topic: topic, ist: make("Ist"), soll: make("Soll"))
    }
    return workshop
}

/// Runs `body` `rounds` times and returns the times in milliseconds, sorted.
func measure(rounds: Int, _ body: () throws -> Void) rethrows -> [Double] {
    var times: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<rounds {
        let elapsed = try clock.measure(body)
        times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return times.sorted()
}

func report(_ name: String, _ times: [Double], target: Double) {
    let median = times[times.count / 2]
    let worst = times.last ?? median
    let verdict = median < target ? "ok" : "SLOW"
    let label = name.padding(toLength: 10, withPad: " ", startingAt: 0)
    print(label + String(format: "median %8.2f ms   max %8.2f ms   target < %4.0f ms   ", median, worst, target) + verdict)
}

// Cold start: the first template parse and the first small file read in a fresh process, as the board does.
let coldClock = ContinuousClock()
let coldTemplate = coldClock.measure { _ = ModelTemplate.builtIn }
let small = try WorkshopEncoder().encode(Workshop(metadata: WorkshopMetadata(title: "cold")))
let coldDecode = try coldClock.measure { _ = try WorkshopDecoder(file: "cold.yaml", language: .de).decode(Array(small.utf8)) }
print("cold start: template \(coldTemplate), first file read \(coldDecode)")

let cardCount = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 10_000
let workshop = generatedWorkshop(cards: cardCount)
let yaml = try WorkshopEncoder().encode(workshop)
let data = Array(yaml.utf8)
print("workshop: \(workshop.cardCount) cards, file \(data.count / 1024) KiB")

var loaded = Workshop()
report("load", try measure(rounds: 15) {
    loaded = try WorkshopDecoder(file: "bench.yaml", language: .de).decode(data).workshop
}, target: 300)
precondition(loaded == workshop, "the benchmark file must round-trip")
var flagged = 0
report("check", try measure(rounds: 15) {
    let checked = try WorkshopDecoder(file: "bench.yaml", language: .de).decode(data).workshop
    flagged = checked.completeness.flagged.count
}, target: 300)
report("export", measure(rounds: 15) { _ = MarkdownReport(language: .de).render(workshop) }, target: 50)
report("save", try measure(rounds: 15) { _ = try WorkshopEncoder().encode(workshop) }, target: 300)
report("poster", measure(rounds: 15) { _ = SVGPoster(language: .de).render(workshop) }, target: 100)
report("html", measure(rounds: 15) { _ = HTMLReport(language: .de).render(workshop) }, target: 100)
print("flagged fields: \(flagged)")

// The shipped workshops, as a facilitator exports them after a workshop (targets: poster and HTML < 20 ms each).
let workshopsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Workshops")
for name in ["fahrradhandel-city-c200.yaml", "joinery-kitchen-fronts.yaml"] {
    let bytes = try Array(Data(contentsOf: workshopsFolder.appendingPathComponent(name)))
    let shipped = try WorkshopDecoder(file: name, language: .de).decode(bytes).workshop
    print("\(name): \(shipped.cardCount) cards")
    report("  poster", measure(rounds: 15) { _ = SVGPoster(language: .de).render(shipped) }, target: 20)
    report("  html", measure(rounds: 15) { _ = HTMLReport(language: .de).render(shipped) }, target: 20)
}

// Merge and diff: three versions of the workshop, 1,000 changes on each side (new cards, deleted cards, changed
// texts, dots), spread over the fields.
func changed(_ workshop: Workshop, tag: String, stride: Int) -> Workshop {
    var result = workshop
    for change in 0..<1_000 {
        let topic = change % ModelTemplate.topicCount + 1
        var field = result[topic: topic]
        switch change % 4 {
        case 0: field.ist.append(Card("\(tag) new \(change)"))
        case 1 where !field.ist.isEmpty: field.ist.remove(at: (change * stride) % field.ist.count)
        case 2 where !field.soll.isEmpty: field.soll[(change * stride) % field.soll.count].text += " (\(tag))"
        case 3 where !field.soll.isEmpty: field.soll[(change * stride) % field.soll.count].votes += 1
        default: break
        }
        result[topic: topic] = field
    }
    return result
}
let ours = changed(workshop, tag: "ours", stride: 7)
let theirs = changed(workshop, tag: "theirs", stride: 13)
report("merge", measure(rounds: 15) { _ = WorkshopMerge.merge(base: workshop, ours: ours, theirs: theirs) }, target: 50)
report("diff", measure(rounds: 15) { _ = WorkshopDiff(old: workshop, new: ours) }, target: 50)

// The board: one keystroke to a frame, on the same workshop at 120×40: a walk through board and field views, then
// quick capture in presentation mode (typing into a field of some 500 cards).
/// Milliseconds from each keystroke to its frame (reduce, render, diff), the first round left out as warm-up.
func keyToFrame(_ state: inout BoardState, walk: [Key], rounds: Int) -> [Double] {
    var screen = BoardRenderer.render(state)
    var times: [Double] = []
    let clock = ContinuousClock()
    for round in 0..<rounds {
        for key in walk {
            let elapsed = clock.measure {
                _ = BoardReducer.reduce(&state, .input(.key(key)))
                let next = BoardRenderer.render(state)
                _ = next.changes(since: screen)
                screen = next
            }
            if round > 0 { times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000) }
        }
    }
    return times.sorted()
}

func reportFrames(_ name: String, _ times: [Double]) {
    print(String(format: "%@ median %6.3f ms   p99 %6.3f ms   (%d keystrokes; targets < 2 ms median, < 5 ms p99)",
                 name, times[times.count / 2], times[times.count * 99 / 100], times.count))
}

var state = BoardState(workshop: workshop, filePath: "bench.yaml", language: .de, width: 120, height: 40)
let walk: [Key] = [.right, .down, .down, .left, .tab, .enter, .down, .down, .right, .up, .escape, .backTab, .character("j")]
reportFrames("key→frame", keyToFrame(&state, walk: walk, rounds: 200))
var presenting = BoardState(workshop: workshop, filePath: "bench.yaml", language: .de, width: 120, height: 40)
_ = BoardReducer.reduce(&presenting, .input(.key(.character("P"))))
let capture: [Key] = "Neue Karte aus dem Raum".map { .character($0) } + [.enter]
reportFrames("capture→frame", keyToFrame(&presenting, walk: capture, rounds: 40))
