import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
@testable import SixClusterModel

@Suite("The recovery file")
struct RecoveryFileTests {
    @Test("it lives hidden beside the workshop and round-trips the workshop")
    func beside() throws {
        let folder = try TestPaths.temporaryFolder()
        let workshop = folder.appendingPathComponent("w.yaml").path
        let recovery = RecoveryFile(for: workshop)
        #expect(recovery.path == folder.path + "/.w.yaml.sixcluster-recovery")
        #expect(!recovery.isWaiting)
        var edited = Workshop()
        edited[topic: 3] = Field(topic: 3, ist: [Card("ungespeichert 漢字")])
        try recovery.write(edited, language: .en)
        #expect(recovery.isWaiting, "with no workshop file, a recovery file always waits")
        #expect(try recovery.load(language: .en) == edited)
        recovery.remove()
        #expect(!recovery.isWaiting)
    }

    @Test("it waits only while it is newer than the workshop file")
    func newer() throws {
        let folder = try TestPaths.temporaryFolder()
        let workshop = folder.appendingPathComponent("w.yaml")
        try Data("format: 1\n".utf8).write(to: workshop)
        let recovery = RecoveryFile(for: workshop.path)
        try recovery.write(Workshop(), language: .en)
        #expect(recovery.isWaiting)
        let later = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: workshop.path)
        #expect(!recovery.isWaiting)
    }

    @Test("in a folder that is not writable it goes to $XDG_STATE_HOME/sixcluster, else ~/.local/state/sixcluster")
    func stateFolder() throws {
        let folder = try TestPaths.temporaryFolder()
        let state = try TestPaths.temporaryFolder()
        let readOnly: (String) -> Bool = { $0 != folder.path }
        let recovery = RecoveryFile(for: folder.path + "/w.yaml", environment: ["XDG_STATE_HOME": state.path], isWritable: readOnly)
        #expect(recovery.path == state.path + "/sixcluster/" + folder.path.replacingOccurrences(of: "/", with: "%")
            + "%w.yaml.sixcluster-recovery")
        try recovery.write(Workshop(), language: .en)
        #expect(try recovery.load(language: .en) == Workshop())
        let byHome = RecoveryFile(for: folder.path + "/w.yaml", environment: ["HOME": "/home/ana"], isWritable: readOnly)
        #expect(byHome.path.hasPrefix("/home/ana/.local/state/sixcluster/"))
    }
}

@Suite("The recovery file when the workshop's folder vanishes")
struct RecoveryFolderGoneTests {
    @Test("it is written to the state folder, where the next start finds it")
    func folderGone() throws {
        let folder = try TestPaths.temporaryFolder().appendingPathComponent("workshop")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let state = try TestPaths.temporaryFolder()
        let workshop = folder.appendingPathComponent("w.yaml").path
        let environment: EnvironmentVariables = ["XDG_STATE_HOME": state.path]
        let running = RecoveryFile(for: workshop, environment: environment)
        #expect(running.path.hasPrefix(folder.path))
        try FileManager.default.removeItem(at: folder)
        var edited = Workshop()
        edited[topic: 1] = Field(topic: 1, ist: [Card("gerettet")])
        try running.write(edited, language: .en)
        let nextStart = RecoveryFile(for: workshop, environment: environment)
        #expect(nextStart.path.hasPrefix(state.path + "/sixcluster/"))
        #expect(nextStart.isWaiting)
        #expect(try nextStart.load(language: .en) == edited)
        running.remove()
        #expect(!nextStart.isWaiting)
    }
}
