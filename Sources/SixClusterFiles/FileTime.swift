#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's modification time from `stat`, whose field is named differently on Linux (`st_mtim`) and on macOS
/// and the BSDs (`st_mtimespec`).
public enum FileTime {
    /// When the file was last modified.
    public static func modification(of info: stat) -> timespec {
        #if os(Linux)
        info.st_mtim
        #else
        info.st_mtimespec
        #endif
    }
}
