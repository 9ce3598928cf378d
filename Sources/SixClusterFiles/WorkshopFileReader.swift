#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// Reads workshop files from disk without trusting them: only regular files, no larger than the format's limit,
/// never blocking on a FIFO or a device.
public struct WorkshopFileReader: Sendable {
    /// The language of the diagnostics.
    public var language: Language
    /// The largest file read, in bytes.
    public var limit: Int
    /// What the files are, for the message about one too large ("workshop files").
    private let kind: (de: String, en: String)

    /// A reader of workshop files.
    public init(language: Language) {
        self.language = language
        limit = WorkshopFormat.maximumFileSize
        kind = ("Workshop-Dateien", "workshop files")
    }

    /// A reader of other files a command reads (answers, orders), of at most `limit` bytes; `kind` names them.
    public init(language: Language, limit: Int, kind: (de: String, en: String)) {
        self.language = language
        self.limit = limit
        self.kind = kind
    }

    /// Reads and decodes a workshop file.
    public func load(_ path: String) throws(WorkshopLoadError) -> LoadedWorkshop {
        let data = try bytes(of: path)
        return try WorkshopDecoder(file: path, language: language).decode(data)
    }

    /// The bytes of a regular file of at most `limit` bytes.
    public func bytes(of path: String) throws(WorkshopLoadError) -> [UInt8] {
        var data: [UInt8] = []
        try chunks(of: path, chunkSize: 64 * 1024) { data.append(contentsOf: $0) }
        return data
    }

    /// The bytes of a regular file of at most `limit` bytes, given to `body` a chunk of up to `chunkSize` at a
    /// time: a file of any length read with the memory of one chunk.
    public func chunks(of path: String, chunkSize: Int = 1 << 20, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(WorkshopLoadError) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, openProblem(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, String(cString: strerror(errno))) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            throw failure(path, language.pick(de: "ist ein Ordner, keine Datei", en: "is a folder, not a file"))
        }
        guard type == S_IFREG else {
            throw failure(path, language.pick(de: "ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät)",
                                              en: "is not a regular file (but a pipe, a device or the like)"))
        }
        if Int(info.st_size) > limit {
            throw failure(path, tooLarge(size: Int(info.st_size)))
        }
        // A small file takes one read of its size (and one that finds the end), without clearing a large buffer first.
        var buffer = [UInt8](repeating: 0, count: min(chunkSize, max(4096, Int(info.st_size) + 1)))
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw failure(path, String(cString: strerror(errno)))
            }
            if count == 0 { break }
            total += count
            if total > limit { throw failure(path, tooLarge(size: total)) }
            buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    private func tooLarge(size: Int) -> String {
        let megabytes = limit / (1024 * 1024)
        return language.pick(de: "zu groß (mehr als \(megabytes) MB); \(kind.de) dürfen höchstens \(megabytes) MB groß sein",
                             en: "too large (over \(megabytes) MB); \(kind.en) may be at most \(megabytes) MB")
    }

    private func openProblem(_ code: Int32) -> String {
        switch code {
        case ENOENT: language.pick(de: "Datei nicht gefunden", en: "no such file")
        case EACCES: language.pick(de: "keine Leseberechtigung", en: "permission denied")
        default: String(cString: strerror(code))
        }
    }

    private func failure(_ path: String, _ message: String) -> WorkshopLoadError {
        WorkshopLoadError([Diagnostic(file: path, message: message)])
    }
}
