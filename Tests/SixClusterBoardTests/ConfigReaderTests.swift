import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("The config file")
struct ConfigReaderTests {
    private func read(_ text: String, language: Language = .en) throws(WorkshopLoadError) -> BoardConfig {
        try ConfigReader(file: "config.yaml", language: language).read(Array(text.utf8))
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("settings are read; an empty file or one of comments sets nothing")
    func settings() throws {
        let config = try read("""
            # mine
            language: de
            theme: high-contrast
            color: false
            bell: yes
            author: Anna Müller
            export-format: html
            """)
        #expect(config.language == .de && config.theme == .highContrast && config.color == false && config.bell == true)
        #expect(config.author == "Anna Müller" && config.exportFormat == .html)
        #expect(try read("") == BoardConfig())
        #expect(try read("# only a comment\n") == BoardConfig())
    }

    /// Broken config files, each with the one line it must give.
    static let broken: [(String, String)] = [
        ("langauge: de\n", "config.yaml:1:1: unknown setting 'langauge' – did you mean 'language'?"),
        ("language: fr\n", "config.yaml:1:11: 'fr' is not allowed here (one of: de, en)"),
        ("theme: dark\n", "config.yaml:1:8: 'dark' is not allowed here (one of: standard, high-contrast)"),
        ("color: maybe\n", "config.yaml:1:8: true or false is expected"),
        ("bell: [1]\n", "config.yaml:1:7: true or false is expected"),
        ("author:\n", "config.yaml:1:8: author: a name is expected"),
        ("export-format: pdf\n", "config.yaml:1:16: 'pdf' is not allowed here (one of: md, svg, html)"),
        ("- a\n- b\n", "config.yaml:1:1: a config file holds settings (name: value)"),
        ("language: de\nlanguage: en\n", "config.yaml:2:1: duplicate key 'language' (first at line 1)"),
        ("theme: [standard\n", "config.yaml:2:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ("keys:\n  feld:\n    add-card: [a]\n", "config.yaml:2:3: unknown context 'feld' – did you mean 'field'?"),
        ("keys:\n  field:\n    add-crad: [a]\n", "config.yaml:3:5: unknown action 'add-crad' in field – did you mean 'add-card'?"),
        ("keys:\n  timer:\n    go: [g]\n", "config.yaml:3:5: unknown action 'go' in timer (one of: start-pause, set-field, set-cluster, reset, back)"),
        ("keys:\n  field:\n    add-card: [alt-a]\n", "config.yaml:3:16: unknown key 'alt-a' (for example a, A, +, space, enter, esc, tab, ctrl-s, f5, up, pgdn)"),
        ("keys:\n  field:\n    add-card: [d]\n", "config.yaml:3:16: 'd' is bound twice in field: add-card and delete-card"),
        ("keys:\n  global:\n    quit: []\n", "config.yaml:3:11: quit in global needs at least one key"),
        ("keys:\n  editor:\n    confirm: [x]\n", "config.yaml:3:15: 'x' in editor would make typing that character impossible"),
        ("keys:\n  presentation:\n    give-dot: [a]\n", "config.yaml:3:16: 'a' in presentation would make typing that character impossible"),
        ("keys: [a]\n", "config.yaml:1:7: keys: contexts (global, field, …) with their actions are expected"),
        ("keys:\n  field: [a]\n", "config.yaml:2:10: field: actions with their keys are expected (action: [key, …])"),
        ("a: &x 1\nb: *x\n", "config.yaml:2:4: anchors and aliases (&name, *name) are not allowed in sixcluster's files"),
    ]

    @Test("each broken config gives its line FILE:LINE:COLUMN: message", arguments: 0..<broken.count)
    func brokenConfig(index: Int) {
        let (text, expected) = Self.broken[index]
        #expect(problems(text) == [expected], "config: \(text)")
    }

    @Test("every problem of a file is told, in order, and in German too")
    func allProblems() {
        #expect(problems("color: 3\ntheme: x\nfoo: 1\n").count == 3)
        do {
            _ = try read("thema: x\n", language: .de)
        } catch {
            #expect(error.diagnostics.first?.description == "config.yaml:1:1: unbekannte Einstellung 'thema' – gemeint ist wohl 'theme'")
        }
    }

    @Test("a rebound key dispatches, the old one does not any more, and help shows the new one")
    func rebinding() throws {
        let config = try read("keys:\n  field:\n    add-card: [n, ctrl-n]\n  global:\n    follow-me: []\n")
        var state = BoardFixtures.state()
        state.keymap = config.keymap
        BoardFixtures.press([.enter, .character("a")], &state)
        #expect(state.overlay == nil, "a adds no card any more")
        BoardFixtures.press([.character("n")], &state)
        guard case .prompt(let prompt)? = state.overlay, case .newCard = prompt.purpose else {
            Issue.record("n adds a card")
            return
        }
        let help = HelpView.lines(.en, keymap: config.keymap, width: 120).map(\.text).joined(separator: "\n")
        #expect(help.contains("n Ctrl-N") && help.contains("add a card"))
        #expect(config.keymap.keys(for: .toggleLead, in: .board).isEmpty, "follow me is switched off")
        #expect(config.keymap.keys(for: .nextHit, in: .board) == [.character("n")], "n keeps its meaning outside the field view")
    }

    @Test("the keys as YAML read back as exactly the same keymap, in both languages, and every action has a name of its own")
    func yamlRoundTrip() throws {
        let changed = try read("keys:\n  field:\n    add-card: [n, \"#\"]\n  global:\n    search: [\"/\", f12]\n").keymap
        for keymap in [Keymap.defaults, changed] {
            for language in Language.allCases {
                #expect(try read(keymap.yaml(in: language)).keymap == keymap)
            }
        }
        for context in KeyContext.allCases {
            let names = KeyTable.bindings.filter { $0.context == context }.compactMap(\.action.configName)
            #expect(Set(names).count == names.count, "\(context.configName): \(names)")
            let keys = KeyTable.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "no default key is bound twice in \(context.configName)")
        }
    }
}
