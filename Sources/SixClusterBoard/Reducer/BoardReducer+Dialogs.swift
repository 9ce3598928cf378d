import SixClusterModel

extension BoardState {
    /// An answer to the open question, handled by that question's own code; a choice the question does not offer
    /// changes nothing.
    mutating func answer(_ choice: DialogChoice) -> [Effect] {
        guard case .dialog(let dialog) = overlay else { return [] }
        switch dialog {
        case .unsavedChanges: return answerUnsavedChanges(choice)
        case .exportWithEmptyFields(let topics): return answerExportQuestion(choice, first: topics.first, conflicts: false)
        case .exportWithConflicts(let topics): return answerExportQuestion(choice, first: topics.first, conflicts: true)
        case .reviewDone: return answerExportQuestion(choice, first: nil, conflicts: false)
        case .conflict(let reference): resolveConflict(reference, choice)
        case .replaceReport(let path): return answerReplaceReport(choice, path: path)
        case .commentsWillBeLost: return answerCommentsWillBeLost(choice)
        case .recoveryWaiting(let recovered, _, _): return answerRecovery(choice, recovered: recovered)
        case .writeProtected: return answerWriteProtected(choice)
        case .changedOnDisk(let disk, let mine, _): return answerChangedOnDisk(choice, disk: disk, mine: mine)
        }
        return []
    }

    /// Closes a question without doing what it asked about; a quit that waited for it is off.
    private mutating func dismissQuestion() {
        overlay = nil
        session.quitsAfterSave(false)
    }

    /// Quitting with unsaved changes: save (then quit), discard, or stay.
    private mutating func answerUnsavedChanges(_ choice: DialogChoice) -> [Effect] {
        switch choice {
        case .save:
            overlay = nil
            session.quitsAfterSave(true)
            return requestSave()
        case .discard: return [.removeRecovery, .quit]
        case .cancel: dismissQuestion()
        case .jump, .exportAnyway, .restore, .readOnly, .keepMine, .saveElsewhere, .keepBoth, .combine: break
        }
        return []
    }

    /// Exporting with empty fields or open conflicts, or at the end of the review: go to the first such field,
    /// export anyway (conflicts then marked in the report), or not now.
    private mutating func answerExportQuestion(_ choice: DialogChoice, first: Int?, conflicts: Bool) -> [Effect] {
        switch choice {
        case .jump:
            guard let first else { return [] }
            overlay = nil
            focus(topic: first)
            navigation.show(.field)
        case .exportAnyway:
            overlay = nil
            if conflicts { return requestExport(allowingConflicts: true) }
            askExportPath()
        case .cancel: dismissQuestion()
        case .save, .discard, .restore, .readOnly, .keepMine, .saveElsewhere, .keepBoth, .combine: break
        }
        return []
    }

    /// The report's target is a file sixcluster did not write: replace it, or not.
    private mutating func answerReplaceReport(_ choice: DialogChoice, path: String) -> [Effect] {
        switch choice {
        case .exportAnyway:
            overlay = nil
            return export(to: path, in: session.exportLanguage ?? workshop.metadata.language, replacing: true)
        case .cancel: dismissQuestion()
        case .save, .discard, .jump, .restore, .readOnly, .keepMine, .saveElsewhere, .keepBoth, .combine: break
        }
        return []
    }

    /// Saving drops the file's comments: save anyway, or not.
    private mutating func answerCommentsWillBeLost(_ choice: DialogChoice) -> [Effect] {
        switch choice {
        case .save:
            overlay = nil
            document.dropComments()
            return [saveEffect]
        case .cancel: dismissQuestion()
        case .discard, .jump, .exportAnyway, .restore, .readOnly, .keepMine, .saveElsewhere, .keepBoth, .combine: break
        }
        return []
    }

    /// A recovery file waits: restore it (undoable), discard it, or open the file read-only. It must be answered.
    private mutating func answerRecovery(_ choice: DialogChoice, recovered: Workshop) -> [Effect] {
        switch choice {
        case .restore:
            overlay = nil
            change(at: location) { $0 = recovered }
            let (save, undo) = (keyName(.save), keyName(.undo))
            say("Wiederhergestellt – mit \(save) speichern, \(undo) macht es rückgängig",
                "Restored – \(save) saves it, \(undo) undoes it")
        case .discard:
            overlay = nil
            say("Wiederherstellungsdatei verworfen", "Recovery file discarded")
            return [.removeRecovery]
        case .readOnly:
            overlay = nil
            session.makeReadOnly()
            say("Nur lesen – die Wiederherstellungsdatei bleibt erhalten", "Read-only – the recovery file is kept")
        case .save, .jump, .exportAnyway, .keepMine, .saveElsewhere, .cancel, .keepBoth, .combine: break
        }
        return []
    }

    /// The file is write-protected: save anyway, save under another name, or not.
    private mutating func answerWriteProtected(_ choice: DialogChoice) -> [Effect] {
        switch choice {
        case .save:
            overlay = nil
            return requestSave(overProtection: true)
        case .saveElsewhere:
            dismissQuestion()
            openPrompt(.saveAs, text: filePath)
        case .cancel: dismissQuestion()
        case .discard, .jump, .exportAnyway, .restore, .readOnly, .keepMine, .keepBoth, .combine: break
        }
        return []
    }

    /// The file changed on disk and merging left conflicts: take the file's version, keep the merge and save it,
    /// or save my version elsewhere.
    private mutating func answerChangedOnDisk(_ choice: DialogChoice, disk: Workshop, mine: Workshop) -> [Effect] {
        switch choice {
        case .restore:
            overlay = nil
            takeDiskVersion(disk)
            let undo = keyName(.undo)
            say("Neu geladen – meine Änderungen verworfen (\(undo) holt sie zurück)",
                "Reloaded – my changes dropped (\(undo) brings them back)")
        case .keepMine:
            overlay = nil
            return [saveEffect]
        case .saveElsewhere:
            overlay = nil
            openPrompt(.saveElsewhere(disk: disk, mine: mine), text: String(reportPath.dropLast(".md".count)) + ".mine.yaml")
        case .cancel: dismissQuestion()
        case .save, .discard, .jump, .exportAnyway, .readOnly, .keepBoth, .combine: break
        }
        return []
    }
}
