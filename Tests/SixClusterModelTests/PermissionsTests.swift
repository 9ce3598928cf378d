import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
@testable import SixClusterModel

/// What sixcluster writes is no more readable than the workshop file it belongs to.
@Suite("Permissions of the files beside a workshop")
struct PermissionsTests {
    /// A workshop file with `mode` (and `group`, where given) in a fresh folder of mode 0755.
    private func workshop(mode: mode_t, group: gid_t? = nil) throws -> String {
        umask(0o022)
        let folder = try TestPaths.temporaryFolder()
        chmod(folder.path, 0o755)
        let path = folder.appendingPathComponent("w.yaml").path
        try AtomicFileWriter(language: .en).write(Array(try WorkshopEncoder().encode(Workshop()).utf8), to: path)
        #expect(chmod(path, mode) == 0)
        if let group { #expect(chown(path, uid_t.max, group) == 0) }
        return path
    }

    private func stat(_ path: String) -> (mode: mode_t, uid: uid_t, gid: gid_t) {
        var info = Glibc.stat()
        #expect(lstat(path, &info) == 0, "\(path) exists")
        return (info.st_mode & 0o7777, info.st_uid, info.st_gid)
    }

    /// A group of this user's other than the primary one (root may use any), for the group tests.
    static var otherGroup: gid_t? {
        if geteuid() == 0 { return 100 }
        var groups = [gid_t](repeating: 0, count: 64)
        let count = getgroups(Int32(groups.count), &groups)
        return groups.prefix(Int(max(0, count))).first { $0 != getegid() }
    }

    @Test("a recovery file beside a 0600 workshop is 0600, under a umask of 022")
    func recoveryPrivate() throws {
        let path = try workshop(mode: 0o600)
        let recovery = RecoveryFile(for: path)
        try recovery.write(Workshop(), language: .en)
        #expect(stat(recovery.path).mode == 0o600)
    }

    @Test("a recovery file beside a 0640 workshop of a group is 0640 and keeps the group",
          .enabled(if: otherGroup != nil, "this user belongs to no second group"))
    func recoveryGroup() throws {
        let group = try #require(Self.otherGroup)
        let path = try workshop(mode: 0o640, group: group)
        let recovery = RecoveryFile(for: path)
        try recovery.write(Workshop(), language: .en)
        #expect(stat(recovery.path).mode == 0o640)
        #expect(stat(recovery.path).gid == group)
    }

    @Test("a recovery file in the state folder matches the workshop; the folders made there are 0700")
    func stateFolder() throws {
        let path = try workshop(mode: 0o600)
        let state = try TestPaths.temporaryFolder().appendingPathComponent("state").path
        let recovery = RecoveryFile(for: path, environment: ["XDG_STATE_HOME": state], isWritable: { _ in false })
        try recovery.write(Workshop(), language: .en)
        #expect(recovery.path.hasPrefix(state + "/sixcluster/"))
        #expect(stat(recovery.path).mode == 0o600)
        #expect(stat(state + "/sixcluster").mode == 0o700)
        #expect(stat(state).mode == 0o700)
    }

    @Test("a recovery file wider than its workshop (an older version's) is narrowed when found, and by the next write")
    func widerIsTightened() throws {
        let path = try workshop(mode: 0o600)
        let recovery = RecoveryFile(for: path)
        try recovery.write(Workshop(), language: .en)
        chmod(recovery.path, 0o644)
        recovery.tighten()
        #expect(stat(recovery.path).mode == 0o600)
        chmod(recovery.path, 0o666)
        try recovery.write(Workshop(), language: .en)
        #expect(stat(recovery.path).mode == 0o600)
    }

    @Test("a recovery file another user owns is never read, and is replaced rather than written through",
          .enabled(if: geteuid() == 0, "planting a file of another user needs root (CI runs as root)"))
    func plantedByAnother() throws {
        let path = try workshop(mode: 0o600)
        let recovery = RecoveryFile(for: path)
        var planted = Workshop()
        planted[topic: 1] = Field(topic: 1, ist: [Card("untergeschoben")])
        try recovery.write(planted, language: .en)
        #expect(chown(recovery.path, 65534, 65534) == 0)
        #expect(!recovery.isWaiting, "someone else's file does not wait to be restored")
        #expect(recovery.ignored == [recovery.path])
        try recovery.write(Workshop(), language: .en)
        #expect(stat(recovery.path).uid == geteuid())
        #expect(recovery.ignored.isEmpty)
    }

    @Test("a symlink in the recovery file's place is ignored, and never written through")
    func symlinkPlanted() throws {
        let path = try workshop(mode: 0o600)
        let recovery = RecoveryFile(for: path)
        let victim = PathName.folder(of: path) + "/victim.txt"
        try Data("mine".utf8).write(to: URL(fileURLWithPath: victim))
        #expect(symlink(victim, recovery.path) == 0)
        #expect(recovery.ignored == [recovery.path])
        try recovery.write(Workshop(), language: .en)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine")
    }

    @Test("a recovery file in a state folder of another user is not read",
          .enabled(if: geteuid() == 0, "a folder of another user needs root (CI runs as root)"))
    func foreignStateFolder() throws {
        let path = try workshop(mode: 0o600)
        let state = try TestPaths.temporaryFolder().path
        let recovery = RecoveryFile(for: path, environment: ["XDG_STATE_HOME": state], isWritable: { _ in false })
        try recovery.write(Workshop(), language: .en)
        #expect(recovery.isWaiting)
        #expect(chown(state + "/sixcluster", 65534, 65534) == 0)
        #expect(!recovery.isWaiting)
        #expect(recovery.ignored == [recovery.path])
    }

    @Test("the boards' presence folder and files, and a save's result, keep the workshop's permissions")
    func presenceAndSave() throws {
        let path = try workshop(mode: 0o640)
        let boards = PresenceFolder(for: path)
        #expect(boards.join(BoardPresence(pid: getpid(), name: "me", topic: 1, place: .board)))
        #expect(stat(boards.path).mode == 0o750)
        #expect(stat(boards.path + "/\(getpid()).board").mode == 0o640)
        boards.leave()
        #expect(!FileManager.default.fileExists(atPath: boards.path))
        try AtomicFileWriter(language: .en).write(Array("format: 1\n".utf8), to: path)
        #expect(stat(path).mode == 0o640)
    }

    @Test("a new file made for a workshop's content takes the workshop's bits, an existing one keeps its own")
    func newFileMatchesWorkshop() throws {
        let path = try workshop(mode: 0o600)
        let report = PathName.folder(of: path) + "/w.md"
        let writer = AtomicFileWriter(language: .en)
        try writer.write(Array("# new\n".utf8), to: report, permissions: .targetOr(.matching(workshop: path)))
        #expect(stat(report).mode == 0o600)
        chmod(report, 0o644)
        try writer.write(Array("# again\n".utf8), to: report, permissions: .targetOr(.matching(workshop: path)))
        #expect(stat(report).mode == 0o644)
    }
}
