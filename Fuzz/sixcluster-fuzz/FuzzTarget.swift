// The fuzz target for the workshop file reader and the merge.
//
// Built for libFuzzer (see Fuzz/run): random bytes go through the reader; whatever it accepts must write and
// read back to the same workshop, and merge with versions made from it without losing a text. A crash, a failed
// check or a hang is a bug.
// Built normally, the program replays the files it is given (the seed corpus and every crash found), so that
// the tests keep them as regressions.
import Foundation
import SixClusterModel

/// Reads bytes as a workshop file and checks the round trip of what it accepts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkshopReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let loaded = try? WorkshopDecoder(file: "fuzz.yaml", language: .en).decode(bytes) else { return 0 }
    guard let text = try? WorkshopEncoder().encode(loaded.workshop) else {
        fatalError("an accepted workshop could not be written")
    }
    let again = try? WorkshopDecoder(file: "again.yaml", language: .en).decode(Array(text.utf8))
    precondition(again?.workshop == loaded.workshop, "writing and reading back changed the workshop")
    checkMerge(base: loaded.workshop)
    return 0
}

/// Merges two versions made from an accepted workshop – one deletes every other card and adds one, the other
/// changes the last card of each column and moves the first to the other column – and checks that no text either
/// side holds anew is lost, and that merging with an unchanged side gives the other side.
func checkMerge(base: Workshop) {
    var ours = base, theirs = base
    for topic in 1...ModelTemplate.topicCount {
        for column in Situation.allCases {
            ours[topic: topic][column] = base[topic: topic][column].enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            var cards = base[topic: topic][column]
            if !cards.isEmpty { cards[cards.count - 1].text += " (changed)" }
            theirs[topic: topic][column] = cards
        }
        ours[topic: topic].ist.append(Card("added \(topic)"))
        if !theirs[topic: topic].ist.isEmpty { theirs[topic: topic].soll.append(theirs[topic: topic].ist.removeFirst()) }
    }
    let merged = WorkshopMerge.merge(base: base, ours: ours, theirs: theirs).workshop
    let cards = merged.fields.flatMap { $0.ist + $0.soll }
    let texts = Set(cards.map(\.text) + cards.compactMap(\.conflict))
    let before = Set(base.fields.flatMap { $0.ist + $0.soll }.map(\.text))
    for side in [ours, theirs] {
        for card in side.fields.flatMap({ $0.ist + $0.soll }) where !before.contains(card.text) {
            precondition(texts.contains(card.text), "the merge lost a text one side added")
        }
    }
    precondition(WorkshopMerge.merge(base: base, ours: ours, theirs: base).workshop == ours, "merge(b, x, b) != x")
    precondition(WorkshopMerge.merge(base: base, ours: base, theirs: theirs).workshop == theirs, "merge(b, b, y) != y")
}

#if FUZZING
/// libFuzzer's own driver, which runs the fuzzing loop with the command line's options.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt
#endif

/// Fuzzing (built for libFuzzer): hands over to libFuzzer. Otherwise: replays the files and folders given (the
/// seed corpus, every crash found) once each.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzWorkshopReader))
        #else
        var replayed = 0
        for path in CommandLine.arguments.dropFirst() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path))?.map { path + "/" + $0 } ?? [path]
            for file in names.sorted() {
                guard let data = FileManager.default.contents(atPath: file), !data.isEmpty else { continue }
                _ = data.withUnsafeBytes { fuzzWorkshopReader($0.bindMemory(to: UInt8.self).baseAddress!, data.count) }
                replayed += 1
            }
        }
        print("replayed \(replayed) inputs without a failure")
        #endif
    }
}
