#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FlyingFox
import Foundation
import SixClusterBoard
import SixClusterFiles
import SixClusterModel
import SixClusterRoom

// sixcluster-room FILE [--listen ADDRESS[:PORT]] [--lang de|en]
//
// Opens the workshop's room: a web server on one address through which phones add cards to FILE, as one more
// writer on the shared file. The first line on standard output is the join link (it holds the token, which is
// never written anywhere else). On a terminal the QR code follows as a picture. With `--board` (a board started it
// and reads the pipe) `RoomReport` lines follow instead – the code's modules, `ready`, and `joined N` whenever
// somebody joins – and the room also ends when its standard input does (the board is gone). Otherwise it runs
// until SIGINT or SIGTERM.

let language = Language.preferred(by: ProcessEnvironment.variables(["LC_ALL", "LC_MESSAGES", "LANG"]))
let options = RoomOptions.parse(CommandLine.arguments.dropFirst(), language: language)
guard case .success(let settings) = options else {
    guard case .failure(let problem) = options, !problem.isHelp else {
        if case .failure(let help) = options { print(help.text) }
        exit(0)
    }
    FileHandle.standardError.write(Data(("sixcluster-room: " + problem.text + "\n").utf8))
    exit(64)
}
let file = SharedWorkshopFile(path: settings.file, language: settings.language)
if case .failure(let error) = file.read() {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}
let token = RoomToken()
let toBoard = settings.board
let room = RoomHandler(file: file, token: token, language: settings.language) { names in
    if toBoard { FileHandle.standardOutput.write(Data((RoomReport.joined(names.count).line + RoomReport.people(names).line).utf8)) }
} held: { counts in
    if toBoard { FileHandle.standardOutput.write(Data(RoomReport.held(counts).line.utf8)) }
}
if let problem = settings.address.bindProblem {
    FileHandle.standardError.write(Data(settings.language.pick(
        de: "sixcluster-room: auf \(settings.address.host):\(settings.address.port) kann der Raum nicht lauschen: \(problem)\n",
        en: "sixcluster-room: the room cannot listen on \(settings.address.host):\(settings.address.port): \(problem)\n").utf8))
    exit(2)
}
guard let address = try? sockaddr_in.inet(ip4: settings.address.host, port: settings.address.port) else { exit(2) }
let server = HTTPServer(address: address, logger: .disabled, handler: RoomServer(room: room))
let stop = DispatchSemaphore(value: 0)
nonisolated(unsafe) var signalSources: [DispatchSourceSignal] = []
for number in [SIGINT, SIGTERM, SIGHUP] {
    signal(number, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: number)
    source.setEventHandler { stop.signal() }
    source.resume()
    signalSources.append(source)
}
let running = Task { try await server.run() }
// A few times a second the room looks whether the file or the presented field changed; waiting phones hear of it.
let watching = Task {
    while !Task.isCancelled {
        room.changes.note(room.fingerprint())
        try? await Task.sleep(nanoseconds: 50_000_000)
    }
}
do {
    try await server.waitUntilListening(timeout: 5)
} catch {
    FileHandle.standardError.write(Data(settings.language.pick(
        de: "sixcluster-room: \(settings.address.host) nimmt keine Verbindungen an (\(error))\n",
        en: "sixcluster-room: \(settings.address.host) takes no connections (\(error))\n").utf8))
    exit(2)
}
guard case .ip4(let host, let port)? = await server.listeningAddress else { exit(2) }
file.join(BoardPresence(pid: getpid(), name: settings.language.pick(de: "Raum", en: "room"), topic: 1, place: .other, kind: .room))
let announcement = RoomAnnouncement(host: host, port: port, toBoard: toBoard, language: settings.language)
FileHandle.standardOutput.write(Data(announcement.text(for: token).utf8))
// Cards a room before this one held are said at once, so that the board shows them waiting.
if toBoard, !room.heldCounts.isEmpty { FileHandle.standardOutput.write(Data(RoomReport.held(room.heldCounts).line.utf8)) }
// The board that started the room gives its orders on standard input; when it ends, so does the room.
if toBoard { BoardOrders.follow(room: room, announcement: announcement) { stop.signal() } }
await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
    DispatchQueue.global().async {
        stop.wait()
        done.resume()
    }
}
// Requests already answered are in the file; phones waiting hear that the room closed (a moment for the answers to
// go out), the rest are refused, and phones keep what they had not sent.
room.close()
try? await Task.sleep(nanoseconds: 200_000_000)
running.cancel()
watching.cancel()
file.leave()
