import SixClusterModel

/// The workshop file as every writer shares it – boards, watchers, `sixcluster add`, scripts: one door. A writer
/// joins the presence folder beside the file (`PresenceFolder`), notices changes by the file's stamp, and every
/// write is read–merge–write under the folder's lock, written atomically with the workshop's permissions. It
/// answers with typed outcomes; wording belongs to whoever shows them. Safe to use from any one thread at a time.
public final class SharedWorkshopFile {
    /// What a write came to.
    public enum Outcome: Sendable {
        /// The file holds `workshop` now: `mine` merged with what others wrote since (`outsideChanges`), with the
        /// conflicts that merge marked.
        case written(Workshop, outsideChanges: Bool, conflicts: [WorkshopMerge.Conflict])
        /// The edits could not be carried out on the file as it is now; nothing was written.
        case refused(EditRefusal)
        /// The file holds YAML comments (these lines) that a write would remove: nothing was written.
        case heldBackByComments([Int])
        /// The file is write-protected (why, in words): nothing was written.
        case heldBackByProtection(String)
        /// The file could not be read (it is broken or gone); nothing was written.
        case unreadable(WorkshopLoadError)
        /// Writing failed (a full disk, no permission); the file is as it was.
        case failed(FileWriteError)
        /// The lock stayed taken longer than the time given (a writer hangs while it writes).
        case busy
    }

    /// The workshop file.
    public let path: String
    private let folder: PresenceFolder
    private let language: Language
    /// The file's stamp when this writer last read or wrote it.
    public private(set) var stamp: FileStamp?

    /// The shared file at `path`; `language` is the language of the lower layers' messages.
    public init(path: String, language: Language) {
        self.path = path
        self.language = language
        folder = PresenceFolder(for: path)
        stamp = FileStamp.of(path)
    }

    /// Joins the writers on the file; false when the folder beside it cannot be made (a read-only folder).
    @discardableResult
    public func join(_ presence: BoardPresence) -> Bool { folder.join(presence) }

    /// Tells the others where this writer is now.
    public func update(_ presence: BoardPresence) { folder.update(presence) }

    /// The other writers on the file now.
    public func others() -> [BoardPresence] { folder.others() }

    /// Leaves; the last one out removes the folder.
    public func leave() { folder.leave() }

    /// Whether the file changed since this writer last read or wrote it.
    public var hasChanged: Bool { FileStamp.of(path) != stamp }

    /// Notes that this writer has seen the file as it is now (after reading it itself).
    public func noteSeen() { stamp = FileStamp.of(path) }

    /// Writes `mine`, made from `base`: under the lock, merged card by card with what the file holds now (read only
    /// when it changed since this writer last saw it).
    public func write(_ mine: Workshop, base: Workshop, timeout: Double = 1) -> Outcome {
        exclusively(timeout: timeout) {
            let disk: Workshop?
            switch current(base: base) {
            case .success(let found): disk = found
            case .failure(let error): return .unreadable(error)
            }
            var written = mine
            var conflicts: [WorkshopMerge.Conflict] = []
            let outside = disk.map { $0 != base } ?? false
            if let disk, outside {
                let merged = WorkshopMerge.merge(base: base, ours: mine, theirs: disk)
                written = merged.workshop
                conflicts = merged.conflicts
            }
            if written != disk, let failure = store(written) { return .failed(failure) }
            stamp = FileStamp.of(path)
            return .written(written, outsideChanges: outside, conflicts: conflicts)
        }
    }

    /// What a save of one board alone came to.
    public enum SaveOutcome: Sendable {
        /// The file holds the workshop now.
        case saved
        /// The file changed since this writer last saw it and holds this: nothing was written, so that it can be
        /// merged or asked about.
        case changedOnDisk(Workshop)
        /// Writing failed; the file is as it was.
        case failed(FileWriteError)
        /// The lock stayed taken too long.
        case busy
    }

    /// Saves `workshop` under the lock – unless the file changed since this writer last saw it and now holds
    /// something other than `saved`, which then comes back instead. A file that cannot be read is written over, as
    /// the board's own version is the one to keep.
    public func save(_ workshop: Workshop, saved: Workshop, timeout: Double = 2) -> SaveOutcome {
        locked(timeout: timeout, busy: .busy, failed: SaveOutcome.failed) {
            if case .success(let disk)? = readIfChanged(), disk != saved { return .changedOnDisk(disk) }
            if let failure = store(workshop) { return .failed(failure) }
            stamp = FileStamp.of(path)
            return .saved
        }
    }

    /// What the file holds when it changed since this writer last saw it (then it counts as seen), or why it
    /// cannot be read; nil when it did not change or is gone.
    public func readIfChanged() -> Result<Workshop, WorkshopLoadError>? {
        let now = FileStamp.of(path)
        guard now != stamp, now != nil else { return nil }
        let result = load()
        if case .success = result { stamp = now }
        return result
    }

    /// What the file holds now (then it counts as seen), or why it cannot be read.
    public func read() -> Result<Workshop, WorkshopLoadError> {
        let now = FileStamp.of(path)
        let result = load()
        if case .success = result { stamp = now }
        return result
    }

