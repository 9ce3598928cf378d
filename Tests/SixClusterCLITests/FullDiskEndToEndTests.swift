import Foundation
import Testing
import SixClusterTestSupport

/// A small tmpfs filled to the last byte: a real `ENOSPC`, not a simulated one. Mounting needs root; where the
/// tests run without it, the suite is reported as skipped (the other failed-save paths are tested regardless).
@Suite("A full disk (a filled tmpfs)", .enabled(if: FullDisk.canMount, "mounting a tmpfs needs root"))
struct FullDiskEndToEndTests {
    @Test("saving onto a full disk fails with a clear message, keeps the file and every edit (also in the recovery file); w saves elsewhere")
    func boardSave() throws {
        let disk = try FullDisk()
        defer { disk.unmount() }
        let file = disk.folder.appendingPathComponent("w.yaml")
        try FileManager.default.copyItem(at: TestPaths.root.appendingPathComponent("Workshops/joinery-kitchen-fronts.yaml"), to: file)
        let before = try Data(contentsOf: file)
        try disk.fill()
        let elsewhere = try TestPaths.temporaryFolder().appendingPathComponent("rescued.yaml")
        let state = try TestPaths.temporaryFolder()
        let environment = ["LANG": "C.UTF-8", "XDG_STATE_HOME": state.path]
        let tmux = try CLI.board(file, environment: environment)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.type("Auch bei voller Platte")
        try tmux.send("Enter", "C-s")
        try tmux.waitForWrapped(file.path + ": cannot be saved: no space left on the disk – your changes are kept (w: save elsewhere)")
        try tmux.waitFor("• Auch bei voller Platte")
        #expect(try Data(contentsOf: file) == before, "the old file is intact")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: disk.folder.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty, "no half-written temporary file is left behind: \(leftovers)")
        // The recovery file cannot go beside the workshop either: it goes to the state folder, and a board killed
        // now offers it at the next start.
        let recovery = state.appendingPathComponent("sixcluster")
        _ = try tmux.waitUntil("the recovery file in the state folder, with the stored card") { _ in
            ((try? FileManager.default.contentsOfDirectory(atPath: recovery.path)) ?? []).contains { name in
                name.hasSuffix(".sixcluster-recovery")
                    && ((try? String(contentsOf: recovery.appendingPathComponent(name), encoding: .utf8))?.contains("Auch bei voller Platte") ?? false)
            }
        }
        let pid = try #require(try tmux.programPID(named: "sixcluster"))
        kill(pid, SIGKILL)
        try tmux.waitFor("SIXCLUSTER-EXIT=")
        let again = try CLI.board(file, environment: environment)
        defer { again.close() }
        try again.waitFor("Unsaved changes found")
        try again.send("r")
        try again.waitFor("Restored")
        try again.send("g", "4", "Enter", "Enter")
        try again.waitFor("• Auch bei voller Platte")
        try again.saveElsewhereAndQuit(elsewhere)
        #expect(try String(contentsOf: elsewhere, encoding: .utf8).contains("  - Auch bei voller Platte\n"))
    }

    @Test("exporting onto a full disk exits 2 with the reason and leaves no partial report")
    func export() throws {
        let disk = try FullDisk()
        defer { disk.unmount() }
        try disk.fill()
        let report = disk.folder.appendingPathComponent("report.md")
        let run = try CLI.run("export", CLI.complete, "-o", report.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no space left on the disk"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }
}

/// A tiny tmpfs mounted in a temporary folder.
struct FullDisk {
    let folder: URL

    /// Whether this process may mount a tmpfs (tried once).
    static let canMount: Bool = {
        guard getuid() == 0, let disk = try? FullDisk() else { return false }
        disk.unmount()
        return true
    }()

    init() throws {
        folder = try TestPaths.temporaryFolder().appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try ProgramRun.run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=256k", "tmpfs", folder.path])
        guard run.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    /// Fills the disk to the last block.
    func fill() throws {
        _ = try ProgramRun.run(URL(fileURLWithPath: "/bin/dd"),
                               ["if=/dev/zero", "of=" + folder.appendingPathComponent("filler").path, "bs=4096"])
        let probe = folder.appendingPathComponent("probe")
        #expect((try? Data(repeating: 1, count: 4096).write(to: probe)) == nil, "the disk is full")
    }

    func unmount() {
        _ = try? ProgramRun.run(URL(fileURLWithPath: "/bin/umount"), ["-l", folder.path])
    }
}
