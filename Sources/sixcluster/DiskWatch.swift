import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// Looks whether the board's file changed on disk since the board read or wrote it, and says what the reducer is
/// to hear about it. It only reads; a change it finds is the reducer's to take (reload, merge, or ask).
struct DiskWatch {
    /// When the file was last looked at (following boards look four times a second).
    private(set) var lastLook = 0.0
    /// A stamp of the file that could not be read, so that its problem is told once.
    private var unreadableStamp: FileStamp?

    /// What the file means for the board now: its new content when it changed (and differs from what was
    /// saved), a following board's one notice when it cannot be read, else nothing. A vanished or half-written
    /// file waits.
    mutating func look(at file: SharedWorkshopFile, for state: BoardState, now: Double) -> FileEvent? {
        lastLook = now
        switch file.readIfChanged() {
        case nil:
            return nil
        case .success(let disk)?:
            return disk != state.savedWorkshop ? .changedOnDisk(disk) : nil
        case .failure(let error)?:
            let stamp = FileStamp.of(state.filePath)
            guard state.follows, unreadableStamp != stamp else { return nil }
            unreadableStamp = stamp
            return .diskUnreadable(error.diagnostics.first ?? Diagnostic(file: state.filePath, message: error.description))
        }
    }
}
