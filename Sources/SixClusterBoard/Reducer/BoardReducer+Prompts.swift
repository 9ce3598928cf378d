import SixClusterModel

extension BoardState {
    mutating func openPrompt(_ purpose: PromptPurpose, text: String) {
        overlay = .prompt(Prompt(purpose: purpose, editor: LineEditor(text, suggested: purpose.prefillsSuggestion)))
    }

    /// A command of the open line editor.
    mutating func edit(_ command: EditorCommand) -> [Effect] {
        guard case .prompt(var prompt) = overlay else { return [] }
        switch command {
        case .confirm:
            return closePrompt { $0.confirm(prompt) }
        case .cancel:
            return closePrompt { state in
                if case .search(let returnTo) = prompt.purpose {
                    state.navigation.remember(nil)
                    state.focus(returnTo)
                }
                if case .captureAuthor(let resume) = prompt.purpose { state.resumeCapture(resume) }
                return []
            }
        case .park:
            guard prompt.purpose.takesCardText else { return [] }
            if isReadOnly { refuseChange(); return [] }
            park(prompt)
        case .complete:
            if case .exportPath(let reportLanguage) = prompt.purpose {
                // The next format, as the path's ending; after the last, the first in the other language.
                let typed = prompt.editor.text
                let format = ExportFormat(path: typed)
                prompt.editor = LineEditor(format.next.path(from: typed), suggested: prompt.editor.isSuggestion)
                if format.next == ExportFormat.allCases[0] { prompt.purpose = .exportPath(language: reportLanguage.other) }
                overlay = .prompt(prompt)
                return []
            }
            let names = prompt.purpose == .removeFromRoom ? room.people : people
            guard prompt.purpose.asksForAuthor, let name = nextName(after: prompt.editor.text, among: names) else { return [] }
            prompt.editor = LineEditor(name)
            overlay = .prompt(prompt)
        default:
            prompt.editor.apply(command)
            overlay = .prompt(prompt)
            promptChanged()
        }
        return []
    }

    /// The people of the workshop – participants (without a role in brackets), the facilitator, the people at the
    /// boards on the file (this one's first), the authors of cards – in that order, each once.
    var people: [String] {
        let named = workshop.metadata.participants + [workshop.metadata.facilitator] + [writer].compactMap { $0 } + sharing.names
        let authors = workshop.fields.flatMap { $0.ist + $0.soll }.compactMap(\.author)
        var result: [String] = []
        for person in named + authors {
            let name = (person.split(separator: "(", maxSplits: 1).first.map(String.init) ?? person).trimmingSpaces
            if !name.isEmpty && !result.contains(name) { result.append(name) }
        }
        return result
    }

    /// Tab in an author prompt: the first person whose name starts with the typed text; on a complete name, the
    /// next person (wrapping), so that Tab walks the list.
    func nextName(after typed: String, among people: [String]) -> String? {
        if let current = people.firstIndex(of: typed) { return people.isEmpty ? nil : people[(current + 1) % people.count] }
        let prefix = typed.lowercased()
        return people.first { $0.lowercased().hasPrefix(prefix) }
    }

    /// Takes the prompt away and runs what it leads to; whatever that opens (quick capture's next card) lies over
    /// what waited under the prompt. A change on disk that waited there is asked about now – or simply taken,
    /// when nothing is left unsaved to ask about.
    private mutating func closePrompt(_ body: (inout BoardState) -> [Effect]) -> [Effect] {
        overlay = nil
        let waiting = overlays
        overlays = []
        let effects = body(&self)
        overlays = waiting + overlays
        if case .dialog(.changedOnDisk(let disk, _, _))? = overlay, !isModified {
            overlay = nil
            takeDiskVersion(disk)
        }
        return effects
    }

    /// Pasted text: several lines into a new card's prompt become one card each; otherwise it is inserted.
    mutating func paste(_ text: String, into prompt: Prompt) -> [Effect] {
        var prompt = prompt
        let lines = text.split(whereSeparator: \.isNewline)
        if case .newCard(_, _, let index) = prompt.purpose, lines.count > 1 {
            overlay = nil
            let typed = prompt.editor.text.trimmingSpaces
            addCards(fromPastedLines: (typed.isEmpty ? "" : typed + "\n") + text, at: index)
            return []
        }
        if case .capture(let topic, let column) = prompt.purpose, lines.count > 1 {
            let typed = prompt.editor.text.trimmingSpaces
            addCards(fromPastedLines: (typed.isEmpty ? "" : typed + "\n") + text, at: workshop[topic: topic][column].count)
            navigation.focusCaptureLine(in: workshop)
            openPrompt(.capture(topic: topic, column: column), text: "")
            return []
        }
        prompt.editor.insert(lines.joined(separator: " "))
        overlay = .prompt(prompt)
        promptChanged()
        return []
    }

    /// While searching, the hits follow the typed text.
    mutating func promptChanged() {
        guard case .prompt(let prompt) = overlay, case .search(let returnTo) = prompt.purpose else { return }
        runSearch(prompt.editor.text, from: returnTo)
    }

