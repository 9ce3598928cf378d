import SixClusterModel

/// The board's only way to change: `reduce(state, action)` changes the state and returns the effects the loop
/// must run (save, export, quit). It does no I/O itself.
public enum BoardReducer {
    /// Applies an action to the state.
    public static func reduce(_ state: inout BoardState, _ action: Action) -> [Effect] {
        let effects = state.apply(action)
        // A board in the workshop's language goes along when the workshop's language is changed (or reloaded).
        state.view.follow(workshopLanguage: state.workshop.metadata.language)
        // A recovery file that goes holds nothing any more.
        if effects.contains(.removeRecovery) { state.session.recoveryRemoved() }
        return effects
    }
}

extension BoardState {
    /// The context that decides what a key means now.
    public var keyContext: KeyContext {
        switch overlay {
        case .prompt(let prompt):
            if case .capture = prompt.purpose { return .capture }
            return .editor
        case .dialog: return .dialog
        case .help: return .help
        case .timer: return .timer
        case .room: return .room
        case nil:
            switch screen {
            case .board: return .board
            case .field: return .field
            case .metadata: return .metadata
            case .presentation: return .presentation
            case .parkingLot: return .parkingLot
            }
        }
    }

    mutating func apply(_ action: Action) -> [Effect] {
        if isReadOnly && action.changesWorkshop || isReadOnly && screen == .metadata && action == .editCard {
            refuseChange()
            return []
        }
        switch action {
        case .input(let input): return receive(input)
        case .moveLeft, .moveRight, .moveUp, .moveDown: move(action)
        case .nextField:
            if review != nil { return stepReview(by: 1) }
            focus(topic: focusTopic % ModelTemplate.topicCount + 1)
        case .previousField:
            if review != nil { return stepReview(by: -1) }
            focus(topic: (focusTopic + ModelTemplate.topicCount - 2) % ModelTemplate.topicCount + 1)
        case .nextFlagged(let status): focusNext(status)
        case .nextConflict: focusNextConflict()
        case .showConflict: showConflict()
        case .jumpToField: openPrompt(.jump, text: "")
        case .open: open()
        case .back: back()
        case .addCard: startNewCard()
        case .editCard: editFocused()
        case .deleteCard: deleteCard()
        case .moveCardUp: moveCard(by: -1)
        case .moveCardDown: moveCard(by: 1)
        case .moveCardToOtherColumn: moveCardToOtherColumn(copy: false)
        case .copyCardToOtherColumn: moveCardToOtherColumn(copy: true)
        case .moveCardToField: startMoveToField(copy: false)
        case .copyCardToField: startMoveToField(copy: true)
        case .setAuthor: startDetail(.author)
        case .setOwner: startDetail(.owner)
        case .setDue: startDetail(.due)
        case .cycleMethod: cycleMethod()
        case .vote(let dots): vote(dots)
        case .cyclePriority: cyclePriority()
        case .cycleStatus: cycleStatus()
        case .presentation: togglePresentation()
        case .captureMethod:
            cycleCaptureMethod()
            if room.isRunning { return [.tellRoom(.method(capture.method))] }
        case .captureAuthor: startCaptureAuthor()
        case .timer: overlay = .timer
        case .timerCommand(let command): timerCommand(command)
        case .review: startReview()
        case .toggleTheme:
            view.toggleTheme()
            theme == .highContrast ? say("Hoher Kontrast an", "High contrast on") : say("Hoher Kontrast aus", "High contrast off")
        case .tick(let now):
            let effects = tick(now)
            // A jump to the leader's field that waited for an input to be done happens now.
            followLeader()
            return effects + syncIfDue() + recoveryIfDue()
        case .undo: undo()
        case .redo: redo()
        case .search: openPrompt(.search(returnTo: location), text: search?.query ?? "")
        case .nextHit: stepHit(by: 1)
        case .previousHit: stepHit(by: -1)
        case .help: overlay = .help(scroll: 0)
        case .metadata:
            navigation.show(.metadata)
            overlay = nil
        case .parkingLot: openParkingLot()
        case .unpark(let column): startUnpark(into: column)
        case .pointField(let topic): pointAt(field: topic)
        case .pointCard(let place): pointAt(card: place)
        case .scrollHelp(let lines):
            if case .help(let scroll) = overlay { overlay = .help(scroll: min(max(0, scroll + lines), HelpView.lastScroll(self))) }
        case .editor(let command): return edit(command)
        case .saveAs:
            openPrompt(.saveAs, text: filePath)
        case .save: return requestSave()
        case .quit: return requestQuit()
        case .export: return requestExport()
        case .dialog(let choice): return answer(choice)
        case .file(let event): return receive(event)
        case .toggleLead: toggleLead()
        case .toggleFollowLeader: toggleFollowLeader()
        case .sharing(let event): return receive(event)
        case .room: return showRoom()
        case .roomCommand(let command): return roomCommand(command)
        }
        return []
    }

    /// What the terminal handed over. A message belongs to the moment it was said: the next key, paste or click
    /// takes it away.
    private mutating func receive(_ input: Input) -> [Effect] {
        switch input {
        case .key(let key):
            message = nil
            return handle(key)
        case .paste(let text):
            message = nil
            return paste(text)
        case .resize(let width, let height):
            view.resize(width: width, height: height)
            return []
        case .mouse(let event):
            // With the mouse off the terminal sends no reports; one that arrives anyway is not obeyed.
            guard mouse else { return [] }
            message = nil
            return mouse(event)
        }
    }

    /// A key: into the line editor while one is open, else through the keymap.
    private mutating func handle(_ key: Key) -> [Effect] {
        if case .prompt(var prompt) = overlay, case .character(let c) = key {
            prompt.editor.insert(String(c))
            overlay = .prompt(prompt)
            promptChanged()
            return []
        } else if screen == .presentation, overlay == nil, case .character(let c) = key {
            // A selected card takes + and -; everything else typed is the start of a new card.
            if focusedCard != nil, let action = keymap.action(for: key, in: .presentation) { return apply(action) }
            startCapture(typed: String(c))
            return []
        }
        guard let action = keymap.action(for: key, in: keyContext) else { return [] }
        return apply(action)
    }

    /// Pasted text: into an open line editor, else one card per line into the focused column.
    private mutating func paste(_ text: String) -> [Effect] {
        if case .prompt(let prompt) = overlay { return paste(text, into: prompt) }
        guard screen == .field || screen == .presentation, overlay == nil else { return [] }
        if isReadOnly {
            refuseChange()
            return []
        }
        addCards(fromPastedLines: text)
        return []
    }

    /// Says that a read-only board cannot change.
    mutating func refuseChange() {
        say("Nur lesen: Änderungen sind nicht möglich", "Read-only: changes are not possible", error: true)
    }

    /// Shows a message in the status line.
    mutating func say(_ de: String, _ en: String, error: Bool = false) {
        message = Message(text: language.pick(de: de, en: en), isError: error, since: clock)
    }

    /// Says that a typed text names no field.
    mutating func sayNoField(_ text: String) {
        say("Kein Feld „\(text)“: Felder 1 bis 20", "No field “\(text)”: fields are 1 to 20", error: true)
    }

    /// Shows a failure in the status line.
    mutating func fail(_ text: String, lifetime: Double? = nil) {
        message = Message(text: text, isError: true, since: clock, lifetime: lifetime)
    }

    /// How the keys of a context (by default the current one) name the first key for `action`, for hints in
    /// messages.
    func keyName(_ action: Action, in context: KeyContext? = nil) -> String {
        keymap.keys(for: action, in: context ?? keyContext).first?.label(in: language) ?? "?"
    }
}