    /// Carries out edits on the file as it is now, under the lock: read, apply in order, write. The first edit
    /// that is refused leaves the file as it was; so do comments a write would remove, and a write protection.
    public func apply(_ edits: [WorkshopEdit], timeout: Double = 2) -> Outcome {
        apply(timeout: timeout) { _ in .success(edits) }
    }

    /// Carries out edits made from the file as it is read under the lock – for a writer that names cards by what
    /// they say rather than by an address taken earlier (a phone: "my card", "this card gets a dot") – so that
    /// other writers' changes between its look and its write do not make the card unfindable. As `apply(_:)`
    /// otherwise; a refusal from `edits` leaves the file as it was.
    public func apply(timeout: Double = 2, _ edits: (Workshop) -> Result<[WorkshopEdit], EditRefusal>) -> Outcome {
        transact(timeout: timeout) { workshop in
            switch edits(workshop) {
            case .success(let made): return Self.apply(made, to: &workshop)
            case .failure(let refusal): return refusal
            }
        }
    }

    /// Carries out several writers' edits in one write, each made from the file as the ones before left it: an
    /// edit that is refused is left out (its refusal in the list, in order) and the others are written. For a
    /// writer that serves many people at once (the room), so that a burst of cards costs one read and one write.
    /// Comments, a write protection, an unreadable file or a failed write hold back all of them.
    public func applyEach(_ makers: [(Workshop) -> Result<[WorkshopEdit], EditRefusal>], timeout: Double = 2)
        -> (outcome: Outcome, refusals: [EditRefusal?]) {
        var refusals = [EditRefusal?](repeating: nil, count: makers.count)
        let outcome = transact(timeout: timeout) { workshop in
            for (index, make) in makers.enumerated() {
                var trial = workshop
                switch make(workshop) {
                case .success(let made): refusals[index] = Self.apply(made, to: &trial)
                case .failure(let refusal): refusals[index] = refusal
                }
                if refusals[index] == nil { workshop = trial }
            }
            return nil
        }
        return (outcome, refusals)
    }

    /// Applies edits in order; the first refusal, with the workshop left part-way (the caller drops it).
    private static func apply(_ edits: [WorkshopEdit], to workshop: inout Workshop) -> EditRefusal? {
        for edit in edits {
            if case .failure(let refusal) = workshop.apply(edit) { return refusal }
        }
        return nil
    }

    /// Under the lock: reads the file, lets `change` change the workshop (or refuse), writes it atomically. The
    /// file's comments, a write protection, an unreadable file or a failed write hold the change back.
    private func transact(timeout: Double, _ change: (inout Workshop) -> EditRefusal?) -> Outcome {
        exclusively(timeout: timeout) {
            let loaded: LoadedWorkshop
            do throws(WorkshopLoadError) {
                loaded = try WorkshopFileReader(language: language).load(path)
            } catch {
                return .unreadable(error)
            }
            if !loaded.commentLines.isEmpty { return .heldBackByComments(loaded.commentLines) }
            if let reason = WriteProtection.reason(for: path, language: language) { return .heldBackByProtection(reason) }
            var workshop = loaded.workshop
            if let refusal = change(&workshop) { return .refused(refusal) }
            if let failure = store(workshop) { return .failed(failure) }
            stamp = FileStamp.of(path)
            return .written(workshop, outsideChanges: false, conflicts: [])
        }
    }

    /// What the file holds now: `base` when it is as this writer last saw it, nil when there is no file yet.
    private func current(base: Workshop) -> Result<Workshop?, WorkshopLoadError> {
        let now = FileStamp.of(path)
        guard now != nil else { return .success(nil) }
        guard now != stamp else { return .success(base) }
        return load().map { $0 }
    }

    /// The file read as it is now.
    private func load() -> Result<Workshop, WorkshopLoadError> {
        do throws(WorkshopLoadError) {
            return .success(try WorkshopFileReader(language: language).load(path).workshop)
        } catch {
            return .failure(error)
        }
    }

    /// Runs a write under the folder's lock; `.busy` when it could not be had in time, `.failed` when there is no
    /// folder to write in. Never without the lock.
    private func exclusively(timeout: Double, _ body: () -> Outcome) -> Outcome {
        locked(timeout: timeout, busy: .busy, failed: Outcome.failed, body)
    }

    /// `body`'s outcome under the folder's lock, or `busy`, or what `failed` makes of the failure to write there.
    private func locked<T>(timeout: Double, busy: T, failed: (FileWriteError) -> T, _ body: () -> T) -> T {
        switch folder.exclusively(timeout: timeout, body) {
        case .success(let outcome): outcome
        case .failure(.timedOut): busy
        case .failure(.noFolder(let code)): failed(AtomicFileWriter(language: language).failure(path, code))
        }
    }

    /// Writes the file atomically with its own (or, new, the folder's) permissions; nil when it worked.
    private func store(_ workshop: Workshop) -> FileWriteError? {
        do {
            let text = try WorkshopEncoder().encode(workshop)
            try AtomicFileWriter(language: language).write(Array(text.utf8), to: path,
                                                           permissions: .targetOr(.matching(workshop: path)))
            return nil
        } catch let error as FileWriteError {
            return error
        } catch {
            return FileWriteError(path: path, message: "\(error)")
        }
    }
}
