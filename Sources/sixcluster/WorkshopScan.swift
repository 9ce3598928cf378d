#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// Finds the workshops the start screen lists – the recent ones, then the `.yaml`/`.yml` files of the current
/// folder and of its `Workshops/` – and reads each one's details. A YAML file that is no workshop (no `format:`
/// line near its top) is left out quietly.
enum WorkshopScan {
    /// The entries, details still to be read: recent ones first (newest first), then the folder's by name.
    static func entries(recent: [String]) -> [StartEntry] {
        var result = recent.compactMap { path in modified(path).map { StartEntry(path: path, origin: .recent, modified: $0) } }
        let known = Set(recent)
        for folder in ["", "Workshops/"] {
            for name in WorkshopPaths.yamlFiles(in: folder.isEmpty ? "." : folder) {
                let path = folder + name
                guard !known.contains(PathName.absolute(path)), WorkshopPaths.looksLikeWorkshop(path), let changed = modified(path) else { continue }
                result.append(StartEntry(path: path, origin: .folder, modified: changed))
            }
        }
        return result
    }

    /// What a file holds: its title, firm, date and completeness, or its first problem.
    static func details(of path: String, language: Language) -> StartEntry.Details {
        do {
            let workshop = try WorkshopFileReader(language: language).load(path).workshop
            let completeness = workshop.completeness
            let metadata = workshop.metadata
            return .workshop(title: metadata.title, organisation: metadata.organisation, date: metadata.date,
                             ist: completeness.istCount, soll: completeness.sollCount)
        } catch {
            let first = error.diagnostics.first
            let place = first.flatMap { diagnostic in diagnostic.line.map { language.pick(de: "Zeile \($0): ", en: "line \($0): ") } } ?? ""
            return .broken(place + (first?.message ?? ""))
        }
    }

    /// When a regular file last changed, as `2026-12-03 09:41` in local time; nil when it is none.
    private static func modified(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return LocalTime.text(FileTime.modification(of: info).tv_sec, withTime: true)
    }
}
