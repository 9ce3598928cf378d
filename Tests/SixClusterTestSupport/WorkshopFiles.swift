import Foundation
import SixClusterModel

/// Workshop files as the tests read them: a shipped one, any one, and where a board keeps its recovery file.
public enum WorkshopFiles {
    /// A shipped workshop; one that is missing or broken stops the test, never hands it an empty workshop.
    public static func shipped(_ name: String, language: Language = .en) -> Workshop {
        do {
            return try read(TestPaths.root.appendingPathComponent("Workshops/\(name)"), language: language)
        } catch {
            preconditionFailure("the shipped workshop \(name) cannot be read: \(error)")
        }
    }

    /// The workshop a file holds.
    public static func read(_ file: URL, language: Language = .en) throws -> Workshop {
        try WorkshopDecoder(file: file.path, language: language).decode(Array(try Data(contentsOf: file))).workshop
    }

    /// Where a board keeps the recovery file of a workshop file (beside it).
    public static func recoveryPath(of file: URL) -> String {
        file.deletingLastPathComponent().path + "/." + file.lastPathComponent + ".sixcluster-recovery"
    }
}
