import SixClusterModel

extension BoardState {
    /// Saving, quitting, exporting, the dialogs they raise, and the results the loop reports.
    mutating func fileAction(_ action: Action) -> [Effect] {
        switch action {
        case .save: return requestSave()
        case .quit:
            guard isModified else { return [.quit] }
            overlay = .dialog(.unsavedChanges)
            return []
        case .export: return requestExport()
        case .dialog(let choice): return answer(choice)
        case .saveSucceeded(let saved):
            savedWorkshop = saved
            fileExists = true
            commentLines = []
            say("Gespeichert: \(filePath)", "Saved: \(filePath)")
            if quitAfterSave { return [.quit] }
        case .saveFailed(let reason):
            quitAfterSave = false
            message = Message(text: reason + language.pick(de: " – Änderungen bleiben erhalten", en: " – your changes are kept"),
                              isError: true)
        case .exportSucceeded(let path):
            say("Bericht exportiert: \(path)", "Report exported: \(path)")
        case .exportFailed(let reason):
            message = Message(text: reason, isError: true)
        default: break
        }
        return []
    }

    private mutating func requestSave() -> [Effect] {
        if !commentLines.isEmpty {
            overlay = .dialog(.commentsWillBeLost(lines: commentLines))
            return []
        }
        return [.save(workshop, path: filePath)]
    }

    private mutating func requestExport() -> [Effect] {
        let empty = workshop.completeness.emptyTopics
        if !empty.isEmpty {
            overlay = .dialog(.exportWithEmptyFields(empty))
            return []
        }
        return [.export(workshop, path: reportPath, language: workshop.metadata.language)]
    }

    private mutating func answer(_ choice: DialogChoice) -> [Effect] {
        guard case .dialog(let dialog) = overlay else { return [] }
        switch (dialog, choice) {
        case (_, .cancel):
            overlay = nil
            quitAfterSave = false
        case (.unsavedChanges, .save):
            overlay = nil
            quitAfterSave = true
            return requestSave()
        case (.unsavedChanges, .discard):
            return [.quit]
        case (.exportWithEmptyFields(let empty), .jump):
            overlay = nil
            focus(topic: empty[0])
            screen = .field
        case (.exportWithEmptyFields, .exportAnyway):
            overlay = nil
            return [.export(workshop, path: reportPath, language: workshop.metadata.language)]
        case (.commentsWillBeLost, .save):
            overlay = nil
            commentLines = []
            return [.save(workshop, path: filePath)]
        default: break
        }
        return []
    }
}
