import SixClusterModel

/// The key bindings a board runs with: a value handed to the board (the defaults of `KeyTable` today, a user's
/// own bindings from a config file later). It dispatches keys, names keys in hints, and lists itself for help.
public struct Keymap: Equatable, Sendable {
    /// Every binding, grouped by context in the order help shows them.
    public let bindings: [KeyBinding]
    /// The first action bound to each key, per context (at the context's raw value): a few dozen keys each,
    /// searched in order. Arrays rather than dictionaries: the board's first frame does not wait for the runtime
    /// to look up hashing conformances, and a key press is no slower.
    private let index: [[(key: Key, action: Action)]]

    /// The defaults.
    public static let defaults = Keymap(bindings: KeyTable.bindings)

    /// A keymap of these bindings; where a key is bound twice in a context, the first binding wins.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var index = Array(repeating: [(key: Key, action: Action)](), count: KeyContext.allCases.count)
        for binding in bindings {
            let slot = binding.context.rawValue
            for key in binding.keys where !index[slot].contains(where: { $0.key == key }) {
                index[slot].append((key, binding.action))
            }
        }
        self.index = index
    }

    /// Two keymaps are equal when their bindings are (the index follows from them).
    public static func == (lhs: Keymap, rhs: Keymap) -> Bool {
        lhs.bindings == rhs.bindings
    }

    /// The contexts a context falls back to for keys it does not bind itself.
    private static func fallbacks(of context: KeyContext) -> [KeyContext] {
        switch context {
        case .board, .field, .metadata, .presentation, .parkingLot: [.global]
        case .capture: [.editor]
        case .global, .editor, .dialog, .help, .timer, .room: []
        }
    }

    /// The action a key has in a context; screens fall back to the global bindings, quick capture to the line
    /// editor's. In presentation mode characters are the room's words: only keys that type nothing fall back.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let action = boundAction(for: key, in: context) { return action }
        if context == .presentation, case .character = key { return nil }
        for fallback in Self.fallbacks(of: context) {
            if let action = boundAction(for: key, in: fallback) { return action }
        }
        return nil
    }

    /// The action a context binds a key to itself, without falling back.
    private func boundAction(for key: Key, in context: KeyContext) -> Action? {
        index[context.rawValue].first { $0.key == key }?.action
    }

    /// The keys that do `action` in `context`, the context's own first, then those it falls back to (a key
    /// that means something else there is left out). Hints in messages name the first.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        ([context] + Self.fallbacks(of: context)).flatMap { source in
            bindings.filter { $0.context == source && $0.action == action }.flatMap(\.keys)
        }.filter { self.action(for: $0, in: context) == action }
    }

    /// The key list as Markdown tables, one per context (README's key list).
    public func markdown(in language: Language) -> String {
        KeyContext.allCases.map { context in
            let rows = bindings.filter { $0.context == context }.map { binding in
                "| " + binding.keys.map { Self.markdownCode($0.label(in: language)) }.joined(separator: " ")
                    + " | " + binding.description[language] + " |"
            }
            let header = language.pick(de: "| Taste | Wirkung |", en: "| Key | Action |")
            return "### " + context.title(in: language) + "\n\n" + header + "\n|---|---|\n" + rows.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    private static func markdownCode(_ label: String) -> String {
        label == "`" ? "`` ` ``" : "`" + label + "`"
    }
}
