import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles

@Suite("The edit lock")
struct EditLockTests {
    @Test("the first editor takes the lock; a second one is told who holds it and since when")
    func held() throws {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("w.yaml").path
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let first = EditLock(for: file, pid: sleeper.processIdentifier)
        let when = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(first.acquire(now: when) == .acquired)
        let second = EditLock(for: file)
        #expect(second.acquire() == .heldBy(EditLock.Holder(pid: sleeper.processIdentifier, since: "2026-09-21T14:13:20Z")))
        second.release()
        #expect(FileManager.default.fileExists(atPath: first.path), "only the holder releases the lock")
        first.release()
        #expect(!FileManager.default.fileExists(atPath: first.path))
    }

    @Test("a lock left by a process that is gone is taken over")
    func stale() throws {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("w.yaml").path
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        #expect(EditLock(for: file, pid: gone.processIdentifier).acquire() == .acquired)
        let mine = EditLock(for: file)
        #expect(mine.acquire() == .acquired)
        #expect(mine.holder()?.pid == getpid())
    }
}
