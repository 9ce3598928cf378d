import SixClusterModel

/// The board's file: where it is, whether it may be written, what waits to be saved or asked about. It changes
/// only through its own methods (the export format, a launch setting, excepted).
public struct FileSession: Equatable, Sendable {
    /// The workshop file.
    public private(set) var filePath: String
    /// Whether the file exists yet (a new workshop is written at the first save).
    public private(set) var fileExists: Bool
    /// Whether the workshop is only shown: no change, no save, no recovery file.
    public private(set) var isReadOnly: Bool = false
    /// Whether the board follows the file, reloading each save (`sixcluster view`).
    public private(set) var follows: Bool = false
    /// Why the workshop file is write-protected (as vim's read-only files: edits are possible, a save asks first).
    public private(set) var writeProtection: String? = nil
    /// Where the last report went (offered again by the next export).
    private(set) var exportPath: String? = nil
    /// The language the last report was written in (asked again when it would replace a file).
    private(set) var exportLanguage: Language? = nil
    /// The format the export prompt offers first.
    var exportFormat: ExportFormat = .md
    /// Whether a save was asked for on the way out.
    public private(set) var quitAfterSave: Bool = false
    /// What the recovery file holds (or will once the last write is done); nil: as saved.
    private var recoveryHolds: Workshop? = nil
    /// When the recovery file was last written (the loop's clock).
    private var recoveryWrittenAt: Double = -.infinity

    /// Creates the session of a file.
    init(filePath: String, fileExists: Bool, isReadOnly: Bool, follows: Bool) {
        self.filePath = filePath
        self.fileExists = fileExists
        self.isReadOnly = isReadOnly
        self.follows = follows
    }

    /// The file was written: it exists now.
    mutating func saved() {
        fileExists = true
    }

    /// The workshop was written to `path`, and the board goes on with that file (it was writable).
    mutating func saved(as path: String) {
        filePath = path
        writeProtection = nil
        fileExists = true
    }

    /// Whether the board quits once the save under way worked (asked for on the way out).
    mutating func quitsAfterSave(_ quits: Bool) {
        quitAfterSave = quits
    }

    /// The file may not be written, for this reason: a save asks first.
    mutating func protect(because reason: String) {
        writeProtection = reason
    }

    /// Nothing is changed or saved from now on (the user chose to only look).
    mutating func makeReadOnly() {
        isReadOnly = true
    }

    /// A report went to `path` in `language`: the next export offers the path again.
    mutating func exported(to path: String, in language: Language) {
        exportPath = path
        exportLanguage = language
    }

    /// How long a change may wait before it goes to the recovery file, in seconds.
    static let recoveryInterval = 1.0

    /// Whether `workshop` should go to the recovery file now (unsaved edits the file does not hold yet, a second
    /// after the last write; time counted in presentation mode alone is no edit to recover). When it should, the
    /// session takes it as written.
    mutating func recoveryDue(_ workshop: Workshop, saved: Workshop, at clock: Double) -> Bool {
        let holds = recoveryHolds ?? saved
        // Every tick asks: the common answer (nothing changed) is found without copying the workshop.
        guard !isReadOnly, workshop != holds, workshop.ignoringTimeSpent != holds.ignoringTimeSpent,
              clock - recoveryWrittenAt >= Self.recoveryInterval else { return false }
        recoveryHolds = workshop
        recoveryWrittenAt = clock
        return true
    }

    /// The recovery file went (its changes were saved or dropped): it holds nothing any more.
    mutating func recoveryRemoved() {
        recoveryHolds = nil
    }
}
