import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
import SixClusterModel

@Suite("The last export's format")
struct LastExportFormatTests {
    @Test("nothing is remembered at first; a remembered format is read back, in a 0700 folder and a 0600 file")
    func remembers() throws {
        let state = try TestPaths.temporaryFolder().appendingPathComponent("state")
        let last = LastExportFormat(environment: ["XDG_STATE_HOME": state.path])
        #expect(last.path == state.path + "/sixcluster/export-format")
        #expect(last.read() == nil)
        last.remember(.html)
        #expect(last.read() == .html)
        last.remember(.svg)
        #expect(last.read() == .svg)
        let folder = try FileManager.default.attributesOfItem(atPath: state.path + "/sixcluster")
        let file = try FileManager.default.attributesOfItem(atPath: last.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        #expect((file[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a file that names no format, or a folder others may have planted it in, gives nothing")
    func untrusted() throws {
        let state = try TestPaths.temporaryFolder()
        let last = LastExportFormat(environment: ["XDG_STATE_HOME": state.path])
        try FileManager.default.createDirectory(atPath: state.path + "/sixcluster", withIntermediateDirectories: true)
        try Data("pdf\n".utf8).write(to: URL(fileURLWithPath: last.path))
        #expect(last.read() == nil)
        let elsewhere = try TestPaths.temporaryFolder()
        try Data("html\n".utf8).write(to: elsewhere.appendingPathComponent("export-format"))
        try FileManager.default.removeItem(atPath: state.path + "/sixcluster")
        try FileManager.default.createSymbolicLink(atPath: state.path + "/sixcluster", withDestinationPath: elsewhere.path)
        #expect(last.read() == nil, "a symlinked folder is not the user's own folder")
    }
}
