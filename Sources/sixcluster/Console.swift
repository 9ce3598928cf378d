import Foundation
import SixClusterFiles
import SixClusterModel

/// Output to the terminal or pipe: results on stdout, problems on stderr.
enum Console {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes text to standard output as it is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Loads a workshop file, or prints its problems on stderr and stops with exit code 2.
    static func load(_ path: String, language: Language) throws -> LoadedWorkshop {
        do {
            return try WorkshopFileReader(language: language).load(path)
        } catch {
            error.diagnostics.forEach { Console.error($0.description) }
            throw ExitStatus.unreadable
        }
    }
}
