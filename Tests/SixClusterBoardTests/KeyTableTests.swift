import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("The key table")
struct KeyTableTests {
    @Test("every key of every binding dispatches to that binding's action, in its context")
    func dispatchMatchesHelp() {
        for binding in KeyTable.bindings {
            for key in binding.keys {
                #expect(Keymap.defaults.action(for: key, in: binding.context) == binding.action,
                        "\(key.label) in \(binding.context)")
            }
        }
    }

    @Test("no key is bound twice in one context, and screen keys do not hide global ones by accident")
    func noDuplicates() {
        for context in KeyContext.allCases {
            let keys = KeyTable.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(context)")
        }
        let global = Set(KeyTable.bindings.filter { $0.context == .global }.flatMap(\.keys))
        for context in [KeyContext.board, .field, .metadata] {
            let shadowing = KeyTable.bindings.filter { $0.context == context }.flatMap(\.keys).filter(global.contains)
            #expect(shadowing.isEmpty, "\(context) hides global keys: \(shadowing.map { $0.label(in: .en) })")
        }
    }

    @Test("global keys work on every screen; nothing dispatches while a prompt takes text")
    func globalFallback() {
        #expect(Keymap.defaults.action(for: .control("s"), in: .field) == .save)
        #expect(Keymap.defaults.action(for: .character("?"), in: .metadata) == .help)
        #expect(Keymap.defaults.action(for: .character("q"), in: .editor) == nil)
        #expect(Keymap.defaults.action(for: .character("q"), in: .help) == .back)
    }

    @Test("German descriptions name keys as German keyboards do (Umschalt-Tab, Strg-), as the key labels do")
    func germanKeyNames() {
        for binding in KeyTable.bindings {
            let german = binding.description[.de]
            for english in ["Shift-", "Ctrl-", "PgUp", "PgDn"] {
                #expect(!german.contains(english), "\(german)")
            }
        }
    }
}

@Suite("A keymap handed to the board")
struct KeymapTests {
    @Test("a board with other bindings dispatches them, names them in hints and lists them in help")
    func ownBindings() {
        var bindings = KeyTable.bindings.filter { $0.action != .undo }
        bindings.append(KeyBinding(keys: [.character("z")], context: .global, action: .undo,
                                   description: LocalizedText(de: "rückgängig", en: "undo")))
        var state = BoardFixtures.state()
        state.keymap = Keymap(bindings: bindings)
        BoardFixtures.press([.enter, .character("d")], &state)
        #expect(state.message?.text == "Card deleted (z: undo)")
        BoardFixtures.press([.character("u")], &state)
        #expect(state.workshop != BoardFixtures.joinery, "u is no longer undo")
        BoardFixtures.press([.character("z")], &state)
        #expect(state.workshop == BoardFixtures.joinery)
        #expect(HelpView.lines(.en, keymap: state.keymap, width: 120).contains { $0.text.hasPrefix("  z ") && $0.text.hasSuffix(" undo") })
    }
}
