import SixClusterModel

extension BoardState {
    /// Quitting: time spent is saved on the way out, a shared board writes its last change, and unsaved changes
    /// are asked about.
    mutating func requestQuit() -> [Effect] {
        if hasUnsavedTimeOnly && !isReadOnly {
            // The time the room spent is data too: saved on the way out, never dropped without a word.
            session.quitsAfterSave(true)
            say("Die Zeit pro Feld wird gespeichert …", "Saving the time spent per field …")
            return requestSave()
        }
        guard isModified else { return [.removeRecovery, .quit] }
        if sharing.isShared {
            // Shared, the last change goes to the file like every other one, without a question.
            session.quitsAfterSave(true)
            return requestSave()
        }
        overlay = .dialog(.unsavedChanges)
        return []
    }

    /// What the loop reports about the file: a save's or an export's result, a change on disk, a recovery file.
    mutating func receive(_ event: FileEvent) -> [Effect] {
        switch event {
        case .saveSucceeded(let saved):
            document.saved(saved)
            session.saved()
            say("Gespeichert: \(filePath)", "Saved: \(filePath)")
            return quitAfterSave ? [.removeRecovery, .quit] : [.removeRecovery]
        case .saveFailed(let failure):
            session.quitsAfterSave(false)
            let saveAs = keyName(.saveAs)
            fail(failure.text(in: language) + language.pick(de: " – Änderungen bleiben erhalten (\(saveAs): anderswo speichern)",
                                        en: " – your changes are kept (\(saveAs): save elsewhere)"))
        case .savedAs(let saved, let path):
            document.saved(saved)
            session.saved(as: path)
            say("Gespeichert: \(path) – weiter mit dieser Datei", "Saved: \(path) – the board goes on with this file")
        case .exportWouldReplace(let path):
            overlay = .dialog(.replaceReport(path: path))
        case .exportSucceeded(let path):
            say("Bericht exportiert: \(path)", "Report exported: \(path)")
        case .exportFailed(let failure):
            fail(failure.text(in: language))
        case .diskUnreadable(let problem):
            // It stays while the file cannot be read: the board keeps showing an older version.
            fail(language.pick(de: "Gezeigt wird der zuletzt lesbare Stand – ", en: "Showing the last readable version – ")
                 + problem.description, lifetime: .infinity)
        case .changedOnDisk(let disk):
            if sharing.isShared && !follows {
                absorb(disk)
                break
            }
            guard !isModified else {
                mergeChange(from: disk)
                break
            }
            // A following board keeps no history of other people's saves; an editing board can undo the reload.
            replaceWorkshop(with: disk, saved: disk, undoable: !follows)
            follows ? say("Neu geladen: die Datei wurde gespeichert", "Reloaded: the file was saved")
                : say("Die Datei wurde außerhalb geändert und neu geladen", "The file changed on disk and was reloaded")
        case .copySaved(let path):
            say("Meine Fassung steht in \(path); das Board zeigt die Datei von der Platte",
                "My version is in \(path); the board shows the file from disk")
        case .recoveryIgnored(let paths):
            let list = paths.joined(separator: ", ")
            say("Nicht gelesen (gehört nicht mir oder liegt in einem fremden Ordner): \(list)",
                "Not read (not mine, or in a folder that is not mine): \(list)", error: true)
        case .writeProtected(let reason):
            session.protect(because: reason)
            let (save, saveAs) = (keyName(.save), keyName(.saveAs))
            let file = VisibleText.escaped(filePath)
            fail(language.pick(
                de: "\(file): \(reason) – Änderungen bleiben im Board; \(save) fragt vor dem Speichern, \(saveAs) speichert unter anderem Namen",
                en: "\(file): \(reason) – edits stay on the board; \(save) asks before saving, \(saveAs) saves under another name"))
        case .recoveryFound(let workshop):
            guard workshop != self.workshop else { return [.removeRecovery] }
            let differing = zip(workshop.fields, self.workshop.fields).filter { $0.0 != $0.1 }.map(\.0.topic)
            overlay = .dialog(.recoveryWaiting(workshop, differing: differing, metadataDiffers: workshop.metadata != self.workshop.metadata))
        }
        return []
    }

    /// Unsaved edits – and a card still being typed – go to the recovery file about a second after they are made;
    /// a board that only watches keeps none (see `FileSession.recoveryDue`).
    mutating func recoveryIfDue() -> [Effect] {
        let typed = workshopWithTyping
        guard session.recoveryDue(typed, saved: savedWorkshop, at: clock) else { return [] }
        // Typing cancelled, nothing else unsaved: the recovery file holds nothing any more.
        return typed == savedWorkshop ? [.removeRecovery] : [.writeRecovery(typed)]
    }

