import Foundation
import Testing
import SixClusterFiles
import SixClusterTestSupport

@Suite("The room shown to view boards of the same user: a socket in the private state folder, never a file")
struct RoomLinkShareTests {
    @Test("what the board shares is what a view fetches; the socket is the user's alone, and gone after stop")
    func shareAndFetch() throws {
        let state = try TestPaths.temporaryFolder().path
        let path = try #require(RoomLinkShare.path(for: "/work/w.yaml", environment: ["XDG_STATE_HOME": state]))
        #expect(path.hasPrefix(state + "/sixcluster/rooms/room-") && path.hasSuffix(".sock"))
        #expect(RoomLinkShare.path(for: "/work/w.yaml", environment: ["XDG_STATE_HOME": state]) == path, "the same path each time")
        #expect(RoomLinkShare.path(for: "/work/other.yaml", environment: ["XDG_STATE_HOME": state]) != path)
        #expect(RoomLinkShare.fetch(path) == nil, "no room shared yet")
        let share = try #require(RoomLinkShare(path: path))
        share.share("link http://127.0.0.1:4000/join?t=abc\njoined 2\n")
        #expect(RoomLinkShare.fetch(path) == "link http://127.0.0.1:4000/join?t=abc\njoined 2\n")
        share.share("joined 3\n")
        #expect(RoomLinkShare.fetch(path) == "joined 3\n")
        let socket = try FileManager.default.attributesOfItem(atPath: path)
        #expect((socket[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        share.stop()
        #expect(!FileManager.default.fileExists(atPath: path) && RoomLinkShare.fetch(path) == nil)
        let long = RoomLinkShare.path(for: "/w.yaml", environment: ["XDG_STATE_HOME": "/" + String(repeating: "x", count: 90)])
        #expect(long == nil, "a path too long for a socket shares nothing")
    }
}
