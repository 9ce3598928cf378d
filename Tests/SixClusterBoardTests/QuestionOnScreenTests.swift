import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport
@testable import SixClusterBoard

/// The board never waits for an answer nobody can see: whatever lies on top – a question, a line editor, help,
/// the timebox – is on the screen, on every screen, at every size, with messages, company and a leader around.
@Suite("Invariant: every question the board asks is on the screen")
struct QuestionOnScreenTests {
    private static let reference = CardReference(place: CardLocation(topic: 1, column: .soll, index: 0),
                                                 card: Card("Offer any RAL colour", conflict: "Any RAL colour, sample boards"))

    /// One of each question the board can ask.
    static let dialogs: [Dialog] = [
        .unsavedChanges, .exportWithEmptyFields([4, 8, 13]), .exportWithConflicts([1]), .conflict(reference),
        .replaceReport(path: "/tmp/report.md"), .commentsWillBeLost(lines: [1, 3]),
        .recoveryWaiting(BoardFixtures.bicycle, differing: [1, 2, 3], metadataDiffers: true), .writeProtected(reason: "read-only file"),
        .changedOnDisk(BoardFixtures.bicycle, mine: BoardFixtures.joinery, conflicts: 2), .reviewDone(flagged: []),
        .reviewDone(flagged: [3, 4, 8, 10, 12, 13, 15, 17, 18, 20]),
    ]

    /// The words that must be seen of a question: its title and every answer (a line that starts with its key).
    private func essentials(_ dialog: Dialog, _ state: BoardState) -> [String] {
        let content = DialogView.content(dialog, state: state)
        return [content.title] + content.lines.filter { line in
            let words = line.split(separator: " ", maxSplits: 1)
            return words.count == 2 && words[1].hasPrefix(" ") && (words[0].count == 1 || words[0] == "Esc")
        }
    }

    /// Whether everything that must be seen of the top overlay is on the screen.
    private func missing(_ state: BoardState) -> [String] {
        let screen = BoardRenderer.render(state).text
        switch state.overlay {
        case .dialog(let dialog)?: return essentials(dialog, state).filter { !screen.contains($0) }
        case .timer?:
            let content = TimerPanelView.content(state)
            return ([content.title] + content.lines).filter { !$0.isEmpty && !screen.contains($0) }
        case .help?:
            // Scrolled, the title may be gone: the key list itself is what must be seen.
            let shown = state.keymap.bindings.contains { screen.contains(String($0.description[state.language].prefix(12))) }
            return shown ? [] : [state.language.pick(de: "die Tastenliste", en: "the key list")]
        case .prompt(let prompt)?:
            let label = PromptView.label(prompt.purpose, state: state)
            let shown = state.cardInPlace != nil ? "✎" : label.trimmingCharacters(in: .whitespaces)
            return [shown].filter { !$0.isEmpty && !screen.contains($0) }
        case .room?:
            // The panel's title, and once open the link, which phones can also type.
            let link: String? = if case .open(let link, _) = state.room.phase { link } else { nil }
            return [state.language.pick(de: "Raum für Handys", en: "Room for phones"), link].compactMap { $0 }.filter { !screen.contains($0) }
        case nil: return []
        }
    }

    @Test("each question, on each screen, at 80×24 and 120×40, in German and English, with a failure said and a leader present",
          arguments: [(80, 24), (120, 40)])
    func everyDialogEverywhere(width: Int, height: Int) {
        for language in [Language.de, .en] {
            for screenKeys in [[], [Key.enter], [.function(5)], [.character("L")], [.character("i")]] {
                for dialog in Self.dialogs {
                    var state = BoardFixtures.state(BoardFixtures.joinery, language: language, width: width, height: height)
                    _ = BoardReducer.reduce(&state, .sharing(.presence([BoardPresence(pid: 2, name: "Mia", topic: 9, place: .presentation,
                                                                             leads: true, leadingSince: 5)])))
                    BoardFixtures.press(screenKeys, &state)
                    state.say("Eine lange Fehlermeldung, die mehr als eine Zeile braucht, weil sie einen ganzen Pfad nennt: /home/anna/workshops/2027/fahrrad.yaml",
                              "A long failure that needs more than one row, since it names a whole path: /home/anna/workshops/2027/fahrrad.yaml",
                              error: true)
                    state.overlay = .dialog(dialog)
                    #expect(missing(state).isEmpty, "\(dialog) on \(state.screen), \(language): \(missing(state))\n\(BoardRenderer.render(state).text)")
                }
            }
        }
    }

    @Test("a random session of keys, other boards and outside changes never leaves a question off the screen",
          arguments: [1, 2, 3, 4] as [UInt64])
    func randomSessions(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let keys: [Key] = [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .function(4), .function(5), .function(8),
                           .function(9), .function(3), .function(1)]
            + "eaxgRqdjklhv=!~1279sptcfbL?ui+-".map { Key.character($0) } + [.control("s"), .control("c")]
        for size in [(80, 24), (120, 40)] {
            var state = BoardFixtures.state(seed % 2 == 0 ? BoardFixtures.bicycle : BoardFixtures.joinery,
                                            language: seed % 2 == 0 ? .de : .en, width: size.0, height: size.1)
            var clock = 0.0
            for step in 0..<500 {
                switch Int.random(in: 0..<10, using: &random) {
                case 0:
                    let topic = Int.random(in: 1...20, using: &random)
                    _ = BoardReducer.reduce(&state, .sharing(.presence([
                        BoardPresence(pid: 2, name: "Mia", topic: topic, place: .presentation, leads: true, leadingSince: 5),
                        BoardPresence(pid: 3, name: "Tom", topic: 1, place: .field),
                    ])))
                case 1:
                    var disk = state.savedWorkshop
                    disk[topic: Int.random(in: 1...20, using: &random)].ist.append(Card("Von Tom \(step)"))
                    _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
                case 2:
                    clock += 0.5
                    let effects = BoardReducer.reduce(&state, .tick(clock))
                    for case .sync(let mine, _) in effects {
                        _ = BoardReducer.reduce(&state, .sharing(.synced(mine, mine: mine, conflicts: 0)))
                    }
                default:
                    let effects = BoardFixtures.press([keys.randomElement(using: &random)!], &state)
                    if effects.contains(.quit) { state = BoardFixtures.state(width: size.0, height: size.1) }
                }
                let gone = missing(state)
                #expect(gone.isEmpty, "seed \(seed), step \(step), \(size): \(String(describing: state.overlay)) – missing \(gone)\n\(BoardRenderer.render(state).text)")
                if !gone.isEmpty { return }
            }
        }
    }
}
