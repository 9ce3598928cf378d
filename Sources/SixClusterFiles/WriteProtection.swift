#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// Whether a workshop file may be written by this user, decided as vim decides it: the system must allow the write
/// and the file must have a write bit – so that a file made read-only with `chmod a-w` stays protected even for
/// root, and another user's file in a folder anyone may write to is not replaced by a rename.
public enum WriteProtection {
    /// Why the file at `path` is protected, in words of `language`; nil when it may be written (or does not exist).
    public static func reason(for path: String, language: Language) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let mode = String(info.st_mode & 0o7777, radix: 8)
        if info.st_mode & 0o222 == 0 {
            return language.pick(de: "schreibgeschützt (Modus 0\(mode))", en: "write-protected (mode 0\(mode))")
        }
        if access(path, W_OK) != 0 {
            // The owner's name is looked up only here: the user database is no read for every start.
            let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? String(info.st_uid)
            return info.st_uid == geteuid()
                ? language.pick(de: "nicht beschreibbar (Modus 0\(mode))", en: "not writable (mode 0\(mode))")
                : language.pick(de: "gehört \(owner) und ist für mich nicht beschreibbar (Modus 0\(mode))",
                                en: "belongs to \(owner) and is not writable for me (mode 0\(mode))")
        }
        return nil
    }
}
