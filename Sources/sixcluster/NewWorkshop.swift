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
        let metadata = WorkshopMetadata(title: title, date: LocalTime.today, language: language)
        let text = (try? WorkshopEncoder().encode(Workshop(metadata: metadata))) ?? ""
        do {
            try AtomicFileWriter(language: language).write(Array(text.utf8), to: path)
        } catch {
            throw .writeFailed(error)
        }
    }
}
