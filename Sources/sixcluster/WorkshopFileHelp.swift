import ArgumentParser

extension CompletionKind {
    /// Shells complete workshop files (`.yaml`, `.yml`) and folders.
    static var workshopFiles: CompletionKind { .file(extensions: ["yaml", "yml"]) }
}

extension ArgumentHelp {
    /// The help of the one workshop file that `edit`, `view`, `show` and `export` take.
    static var workshopFile: ArgumentHelp {
        ArgumentHelp(HelpLanguage.current.pick(de: "Die Workshop-Datei.", en: "The workshop file."), valueName: "file")
    }
}
