#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// The room's server (`sixcluster-room`, installed beside `sixcluster`) as the board's child process: started on the
/// board's file, heard through a pipe, ended with the room or the board. Its join link – with the token – comes
/// through the pipe and stays in memory.
final class RoomProcess {
    private let pid: pid_t
    /// The pipes' ends the board keeps: the server's output and errors, and its input (closed, the room ends).
    private let output: Int32, errors: Int32, input: Int32
    private var received: [UInt8] = []
    private var said: [UInt8] = []
    private var link: String?
    private var code: [[Bool]] = []
    private var ended = false
    private var stopped = false

    private init(pid: pid_t, output: Int32, errors: Int32, input: Int32) {
        (self.pid, self.output, self.errors, self.input) = (pid, output, errors, input)
    }

    /// The program beside this one, else the one on the PATH.
    private static var program: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return "sixcluster-room" }
        let own = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let beside = PathName.folder(of: own) + "/sixcluster-room"
        return access(beside, X_OK) == 0 ? beside : "sixcluster-room"
    }

    /// Starts the server on `file`, listening where `listen` says (else on this machine's network address), in
    /// `language`; why not, in words, when it cannot start.
    static func start(file: String, listen: String?, language: Language) -> Result<RoomProcess, RoomStartFailure> {
        var pipes = [[Int32]](repeating: [-1, -1], count: 3)
        for index in pipes.indices {
            guard pipe(&pipes[index]) == 0 else {
                let code = errno
                pipes.flatMap { $0 }.filter { $0 >= 0 }.forEach { close($0) }
                return .failure(RoomStartFailure(code: code))
            }
            // Other children (a text editor, git) get none of them.
            for end in pipes[index] { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        let (stdinPipe, stdoutPipe, stderrPipe) = (pipes[0], pipes[1], pipes[2])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], STDERR_FILENO)
        let program = Self.program
        var arguments = [program, file, "--board", "--lang", language.rawValue] + (listen.map { ["--listen", $0] } ?? [])
        var pid: pid_t = 0
        let status = withArrayOfCStrings(&arguments) { argv in posix_spawnp(&pid, program, &actions, nil, argv, environ) }
        for end in [stdinPipe[0], stdoutPipe[1], stderrPipe[1]] { close(end) }
        guard status == 0 else {
            for end in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] { close(end) }
            return .failure(RoomStartFailure(code: status, program: program))
        }
        for end in [stdoutPipe[0], stderrPipe[0]] { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        return .success(RoomProcess(pid: pid, output: stdoutPipe[0], errors: stderrPipe[0], input: stdinPipe[1]))
    }

    /// What the server said since the last look, as the board hears it.
    func poll() -> [RoomEvent] {
        guard !ended else { return [] }
        let open = drain(output, into: &received)
        _ = drain(errors, into: &said)
        var events: [RoomEvent] = []
        while let newline = received.firstIndex(of: UInt8(ascii: "\n")) {
            let line = Substring(String(decoding: received[..<newline], as: UTF8.self))
            received.removeSubrange(...newline)
            if let report = RoomReport(line: line) {
                switch report {
                case .link(let given): link = given
                case .code(let modules): code = modules
                case .ready: events.append(.opened(link: link ?? "", picture: QRPicture(modules: code)))
                case .joined(let count): events.append(.joined(count))
                case .people(let names): events.append(.people(names))
                case .held(let counts): events.append(.held(counts))
                }
            }
        }
        if !open {
            ended = true
            stop()
            let reason = String(decoding: said, as: UTF8.self).split(separator: "\n").last.map(String.init)
            events.append(.ended(reason: reason))
        }
        return events
    }

    /// Tells the server what the board decided.
    func tell(_ order: RoomOrder) {
        guard !stopped else { return }
        let bytes = Array(order.line.utf8)
        _ = bytes.withUnsafeBufferPointer { write(input, $0.baseAddress, $0.count) }
    }

    /// Reads what a pipe holds now; false once it is closed.
    private func drain(_ descriptor: Int32, into bytes: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                bytes += chunk[..<count]
            } else {
                return count < 0 && (errno == EAGAIN || errno == EINTR)
            }
        }
    }

    /// Ends the server: its input closes and it is asked to stop; after a second it is made to.
    func stop() {
        guard !stopped else { return }
        stopped = true
        close(input)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 where waitpid(pid, &status, WNOHANG) == 0 { usleep(10_000) }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        close(output)
        close(errors)
    }
}

/// Why the room's server did not start: the system's error number, and the program looked for.
struct RoomStartFailure: Error {
    var code: Int32
    var program = "sixcluster-room"

    /// The reason in words.
    func text(in language: Language) -> String {
        let system = String(cString: strerror(code))
        return code == ENOENT
            ? language.pick(de: "sixcluster-room fehlt neben sixcluster – swift build baut es, scripts/install legt beide ab",
                            en: "sixcluster-room is missing beside sixcluster – swift build builds it, scripts/install installs both")
            : program + ": " + system
    }
}

/// Runs `body` with the strings as a NULL-terminated C array.
private func withArrayOfCStrings<R>(_ strings: inout [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
