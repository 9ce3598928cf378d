#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import SixClusterModel

/// How a board that opened the room shows it to the `view` boards of the same user on the same machine: a Unix
/// socket in the user's private state folder (0700), named after the workshop's path. Whoever connects gets the
/// room's report lines (the join link, its code, who joined) and the connection closes. The link holds the join
/// token, so it goes only to a process of the same user (checked on each connection with the peer's credentials)
/// and is never written to a file – the socket carries it from memory to memory.
public final class RoomLinkShare: @unchecked Sendable {
    /// The socket's path for a workshop, or nil where it would be too long for a socket.
    public static func path(for workshop: String,
                            environment: EnvironmentVariables = ProcessEnvironment.variables(["HOME", "XDG_STATE_HOME"])) -> String? {
        let folder = PrivateFolder.state(environment) + "/rooms"
        let hash = Fingerprint.stable(PathName.absolute(workshop))
        let path = folder + "/room-" + hash + ".sock"
        return path.utf8.count < 104 ? path : nil
    }

    private let path: String
    private let descriptor: Int32
    private let lines = Mutex("")

    /// Listens at `path`; nil when the socket cannot be made (the room still works, only `view` does not see it).
    public init?(path: String) {
        guard (try? PrivateFolder.create(PathName.folder(of: path))) != nil, PrivateFolder.claim(PathName.folder(of: path)) else { return nil }
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { return nil }
        unlink(path)
        var address = Self.address(path)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, chmod(path, 0o600) == 0, listen(socket, 8) == 0 else {
            close(socket)
            return nil
        }
        self.path = path
        descriptor = socket
        // A thread of its own waits for `view` boards; it ends when the socket is closed.
        var thread = pthread_t()
        let box = Unmanaged.passRetained(self)
        pthread_create(&thread, nil, { raw in
            let share = Unmanaged<RoomLinkShare>.fromOpaque(raw!).takeRetainedValue()
            share.serve()
            return nil
        }, box.toOpaque())
        pthread_detach(thread)
    }

    /// What a `view` board gets from now on: report lines, each ended by a line break.
    public func share(_ text: String) {
        lines.withLock { $0 = text }
    }

    /// Stops listening and removes the socket.
    public func stop() {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
        unlink(path)
    }

    private func serve() {
        while true {
            let client = accept(descriptor, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var credentials = PeerCredentials()
            var size = socklen_t(MemoryLayout<PeerCredentials>.size)
            if getsockopt(client, SOL_SOCKET, PeerCredentials.option, &credentials, &size) == 0, credentials.uid == geteuid() {
                let bytes = Array(lines.withLock { $0 }.utf8)
                _ = bytes.withUnsafeBufferPointer { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            }
            close(client)
        }
    }

    /// The room's report lines as the board that opened it shares them; nil when no board shares a room for the
    /// workshop (none open, or its socket belongs to someone else).
    public static func fetch(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK, info.st_uid == geteuid() else { return nil }
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 0, tv_usec: 300_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = Self.address(path)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        while bytes.count < 1 << 20 {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func address(_ path: String) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8.prefix(raw.count - 1))
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }
}

/// The other end of a Unix socket connection, as Linux tells it (`struct ucred`, which the C library shows only to
/// programs that ask for GNU extensions).
private struct PeerCredentials {
    /// `SO_PEERCRED`.
    static let option: Int32 = 17
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}