    /// Takes the version from disk as the saved state, as one undoable step.
    mutating func takeDiskVersion(_ disk: Workshop) {
        replaceWorkshop(with: disk, saved: disk, undoable: true)
    }

    /// The file changed on disk while this board has unsaved changes: both are merged card by card (the base is
    /// what the board last read or wrote), as one undoable step. Only conflicts are asked about – after an open
    /// input, never over it (the next letters typed would answer the question).
    private mutating func mergeChange(from disk: Workshop) {
        session.quitsAfterSave(false)
        let mine = workshop
        let result = WorkshopMerge.merge(base: savedWorkshop, ours: mine, theirs: disk)
        replaceWorkshop(with: result.workshop, saved: disk, undoable: true)
        let (save, undo) = (keyName(.save), keyName(.undo))
        guard !result.isClean else {
            return say("Die Datei wurde außerhalb geändert; ihre Änderungen sind mit meinen zusammengeführt (\(save) speichert, \(undo) nimmt es zurück)",
                       "The file changed on disk; its changes were merged with mine (\(save) saves, \(undo) takes it back)")
        }
        let question = Overlay.dialog(.changedOnDisk(disk, mine: mine, conflicts: result.conflicts.count))
        if case .prompt = overlay {
            overlays.insert(question, at: overlays.count - 1)
            say("Die Datei wurde außerhalb geändert – die Frage zu Konflikten kommt nach dieser Eingabe",
                "The file changed on disk – the question about conflicts follows once this input is done")
        } else {
            overlay = question
        }
    }

    /// Puts another version of the workshop in place, with `saved` as what the file holds. The selected card stays
    /// selected where it is now (found by its content), and the search's hits are found again.
    mutating func replaceWorkshop(with new: Workshop, saved: Workshop, undoable: Bool) {
        let selected = focusedCard.map { CardReference(place: location, card: $0) }
        let old = workshop
        document.replace(with: new, saved: saved, undoableAt: undoable ? location : nil)
        navigation.keep(selected?.resolve(in: workshop), in: workshop)
        refreshSearch()
        // Open inputs and questions stay on their cards; a card being edited that somebody else changed is said.
        let wasChanged = overlays.contains { $0.editedCard?.changedFrom != nil }
        overlays = overlays.map { $0.followingCards(from: old, to: workshop) }
        if !wasChanged, overlays.contains(where: { $0.editedCard?.changedFrom != nil }) {
            say("Diese Karte wurde eben anderswo geändert – Enter behält beide Fassungen als Konflikt, Esc nimmt die neue",
                "This card was just changed elsewhere – Enter keeps both versions as a conflict, Esc takes the new one", error: true)
        }
    }

    mutating func requestSave(overProtection: Bool = false) -> [Effect] {
        if let writeProtection, !overProtection {
            overlay = .dialog(.writeProtected(reason: writeProtection))
            return []
        }
        if !commentLines.isEmpty {
            overlay = .dialog(.commentsWillBeLost(lines: commentLines))
            return []
        }
        if sharing.isShared { sharing.confirmNextWrite() }
        return [saveEffect]
    }

    /// `x`: open conflicts are named first, then empty fields, then the report's file is asked for.
    mutating func requestExport(allowingConflicts: Bool = false) -> [Effect] {
        let conflicts = workshop.completeness.conflictTopics
        if !conflicts.isEmpty && !allowingConflicts {
            overlay = .dialog(.exportWithConflicts(conflicts))
            return []
        }
        let empty = workshop.completeness.emptyTopics
        if !empty.isEmpty {
            overlay = .dialog(.exportWithEmptyFields(empty))
            return []
        }
        askExportPath()
        return []
    }

    /// Asks where the report goes, with the last place (or the workshop's name with `.md`) filled in.
    mutating func askExportPath() {
        openPrompt(.exportPath(language: workshop.metadata.language), text: exportPath ?? exportFormat.path(from: reportPath))
    }

    /// The export to a confirmed path, in a language (the workshop's unless chosen in the prompt).
    mutating func export(to path: String, in language: Language, replacing: Bool = false) -> [Effect] {
        session.exported(to: path, in: language)
        return [.export(workshop, path: path, language: language, replacing: replacing)]
    }
}
