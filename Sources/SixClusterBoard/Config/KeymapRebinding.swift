import SixClusterModel

/// The `keys:` part of a config file: per context, actions with the keys they get instead of their defaults (an
/// empty list disables one). Keys the file does not mention keep their defaults. Refused, each with its place: an
/// unknown context, action or key name; a key bound to two actions in one context; quit, help or cancel left
/// without a key; a character bound where typing needs it (text input, quick capture, presentation mode's words).
struct KeymapRebinding {
    /// The file name used in diagnostics.
    let file: String
    /// The language of the diagnostics.
    let language: Language
    /// What is wrong with the bindings.
    private(set) var problems: [Diagnostic] = []

    /// One action's new keys, with where they stand in the file.
    private struct Change {
        var keys: [Key]
        var node: YAMLNode
        var keyNodes: [YAMLNode]
    }

    /// The actions that must keep a key, by context: without them the board could not be left or asked.
    private static let essential: [(KeyContext, Action)] = [
        (.global, .quit), (.global, .help), (.editor, .editor(.cancel)), (.dialog, .dialog(.cancel)), (.help, .back),
    ]

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// The defaults with the changes `node` (the `keys:` mapping) asks for.
    mutating func keymap(from node: YAMLNode) -> Keymap {
        guard !node.isNull else { return .defaults }
        guard let contexts = node.pairs else {
            report(node, de: "keys: Bereiche (global, field, …) mit ihren Aktionen erwartet",
                   en: "keys: contexts (global, field, …) with their actions are expected")
            return .defaults
        }
        var changes: [KeyContext: [String: Change]] = [:]
        for (contextNode, actions) in contexts {
            guard let context = lookUp(contextNode, KeyContext.allCases.map { ($0.configName, $0) }, what: ("Bereich", "context"), listing: true) else { continue }
            guard let pairs = actions.pairs else {
                report(actions, de: "\(context.configName): Aktionen mit ihren Tasten erwartet (aktion: [taste, …])",
                       en: "\(context.configName): actions with their keys are expected (action: [key, …])")
                continue
            }
            let names = KeyTable.bindings.filter { $0.context == context }.compactMap { binding in binding.action.configName.map { ($0, $0) } }
            for (actionNode, keysNode) in pairs {
                guard let name = lookUp(actionNode, names, what: ("Aktion", "action"), in: context) else { continue }
                changes[context, default: [:]][name] = Change(keys: [], node: keysNode, keyNodes: [])
                for keyNode in keysNode.isNull ? [] : keysNode.items ?? [keysNode] {
                    guard let key = keyNode.text.flatMap(Key.init(configName:)) else {
                        let shown = VisibleText.escaped(keyNode.text ?? "…")
                        report(keyNode, de: "unbekannte Taste '\(shown)' (z. B. a, A, +, space, enter, esc, tab, ctrl-s, f5, up, pgdn)",
                               en: "unknown key '\(shown)' (for example a, A, +, space, enter, esc, tab, ctrl-s, f5, up, pgdn)")
                        continue
                    }
                    if blocksTyping(key, in: context) {
                        report(keyNode, de: "'\(key.configName)' in \(context.configName) würde das Tippen dieses Zeichens unmöglich machen",
                               en: "'\(key.configName)' in \(context.configName) would make typing that character impossible")
                        continue
                    }
                    changes[context]?[name]?.keys.append(key)
                    changes[context]?[name]?.keyNodes.append(keyNode)
                }
            }
        }
        let bindings = KeyTable.bindings.map { binding -> KeyBinding in
            guard let name = binding.action.configName, let change = changes[binding.context]?[name] else { return binding }
            var changed = binding
            changed.keys = change.keys
            return changed
        }
        checkTwice(bindings, changes: changes)
        for (context, action) in Self.essential {
            guard let name = action.configName, let change = changes[context]?[name], change.keys.isEmpty else { continue }
            report(change.node, de: "\(name) in \(context.configName) braucht mindestens eine Taste",
                   en: "\(name) in \(context.configName) needs at least one key")
        }
        return Keymap(bindings: bindings)
    }

    /// A key bound to two actions in one context.
    private mutating func checkTwice(_ bindings: [KeyBinding], changes: [KeyContext: [String: Change]]) {
        for context in KeyContext.allCases {
            var owner: [Key: String] = [:]
            for binding in bindings where binding.context == context {
                guard let name = binding.action.configName else { continue }
                for key in binding.keys {
                    guard let first = owner[key], first != name else {
                        owner[key] = name
                        continue
                    }
                    // Reported where the file gave the key (to either action).
                    let place = [name, first].lazy.compactMap { action in
                        changes[context]?[action].flatMap { change in zip(change.keys, change.keyNodes).first { $0.0 == key }?.1 }
                    }.first
                    guard let place else { continue }
                    report(place, de: "'\(key.configName)' ist in \(context.configName) zweimal belegt: \(first) und \(name)",
                           en: "'\(key.configName)' is bound twice in \(context.configName): \(first) and \(name)")
                }
            }
        }
    }

    /// Whether binding the key would take a character from someone typing there.
    private func blocksTyping(_ key: Key, in context: KeyContext) -> Bool {
        guard case .character(let c) = key else { return false }
        switch context {
        case .editor, .capture: return true
        case .presentation: return c.isLetter || c.isNumber || c == " "
        default: return false
        }
    }

    /// A name from a list, or nil after saying it is unknown: with the closest name when there is one, else with
    /// the names there are.
    private mutating func lookUp<T>(_ node: YAMLNode, _ options: [(String, T)], what: (de: String, en: String),
                                    in context: KeyContext? = nil, listing: Bool = true) -> T? {
        let name = node.text ?? ""
        if let found = options.first(where: { $0.0 == name }) { return found.1 }
        let shown = VisibleText.escaped(name)
        let place = context.map { " in \($0.configName)" } ?? ""
        let hint = KeySuggestion.closest(to: name, among: options.map(\.0)).map {
            language.pick(de: " – gemeint ist wohl '\($0)'", en: " – did you mean '\($0)'?")
        } ?? language.pick(de: " (möglich: ", en: " (one of: ") + options.map(\.0).joined(separator: ", ") + ")"
        report(node, de: "unbekannte \(what.de) '\(shown)'\(place)" + hint, en: "unknown \(what.en) '\(shown)'\(place)" + hint)
        return nil
    }

    private mutating func report(_ node: YAMLNode, de: String, en: String) {
        problems.append(Diagnostic(file: file, line: node.line, column: node.column, message: language.pick(de: de, en: en)))
    }
}
