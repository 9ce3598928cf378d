import SixClusterModel

/// What the loop reports about the board's file: how a save or an export went, a change on disk, a recovery file.
/// Each is data; the reducer words it in the board's language.
public enum FileEvent: Equatable, Sendable {
    case saveSucceeded(Workshop)
    /// A save as went to `path` (as the loop resolved it: `~` expanded); the board goes on with that file.
    case savedAs(Workshop, path: String)
    /// A save (or save as, or a copy) could not be written.
    case saveFailed(WriteFailure)
    /// The report was written to this file (its whole path).
    case exportSucceeded(String)
    /// The export's target exists and is no untouched report of sixcluster's: the board asks before replacing it.
    case exportWouldReplace(String)
    /// The report could not be written.
    case exportFailed(WriteFailure)
    /// The loop found a recovery file holding this workshop.
    case recoveryFound(Workshop)
    /// Recovery files that were not read because another user could have planted them.
    case recoveryIgnored([String])
    /// The workshop file is write-protected (the reason in words): saving asks first.
    case writeProtected(String)
    /// The file on disk changed (a text editor, `git pull`); this is what it holds now.
    case changedOnDisk(Workshop)
    /// A copy of my version was written to this file.
    case copySaved(String)
    /// The followed file changed on disk but cannot be read now: what is wrong, and where.
    case diskUnreadable(Diagnostic)
}

/// What the loop reports about the other writers on the board's file.
public enum SharingEvent: Equatable, Sendable {
    /// The other boards and writers on the file now (from their presence files).
    case presence([BoardPresence])
    /// A `sync` wrote `written` (my version `mine` merged with what the file held), with this many conflicts marked.
    case synced(Workshop, mine: Workshop, conflicts: Int)
    /// A `sync` could not write; it is tried again shortly.
    case syncFailed(WriteFailure)
    /// What the room's server reported.
    case room(RoomEvent)
}

/// What the room's server reports to the board that started it.
public enum RoomEvent: Equatable, Sendable {
    /// It listens: its join link (with the token) and the link's QR code.
    case opened(link: String, picture: QRPicture)
    /// This many have joined the room so far.
    case joined(Int)
    /// The names of those in the room, in the order they joined.
    case people([String])
    /// Phone cards held until their fields are revealed, by field.
    case held([Int: Int])
    /// It ended, or could not start (its own words why, when it said any).
    case ended(reason: String?)
}
