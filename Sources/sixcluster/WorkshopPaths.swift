#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles

/// Workshop files named on the command line: a file stands for itself, a folder for the workshop files in it.
enum WorkshopPaths {
    /// The files, a folder replaced by its `.yaml`/`.yml` files that look like workshops (sorted by name). A path
    /// that is neither is kept, so that reading it says what is wrong.
    static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return [path] }
            let folder = path.hasSuffix("/") ? path : path + "/"
            return yamlFiles(in: path).map { folder + $0 }.filter(looksLikeWorkshop)
        }
    }

    /// The names of a folder's `.yaml` and `.yml` files, sorted.
    static func yamlFiles(in folder: String) -> [String] {
        FolderListing.names(in: folder).filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
    }

    /// Whether a file's first 4 KB hold a top-level `format:` line, as every workshop file does.
    static func looksLikeWorkshop(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        // Looked for in the bytes: a line that starts with `format:`.
        let key = Array("format:".utf8)
        var lineStart = 0
        while lineStart + key.count <= count {
            if buffer[lineStart] == key[0] && Array(buffer[lineStart..<lineStart + key.count]) == key { return true }
            guard let newline = buffer[lineStart..<count].firstIndex(of: 0x0A) else { return false }
            lineStart = newline + 1
        }
        return false
    }
}
