import Foundation
import Testing
import SixClusterFiles

@Suite("Plain path and time text for the files beside a workshop")
struct PathAndTimeTests {
    @Test("UTC timestamps agree with Foundation's ISO 8601 formatter", arguments: [
        Int64(0), 951_782_400, 951_868_799, 1_709_164_800, 1_790_000_000, 4_102_444_800, -86_401, 253_402_300_799,
    ] + (0..<200).map { Int64($0) * 19_999_999 + 12_345 })
    func utcTimestamp(seconds: Int64) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        #expect(UTCTimestamp.string(secondsSince1970: seconds)
                == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    @Test("absolute paths: relative ones from the folder, dots worked out, repeated slashes dropped", arguments: [
        ("w.yaml", "/home/ana", "/home/ana/w.yaml"),
        ("./a/../b//w.yaml", "/srv", "/srv/b/w.yaml"),
        ("/x/./y/../w.yaml", "/ignored", "/x/w.yaml"),
        ("../../../w.yaml", "/a", "/w.yaml"),
    ])
    func absolute(path: String, folder: String, expected: String) {
        #expect(PathName.absolute(path, from: folder) == expected)
    }

    @Test("folder and name of a path")
    func parts() {
        #expect(PathName.folder(of: "/a/b/w.yaml") == "/a/b")
        #expect(PathName.folder(of: "/w.yaml") == "/")
        #expect(PathName.folder(of: "a/w.yaml") == "a")
        #expect(PathName.folder(of: "w.yaml") == ".")
        #expect(PathName.name(of: "/a/b/w.yaml") == "w.yaml")
        #expect(PathName.name(of: "w.yaml") == "w.yaml")
    }

    @Test("a relative path is taken from the current folder")
    func currentFolder() {
        #expect(PathName.absolute("w.yaml") == FileManager.default.currentDirectoryPath + "/w.yaml")
    }
}
