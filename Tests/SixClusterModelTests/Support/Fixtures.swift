import Foundation
import SixClusterTestSupport
import SixClusterModel

/// Paths and helpers shared by the model tests.
enum Fixtures {
    /// Decodes YAML text as a workshop file named `test.yaml`.
    static func decode(_ yaml: String, language: Language = .en) throws(WorkshopLoadError) -> LoadedWorkshop {
        try WorkshopDecoder(file: "test.yaml", language: language).decode(Array(yaml.utf8))
    }

    /// The diagnostics of YAML text that must fail to decode.
    static func problems(_ bytes: Data, language: Language = .en) -> [String] {
        do {
            _ = try WorkshopDecoder(file: "test.yaml", language: language).decode(Array(bytes))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A workshop whose fields 1...n hold the given cards.
    /// A shipped workshop (`Workshops/`).
    static func shipped(_ name: String) throws -> Workshop {
        WorkshopFiles.shipped(name)
    }

    static func workshop(_ cards: [Int: (ist: [String], soll: [String])], language: Language = .en) -> Workshop {
        Workshop(metadata: WorkshopMetadata(title: "Test", language: language),
                 fields: cards.map { Field(topic: $0.key, ist: $0.value.ist.map { Card($0) }, soll: $0.value.soll.map { Card($0) }) })
    }
}
