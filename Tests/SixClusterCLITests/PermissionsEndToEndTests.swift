import Foundation
import Testing
import SixClusterTestSupport

/// Private workshops stay private: what the program writes beside them, and what it prints about their names.
@Suite("Permissions and file names (tmux and command line)")
struct PermissionsEndToEndTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    private func privateCopy() throws -> URL {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        chmod(file.deletingLastPathComponent().path, 0o755)
        chmod(file.path, 0o600)
        return file
    }

    @Test("a 0600 workshop in a 0755 folder: the recovery file of an unsaved card is 0600 under umask 022")
    func recoveryOfPrivateWorkshop() throws {
        let file = try privateCopy()
        let recovery = WorkshopFiles.recoveryPath(of: file)
        let tmux = try TmuxSession("umask 022; '\(CLI.binary.path)' '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.waitFor("New Ist card:")
        try tmux.type("Geheime Strategie")
        try tmux.send("Enter")
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !FileManager.default.fileExists(atPath: recovery) { usleep(50_000) }
        #expect(mode(recovery) == 0o600)
        let boards = file.deletingLastPathComponent().path + "/.w.yaml.sixcluster-boards"
        #expect(mode(boards) == 0o700)
        let presence = try #require(try FileManager.default.contentsOfDirectory(atPath: boards).first)
        #expect(mode(boards + "/" + presence) == 0o600)
        try tmux.send("x")
        try tmux.waitFor("export anyway")
        try tmux.send("e")
        try tmux.waitFor("Export as Markdown report, English (Tab: change) to: ")
        try tmux.send("Enter")
        try tmux.waitFor("Report exported")
        #expect(mode(file.deletingLastPathComponent().path + "/w.md") == 0o600, "the board's report is as private as the workshop")
    }

    @Test("export -o writes a new report with the workshop's permissions, an existing one keeps its own")
    func exportPermissions() throws {
        let file = try privateCopy()
        let report = file.deletingLastPathComponent().appendingPathComponent("report.md").path
        let first = try CLI.run("export", file.path, "--allow-empty", "-o", report, environment: ["LANG": "C.UTF-8"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(mode(report) == 0o600)
        chmod(report, 0o644)
        _ = try CLI.run("export", file.path, "--allow-empty", "-o", report)
        #expect(mode(report) == 0o644)
    }

    @Test("a file name holding ESC ]0;title BEL is printed escaped by check, show, export and diff", arguments: [
        ["check"], ["show"], ["export"], ["export", "--allow-empty", "-o"], ["diff"],
    ])
    func escapedNames(command: [String]) throws {
        let folder = try TestPaths.temporaryFolder()
        let hostile = folder.appendingPathComponent("w\u{1B}]0;pwned\u{07}.yaml")
        try FileManager.default.copyItem(atPath: CLI.incomplete, toPath: hostile.path)
        let missing = folder.appendingPathComponent("gone\u{1B}[2J.yaml").path
        var arguments = command + [hostile.path]
        if command.last == "-o" { arguments = [command[0], hostile.path, "--allow-empty", "-o", hostile.path + ".md"] }
        if command == ["diff"] { arguments = ["diff", CLI.incomplete, hostile.path] }
        let named = try CLI.run(arguments)
        let unreadable = try CLI.run(command == ["diff"] ? ["diff", hostile.path, missing] : [command[0], missing])
        for run in [named, unreadable] {
            #expect(!run.stdout.contains("\u{1B}"), "stdout: \(run.stdout.debugDescription)")
            #expect(!run.stderr.contains("\u{1B}"), "stderr: \(run.stderr.debugDescription)")
        }
        #expect(unreadable.stderr.contains("gone^[[2J.yaml: no such file"))
        if command[0] != "show" && command[0] != "diff" {
            #expect((named.stdout + named.stderr).contains("w^[]0;pwned^G.yaml"), "the name is there, escaped")
        }
    }
}

extension CLI {
    /// Runs `sixcluster` with arguments given as a list.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProgramRun {
        try ProgramRun.run(binary, arguments, environment: environment)
    }
}
