import Testing
@testable import SixClusterBoard

@Suite("The key table")
struct KeyTableTests {
    @Test("every key of every binding dispatches to that binding's action, in its context")
    func dispatchMatchesHelp() {
        for binding in KeyTable.bindings {
            for key in binding.keys {
                #expect(KeyTable.action(for: key, in: binding.context) == binding.action,
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
        #expect(KeyTable.action(for: .control("s"), in: .field) == .save)
        #expect(KeyTable.action(for: .character("?"), in: .metadata) == .help)
        #expect(KeyTable.action(for: .character("q"), in: .editor) == nil)
        #expect(KeyTable.action(for: .character("q"), in: .help) == .back)
    }
}
