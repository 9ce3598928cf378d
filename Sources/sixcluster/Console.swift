#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles
import SixClusterModel

/// Output to the terminal or pipe: results on stdout, problems on stderr.
enum Console {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        var bytes = Array((line + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// All of standard input, as UTF-8 (bad bytes replaced); nil when it holds more than `limit` bytes.
    static func readStandardInput(limit: Int) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return String(decoding: bytes, as: UTF8.self) }
            bytes += buffer[0..<count]
        }
        return nil
    }

    /// Writes text to standard output as it is.
    static func output(_ text: String) {
        print(text, terminator: "")
    }

    /// Reads a workshop file; its problems go to stderr under the file's name, or under `shownAs` when the file is
    /// only a stand-in for another (git's temporary copies of a workshop).
    static func load(_ path: String, language: Language, shownAs: String? = nil) throws -> LoadedWorkshop {
        do {
            return try WorkshopFileReader(language: language).load(path)
        } catch {
            for var diagnostic in error.diagnostics {
                if let shownAs { diagnostic.file = shownAs }
                Console.error(diagnostic.description)
            }
            throw ExitStatus.unreadable
        }
    }
}
