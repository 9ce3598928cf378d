import Foundation
import Testing
import SixClusterTestSupport

/// `sixcluster-room` running on a file: its join link and address; stopped with `stop()`.
final class RoomServerProcess {
    let process = Process()
    /// The join link (the program's first line).
    let link: String
    /// The link without its path: `http://127.0.0.1:PORT`.
    var base: String { link.components(separatedBy: "/join")[0] }
    /// `127.0.0.1:PORT`, to open the room again there.
    var address: String { String(base.dropFirst("http://".count)) }

    init(_ file: URL, listen: String = "127.0.0.1", language: String = "de") throws {
        process.executableURL = TestPaths.product("sixcluster-room")
        process.arguments = [file.path, "--listen", listen, "--lang", language]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += chunk
        }
        link = String(String(decoding: line, as: UTF8.self).prefix { $0 != "\n" })
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// The board in tmux (120×40, English) with the room for phones open on 127.0.0.1, its panel showing.
struct RoomBoard {
    let board: TmuxSession
    /// The join link the panel shows.
    let link: String
    /// The link without its path: `http://127.0.0.1:PORT`.
    var base: String { link.components(separatedBy: "/join")[0] }
    /// The panel as it first showed.
    let panel: String
    /// The environment the board runs in (its own state folder), for a second program of the same user.
    let environment: [String: String]

    init(_ file: URL) throws {
        environment = ["LANG": "C.UTF-8", "XDG_STATE_HOME": try TestPaths.temporaryFolder().path]
        board = try TmuxSession("'\(TestPaths.product("sixcluster").path)' --room --listen 127.0.0.1 '\(file.path)'",
                                environment: environment)
        do {
            panel = try board.waitFor("Joined: 0")
            link = try #require(panel.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }.map(String.init))
        } catch {
            board.close()
            throw error
        }
    }
}