    /// A confirmed prompt: one that names a file hands its work to the loop; the others change the state.
    mutating func confirm(_ prompt: Prompt) -> [Effect] {
        let trimmed = prompt.editor.text.trimmingSpaces
        switch prompt.purpose {
        case .saveElsewhere(let disk, let mine):
            guard !trimmed.isEmpty else {
                let conflicts = workshop.fields.reduce(0) { $0 + ($1.ist + $1.soll).filter { $0.conflict != nil }.count }
                overlay = .dialog(.changedOnDisk(disk, mine: mine, conflicts: conflicts))
                return []
            }
            takeDiskVersion(disk)
            return [.saveCopy(mine, path: trimmed)]
        case .saveAs:
            return trimmed.isEmpty ? [] : [.saveAs(workshop, path: trimmed)]
        case .exportPath(let reportLanguage):
            guard !trimmed.isEmpty else {
                say("Kein Export", "Nothing exported")
                return []
            }
            return export(to: trimmed, in: reportLanguage)
        case .removeFromRoom:
            return trimmed.isEmpty ? [] : removeFromRoom(trimmed)
        default:
            store(prompt)
            return []
        }
    }

    /// An edit stored after another writer changed the same card's text meanwhile: one card, both versions kept as
    /// a conflict – never a second card beside the other's (unless nothing was typed, or both typed the same).
    private mutating func storeEditOfChangedCard(_ text: String, original: String, at place: CardLocation) {
        guard let card = address(place) else { return }
        let theirs = card.card
        focus(place)
        guard text != original, text != theirs.text else {
            return say("Die Karte wurde inzwischen anderswo geändert; diese Fassung bleibt", "The card was changed elsewhere meanwhile; that version stays")
        }
        var mine = theirs
        mine.text = text
        mine.conflict = theirs.text
        guard perform([.replace(card, with: mine)], at: place) else { return }
        let show = keyName(.showConflict, in: .field)
        say("Die Karte wurde inzwischen anderswo geändert – beide Fassungen stehen als Konflikt da (\(show): wählen)",
            "The card was changed elsewhere meanwhile – both versions are kept as a conflict (\(show): choose)", error: true)
    }

    /// A confirmed prompt whose text changes the workshop or the board.
    private mutating func store(_ prompt: Prompt) {
        let text = prompt.editor.text
        let trimmed = text.trimmingSpaces
        switch prompt.purpose {
        case .newCard(let topic, let column, let index):
            guard !trimmed.isEmpty else { return say("Leerer Text: keine Karte angelegt", "Blank text: no card added") }
            let place = CardLocation(topic: topic, column: column, index: min(index, workshop[topic: topic][column].count))
            guard perform([.add(newCard(trimmed), topic: topic, column: column, at: place.index)], at: place) else { return }
            focus(place)
        case .editCard(let reference):
            guard !trimmed.isEmpty else {
                let delete = keyName(.deleteCard)
                return say("Leerer Text: Karte unverändert (\(delete) löscht sie)", "Blank text: card kept (\(delete) deletes it)")
            }
            guard let place = reference.resolve(in: workshop) else {
                // The card went while its text was edited: what was typed is kept, as a card of its own.
                let home = reference.place
                var card = reference.card
                card.text = trimmed
                guard perform([.add(card, topic: home.topic, column: home.column)], at: home) else { return }
                return say("Die Karte wurde inzwischen entfernt – der Text steht jetzt als neue Karte am Ende der Spalte",
                           "The card was removed meanwhile – the text is now a new card at the end of the column", error: true)
            }
            if let original = reference.changedFrom {
                return storeEditOfChangedCard(trimmed, original: original, at: place)
            }
            // Editing a card that a merge marked as a conflict resolves it: the text as typed now is the one.
            guard let card = address(place) else { return }
            var edited = card.card
            edited.text = trimmed
            edited.conflict = nil
            guard perform([.replace(card, with: edited)], at: place) else { return }
            focus(place)
            if reference.card.conflict != nil {
                let undo = keyName(.undo, in: .field)
                say("Konflikt gelöst: der neue Text gilt (\(undo): rückgängig)", "Conflict resolved: the new text holds (\(undo): undo)")
            }
        case .detail(let reference, let detail):
            guard let place = resolveOrSay(reference), let card = address(place) else { return }
            let value = trimmed.isEmpty ? nil : trimmed
            var changed = card.card
            changed[keyPath: detail.path] = value
            let edit: WorkshopEdit = switch detail {
            case .owner: .setOwner(card, value)
            case .due: .setDue(card, value)
            case .author: .replace(card, with: changed)
            }
            perform([edit], at: place)
        case .moveToField(let reference, let copy):
            guard let number = FieldNumber.parse(trimmed) else {
                return sayNoField(trimmed)
            }
            moveCard(reference, toField: number, copy: copy)
        case .metadata(let entry):
            let place = location
            change(at: place) { $0.metadata = entry.setting(text, in: $0.metadata) }
        case .search:
            // The search stays (n and N walk it); one without hits says so again, with the query as typed.
            if let search, search.hits.isEmpty { sayNoHits(search.query) }
        case .saveElsewhere, .saveAs, .exportPath, .removeFromRoom:
            break // they ask for a file, in `confirm`
        case .capture(let topic, let column):
            storeCapture(trimmed, topic: topic, column: column)
        case .captureAuthor(let resume):
            facilitation.setCaptureAuthor(trimmed.isEmpty ? nil : trimmed)
            say("Neue Karten: von " + (capture.author ?? "–"), "New cards: by " + (capture.author ?? "–"))
            resumeCapture(resume)
        case .parked(let card):
            storeParked(trimmed, replacing: card)
        case .unpark(let card, let column):
            unpark(card, into: column, field: trimmed)
        case .timeboxMinutes(let scope):
            setTimebox(trimmed, scope: scope)
        case .jump:
            guard let number = FieldNumber.parse(trimmed) else {
                return sayNoField(trimmed)
            }
            focus(topic: number)
        }
    }
}
