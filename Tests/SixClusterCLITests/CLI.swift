import Foundation
import SixClusterTestSupport

/// Runs the built `sixcluster` binary.
enum CLI {
    static let binary = TestPaths.product("sixcluster")

    /// Runs `sixcluster` with the given arguments in English unless the environment says otherwise.
    /// Runs git in a folder as a user named t.
    static func gitRunner(in folder: URL) throws -> (String...) throws -> ProgramRun {
        let git = try TestPaths.program("git")
        return { (arguments: String...) in
            try ProgramRun.run(git, arguments, environment: ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                                             "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"],
                               in: folder)
        }
    }

    static func run(_ arguments: String..., environment: [String: String] = [:], in folder: URL? = nil) throws -> ProgramRun {
        try ProgramRun.run(binary, arguments, environment: environment, in: folder)
    }

    /// A shipped workshop's path.
    static func shipped(_ name: String) -> String {
        TestPaths.root.appendingPathComponent("Workshops/\(name)").path
    }

    static let complete = shipped("fahrradhandel-city-c200.yaml")

    /// The board on a file in tmux, in English unless the environment says otherwise. Unless the environment
    /// names one, the board keeps its state (recent workshops, the last export's format) in a fresh folder, so
    /// that boards of other tests and of the user do not meet there.
    static func board(_ file: URL, _ options: String = "", width: Int = 120, height: Int = 40,
                      environment: [String: String] = ["LANG": "C.UTF-8"]) throws -> TmuxSession {
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = try TestPaths.temporaryFolder().path }
        return try TmuxSession("'\(binary.path)' \(options) '\(file.path)'", width: width, height: height, environment: environment)
    }
    static let incomplete = shipped("joinery-kitchen-fronts.yaml")
}

extension TmuxSession {
    /// Saves with Ctrl-S, waits for the confirmation, quits and waits for a clean exit.
    func saveAndQuit() throws {
        try send("C-s")
        try waitFor("Saved:")
        try quit()
    }

    /// Saves with `w` to another file, waits for the confirmation, quits and waits for a clean exit.
    func saveElsewhereAndQuit(_ file: URL) throws {
        try send("w", "C-u")
        try type(file.path)
        try send("Enter")
        try waitFor("Saved: ")
        try quit()
    }

    /// Quits with q (nothing unsaved) and waits for a clean exit.
    func quit() throws {
        try send("q")
        try waitFor("SIXCLUSTER-EXIT=0")
    }
}
