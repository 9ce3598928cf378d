import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
@testable import SixClusterModel

@Suite("Reading and writing files")
struct FileAccessTests {
    let reader = WorkshopFileReader(language: .en)
    let writer = AtomicFileWriter(language: .en)

    private func problems(_ path: String) -> [String] {
        do {
            _ = try reader.load(path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a missing file, a folder, a FIFO and a device are refused with a clear message")
    func notWorkshopFiles() throws {
        let folder = try TestPaths.temporaryFolder()
        #expect(problems(folder.path + "/missing.yaml") == ["\(folder.path)/missing.yaml: no such file"])
        #expect(problems(folder.path) == ["\(folder.path): is a folder, not a file"])
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(problems(fifo) == ["\(fifo): is not a regular file (but a pipe, a device or the like)"])
        #expect(problems("/dev/zero") == ["/dev/zero: is not a regular file (but a pipe, a device or the like)"])
    }

    @Test("a file over 16 MB is refused before it is read")
    func tooLarge() throws {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(WorkshopFormat.maximumFileSize + 1))
        try handle.close()
        #expect(problems(file.path) == ["\(file.path): too large (over 16 MB); workshop files may be at most 16 MB"])
    }

    @Test("an atomic write replaces the file and keeps its permissions")
    func keepsPermissions() throws {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("w.yaml")
        try Data("old".utf8).write(to: file)
        #expect(chmod(file.path, 0o640) == 0)
        try writer.write(Array("new".utf8), to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["w.yaml"], "no temporary file is left behind")
    }

    @Test("a symlink is written through to its target, not replaced")
    func throughSymlink() throws {
        let folder = try TestPaths.temporaryFolder()
        let target = folder.appendingPathComponent("real.yaml")
        let link = folder.appendingPathComponent("link.yaml")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.yaml")
        try writer.write(Array("new".utf8), to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.yaml")
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
    }

    @Test("a write that cannot happen leaves the old file untouched and says why")
    func failedWrite() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("w.yaml")
        try Data("old".utf8).write(to: file)
        #expect(chmod(folder.path, 0o500) == 0)
        defer { chmod(folder.path, 0o700) }
        guard geteuid() != 0 else {
            // root may write anywhere; a missing folder still fails.
            #expect(throws: FileWriteError.self) { try writer.write(Array("x".utf8), to: folder.path + "/gone/w.yaml") }
            return
        }
        #expect(throws: FileWriteError.self) { try writer.write(Array("new".utf8), to: file.path) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
    }

    @Test("a write into a folder that does not exist names the problem")
    func missingFolder() throws {
        let path = try TestPaths.temporaryFolder().path + "/gone/w.yaml"
        do {
            try writer.write(Array("x".utf8), to: path)
            Issue.record("the write should fail")
        } catch {
            #expect(error.description == "\(path): cannot be saved: the folder does not exist")
        }
    }

    @Test("every shipped workshop loads through the file reader")
    func shipped() throws {
        for url in TestPaths.shippedWorkshops {
            #expect(try reader.load(url.path).workshop.cardCount > 0)
        }
    }
}
