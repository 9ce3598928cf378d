import Foundation
import SixClusterTestSupport

/// Runs the built `sixcluster` binary.
enum CLI {
    static let binary = TestPaths.product("sixcluster")

    /// Runs `sixcluster` with the given arguments in English unless the environment says otherwise.
    static func run(_ arguments: String..., environment: [String: String] = [:], in folder: URL? = nil) throws -> ProgramRun {
        try ProgramRun.run(binary, arguments, environment: environment, in: folder)
    }

    /// A shipped workshop's path.
    static func shipped(_ name: String) -> String {
        TestPaths.root.appendingPathComponent("Workshops/\(name)").path
    }

    static let complete = shipped("fahrradhandel-city-c200.yaml")
    static let incomplete = shipped("joinery-kitchen-fronts.yaml")
}
