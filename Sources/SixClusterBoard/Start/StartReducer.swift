import SixClusterModel

/// What the start screen asks the loop to do.
public enum StartEffect: Equatable, Sendable {
    /// Open the board on this file.
    case open(String)
    /// Make a new workshop at this path with this title, then open it.
    case create(path: String, title: String)
    /// End the program.
    case quit
}

/// What can happen on the start screen.
public enum StartAction: Equatable, Sendable {
    /// A key, a paste, a mouse event, a new size.
    case input(Input)
    /// A file's details, read after the first frame.
    case details(path: String, StartEntry.Details)
    /// Making a new workshop failed (the reason, with the path).
    case createFailed(String)
}

/// The start screen's only way to change.
public enum StartReducer {
    /// Applies an action; gives what the loop must do.
    public static func reduce(_ state: inout StartState, _ action: StartAction) -> [StartEffect] {
        switch action {
        case .details(let path, let details):
            for index in state.entries.indices where state.entries[index].path == path { state.entries[index].details = details }
            clamp(&state)
        case .createFailed(let reason):
            state.message = reason
        case .input(.resize(let width, let height)):
            state.width = max(0, width)
            state.height = max(0, height)
        case .input(.paste(let text)):
            return type(text, &state)
        case .input(.key(let key)):
            state.message = nil
            return press(key, &state)
        case .input(.mouse(let event)):
            return click(event, &state)
        }
        return []
    }

    private static func press(_ key: Key, _ state: inout StartState) -> [StartEffect] {
        switch state.input {
        case .list:
            return listKey(key, &state)
        case .filter(var editor), .newFile(var editor), .newTitle(_, var editor):
            if case .character(let c) = key {
                editor.insert(String(c))
                replaceEditor(editor, &state)
                return []
            }
            // The board's line-editor keys, from the same key table.
            guard case .editor(let command)? = state.keymap.action(for: key, in: .editor) else { return [] }
            switch command {
            case .cancel:
                if case .filter = state.input { state.filter = "" }
                state.input = .list
            case .confirm:
                return confirm(editor.text, &state)
            case .complete, .park:
                break
            default:
                editor.apply(command)
                replaceEditor(editor, &state)
            }
        }
        return []
    }

    private static func listKey(_ key: Key, _ state: inout StartState) -> [StartEffect] {
        let count = state.visible.count
        switch key {
        case .down: state.selected = min(state.selected + 1, max(0, count - 1))
        case .up: state.selected = max(0, state.selected - 1)
        case .pageDown: state.selected = min(state.selected + pageSize(state), max(0, count - 1))
        case .pageUp: state.selected = max(0, state.selected - pageSize(state))
        case .home, .character("g"): state.selected = 0
        case .end, .character("G"): state.selected = max(0, count - 1)
        case .enter, .right, .character("l"):
            guard let entry = state.selectedEntry else { return [] }
            return [.open(entry.path)]
        case .character("n"): state.input = .newFile(LineEditor(suggestedName(state)))
        case .escape where !state.filter.isEmpty:
            state.filter = ""
            clamp(&state)
        case .escape: return [.quit]
        default:
            // Letters as the user bound them for the parking lot's list (by default j/k, a, /, q).
            switch state.keymap.action(for: key, in: .parkingLot) {
            case .moveDown?: return listKey(.down, &state)
            case .moveUp?: return listKey(.up, &state)
            case .addCard?: state.input = .newFile(LineEditor(suggestedName(state)))
            case .search?: state.input = .filter(LineEditor(state.filter))
            case .quit?: return [.quit]
            default: break
            }
        }
        return []
    }

    /// Enter in a line editor.
    private static func confirm(_ text: String, _ state: inout StartState) -> [StartEffect] {
        switch state.input {
        case .list: return []
        case .filter:
            state.input = .list
        case .newFile:
            let path = text.trimmingSpaces
            guard !path.isEmpty else {
                state.input = .list
                return []
            }
            let named = path.hasSuffix(".yaml") || path.hasSuffix(".yml") ? path : path + ".yaml"
            if state.entries.contains(where: { $0.path == named }) {
                state.message = state.language.pick(de: "\(VisibleText.escaped(named)) gibt es schon – Enter öffnet sie",
                                                    en: "\(VisibleText.escaped(named)) exists already – Enter opens it")
                state.input = .list
                return []
            }
            state.input = .newTitle(path: named, LineEditor())
        case .newTitle(let path, _):
            state.input = .list
            return [.create(path: path, title: text.trimmingSpaces)]
        }
        return []
    }

    /// Pasted text goes into an open line editor (one line of it).
    private static func type(_ text: String, _ state: inout StartState) -> [StartEffect] {
        switch state.input {
        case .list: return []
        case .filter(var editor), .newFile(var editor), .newTitle(_, var editor):
            editor.insert(String(text.prefix { $0 != "\n" && $0 != "\r" }))
            replaceEditor(editor, &state)
        }
        return []
    }

    /// A click selects an entry; a click on the selected one (or a double click) opens it. The wheel scrolls.
    private static func click(_ event: MouseEvent, _ state: inout StartState) -> [StartEffect] {
        guard state.input == .list else { return [] }
        switch event.kind {
        case .wheelUp: state.selected = max(0, state.selected - 3)
        case .wheelDown: state.selected = min(state.selected + 3, max(0, state.visible.count - 1))
        case .click(let count):
            guard let index = StartView.entryIndex(atRow: event.y, in: state) else { return [] }
            if index == state.selected || count > 1, let entry = state.visible[safe: index] { return [.open(entry.path)] }
            state.selected = index
        }
        return []
    }

    private static func replaceEditor(_ editor: LineEditor, _ state: inout StartState) {
        switch state.input {
        case .list: break
        case .filter:
            state.input = .filter(editor)
            state.filter = editor.text
            clamp(&state)
        case .newFile: state.input = .newFile(editor)
        case .newTitle(let path, _): state.input = .newTitle(path: path, editor)
        }
    }

    private static func clamp(_ state: inout StartState) {
        state.selected = min(state.selected, max(0, state.visible.count - 1))
    }

    private static func pageSize(_ state: StartState) -> Int {
        max(1, StartView.listRows(state) / StartView.rowsPerEntry)
    }

    /// A file name for a new workshop that no entry has: `workshop.yaml`, `workshop-2.yaml`, …
    private static func suggestedName(_ state: StartState) -> String {
        let taken = Set(state.entries.map(\.path))
        var number = 1
        var name = "workshop.yaml"
        while taken.contains(name) {
            number += 1
            name = "workshop-\(number).yaml"
        }
        return name
    }
}

extension Array {
    /// The element at an index, or nil outside the array.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
