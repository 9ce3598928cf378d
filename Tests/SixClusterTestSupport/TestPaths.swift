import Foundation

/// Places the tests need: the package, its shipped files, the built programs, fresh temporary folders.
public enum TestPaths {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every shipped workshop file; a moved or empty folder stops the tests that walk it, never hands them
    /// nothing to test.
    public static var shippedWorkshops: [URL] {
        let folder = root.appendingPathComponent("Workshops")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }
        precondition(!names.isEmpty, "no shipped workshops in \(folder.path)")
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A copy of a shipped workshop in a fresh folder, under `name` (default: its own name).
    public static func copyOfWorkshop(_ shipped: String, named name: String? = nil) throws -> URL {
        let file = try temporaryFolder().appendingPathComponent(name ?? shipped)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Workshops/\(shipped)"), to: file)
        return file
    }

    /// A program built beside the test bundle, such as `sixcluster`.
    public static func product(_ name: String) -> URL {
        let bundle = Bundle.main.bundleURL
        let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return folder.appendingPathComponent(name)
    }

    /// A fresh, empty temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sixcluster-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The path of a program on `PATH`, if installed.
    public static func installed(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Whether tests that run these programs run here: each is on `PATH`, or the tests run in CI (`CI` set),
    /// where a missing program fails the test instead of skipping it.
    public static func canRun(_ names: String...) -> Bool {
        ProcessInfo.processInfo.environment["CI"] != nil || names.allSatisfy { installed($0) != nil }
    }

    /// A program a test needs; a missing one is an error that names it and how to get it.
    public static func program(_ name: String) throws -> URL {
        guard let url = installed(name) else { throw MissingProgram(name: name) }
        return url
    }
}

/// A program a test needs is not installed.
public struct MissingProgram: Error, CustomStringConvertible {
    /// The program's name.
    public let name: String

    public var description: String {
        "\(name) is not installed: `bash .ci/run` installs everything the tests need"
    }
}
