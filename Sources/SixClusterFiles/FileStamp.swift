#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells whether a file changed on disk: its inode, size and modification time.
public struct FileStamp: Equatable, Sendable {
    private let inode: UInt64
    private let size: Int64
    private let seconds: Int
    private let nanoseconds: Int

    /// The stamp of the file at `path`, or nil when there is no such file.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = FileTime.modification(of: info)
        return FileStamp(inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
    }
}
