#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths taken apart and made absolute as plain text, for naming the files that live beside a workshop (lock,
/// recovery). Symlinks are not followed; nothing is asked of the disk but the current folder.
public enum PathName {
    /// The path from the root, with `.` and `..` worked out and repeated slashes dropped; a relative path is taken
    /// from the current folder.
    public static func absolute(_ path: String, from folder: String = currentFolder()) -> String {
        let whole = path.hasPrefix("/") ? path : folder + "/" + path
        var parts: [Substring] = []
        for part in whole.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        guard !parts.isEmpty else { return "/" }
        var result = ""
        for part in parts {
            result.append("/")
            result.append(contentsOf: part)
        }
        return result
    }

    /// The folder of a path (`/a/b.yaml` → `/a`, `/b.yaml` → `/`, `a/b.yaml` → `a`, `b.yaml` → `.`).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A hidden file or folder beside a file that belongs to it: `/a/b.yaml` with `sixcluster-boards` →
    /// `/a/.b.yaml.sixcluster-boards`.
    public static func beside(_ path: String, ending: String) -> String {
        folder(of: path) + "/." + name(of: path) + "." + ending
    }

    /// The last part of a path (`/a/b.yaml` → `b.yaml`).
    public static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The current folder, or `/` when it cannot be told (it was removed).
    public static func currentFolder() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
