/// Actions as a config file names them (`add-card`, `follow-me`, `give-dot`); a name is unique within a context.
extension Action {
    /// The name of an action that keys can be bound to, nil for the results the loop reports.
    public var configName: String? {
        switch self {
        case .moveLeft: "left"
        case .moveRight: "right"
        case .moveUp: "up"
        case .moveDown: "down"
        case .nextField: "next-field"
        case .previousField: "previous-field"
        case .nextFlagged(.empty): "next-empty"
        case .nextFlagged(.noTarget): "next-without-target"
        case .nextFlagged(.complete): "next-complete"
        case .nextConflict: "next-conflict"
        case .showConflict: "conflict"
        case .jumpToField: "jump-to-field"
        case .open: "open"
        case .back: "back"
        case .addCard: "add-card"
        case .editCard: "edit-card"
        case .deleteCard: "delete-card"
        case .moveCardUp: "card-up"
        case .moveCardDown: "card-down"
        case .moveCardToOtherColumn: "move-to-other-column"
        case .copyCardToOtherColumn: "copy-to-other-column"
        case .moveCardToField: "move-to-field"
        case .copyCardToField: "copy-to-field"
        case .setAuthor: "author"
        case .setOwner: "owner"
        case .setDue: "due"
        case .cycleMethod: "method"
        case .vote(let dots): dots > 0 ? "give-dot" : "take-dot"
        case .cyclePriority: "priority"
        case .cycleStatus: "status"
        case .presentation: "presentation"
        case .captureMethod: "capture-method"
        case .captureAuthor: "capture-author"
        case .timer: "timer"
        case .timerCommand(let command): command.configName
        case .room: "room"
        case .roomCommand(.close): "close-room"
        case .roomCommand(.anyField): "room-any-field"
        case .roomCommand(.joining): "room-joining"
        case .roomCommand(.newLink): "room-new-link"
        case .roomCommand(.hideField): "room-hide-field"
        case .roomCommand(.remove): "room-remove"
        case .review: "review"
        case .toggleTheme: "high-contrast"
        case .toggleLead: "follow-me"
        case .toggleFollowLeader: "follow-leader"
        case .undo: "undo"
        case .redo: "redo"
        case .search: "search"
        case .nextHit: "next-hit"
        case .previousHit: "previous-hit"
        case .save: "save"
        case .saveAs: "save-as"
        case .quit: "quit"
        case .export: "export"
        case .help: "help"
        case .metadata: "details"
        case .parkingLot: "parking-lot"
        case .unpark(let column): column == .ist ? "to-ist" : "to-soll"
        case .editor(let command): command.configName
        case .dialog(let choice): choice.configName
        case .scrollHelp(let lines): lines > 0 ? "scroll-down" : "scroll-up"
        case .pointField, .pointCard, .input, .tick, .file, .sharing:
            nil
        }
    }
}

extension EditorCommand {
    /// The command's name in a config file.
    var configName: String {
        switch self {
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .backspace: "backspace"
        case .delete: "delete"
        case .deleteToStart: "delete-to-start"
        case .deleteToEnd: "delete-to-end"
        case .deleteWord: "delete-word"
        case .confirm: "confirm"
        case .cancel: "cancel"
        case .complete: "complete"
        case .park: "park"
        }
    }
}

extension DialogChoice {
    /// The answer's name in a config file.
    var configName: String {
        switch self {
        case .save: "save"
        case .discard: "discard"
        case .jump: "jump"
        case .exportAnyway: "export-anyway"
        case .restore: "restore"
        case .readOnly: "read-only"
        case .keepMine: "keep-mine"
        case .saveElsewhere: "save-elsewhere"
        case .cancel: "cancel"
        case .keepBoth: "keep-both"
        case .combine: "combine"
        }
    }
}

extension TimerCommand {
    /// The command's name in a config file.
    var configName: String {
        switch self {
        case .startPause: "start-pause"
        case .setField: "set-field"
        case .setCluster: "set-cluster"
        case .reset: "reset"
        }
    }
}

extension KeyContext {
    /// The context's name in a config file.
    public var configName: String {
        switch self {
        case .global: "global"
        case .board: "board"
        case .field: "field"
        case .metadata: "details"
        case .editor: "editor"
        case .dialog: "dialog"
        case .help: "help"
        case .presentation: "presentation"
        case .capture: "capture"
        case .timer: "timer"
        case .parkingLot: "parking-lot"
        case .room: "room"
        }
    }
}
