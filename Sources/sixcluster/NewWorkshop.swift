#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles
import SixClusterModel

/// A new workshop file from the model: every field empty, today's date, a title and a language.
enum NewWorkshop {
    /// Why a new workshop was not written.
    enum Refusal: Error {
        /// Something is at the path already (`isFolder`: a folder).
        case exists(isFolder: Bool)
        /// The file could not be written.
        case writeFailed(FileWriteError)
    }

    /// Writes the workshop; refuses a path that exists unless `replacing`.
    static func write(to path: String, title: String, language: Language, replacing: Bool = false) throws(Refusal) {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw .exists(isFolder: true) }
            if !replacing { throw .exists(isFolder: false) }
        }
        let metadata = WorkshopMetadata(title: title, date: today(), language: language)
        let text = (try? WorkshopEncoder().encode(Workshop(metadata: metadata))) ?? ""
        do {
            try AtomicFileWriter(language: language).write(Array(text.utf8), to: path)
        } catch {
            throw .writeFailed(error)
        }
    }

    /// Today's date where the user is (local time), as `2026-11-25`.
    private static func today() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let twoDigits: (Int32) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday))"
    }
}
