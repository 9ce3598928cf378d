import Foundation

/// A program running in its own tmux server at a fixed size, driven by keys and read back as screen text.
public final class TmuxSession {
    /// A screen that did not show what a test waited for.
    public struct Timeout: Error, CustomStringConvertible {
        public let waitingFor: String
        public let screen: String
        public var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    private let server: String
    private let tmux: URL
    /// The window this session drives ("0", the first, unless made by `window`).
    private let target: String
    /// Whether closing this session ends the whole server (the first window), or only its own window.
    private let ownsServer: Bool
    /// Whether it was closed (a window's number may go to a new window afterwards, which must be left alone).
    private var isClosed = false

    /// Starts `command` (run by the shell) in a new tmux server of its own. When the program ends, the pane
    /// shows `SIXCLUSTER-EXIT=<status>` and waits for the terminal to close (processes started from a test may
    /// inherit blocked signals, so the wait ends on end of input, or by SIGKILL after a minute).
    public init(_ command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        tmux = try TestPaths.program("tmux")
        server = "sixcluster-test-\(UUID().uuidString.prefix(8))"
        target = "0"
        ownsServer = true
        let script = Self.script(command, environment: environment)
        // The tmux server outlives this call. Started through bash (which, unlike dash, closes descriptors above 9), that first closes every inherited descriptor
        // but 0-2, and with those on /dev/null, it holds nothing of ours open (Foundation's Process waits until
        // every holder of the child's descriptors is gone).
        let closeInherited = "for fd in /proc/$$/fd/*; do n=${fd##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\"; done 2>/dev/null; "
        let start = closeInherited + "exec " + [tmux.path, "-L", server, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)",
                                                "-y", "\(height)", script]
            .map(Self.shellQuoted).joined(separator: " ") + " </dev/null >/dev/null 2>&1"
        _ = try ProgramRun.run(URL(fileURLWithPath: "/bin/bash"), ["-c", start])
    }

    private init(server: String, tmux: URL, target: String) {
        self.server = server
        self.tmux = tmux
        self.target = target
        ownsServer = false
    }

    /// Starts `command` in another window of this session's server, of the same size, and gives a session that
    /// drives that window.
    public func window(_ command: String, environment: [String: String] = [:]) throws -> TmuxSession {
        let index = try run(["new-window", "-d", "-P", "-F", "#{window_index}", Self.script(command, environment: environment)])
        return TmuxSession(server: server, tmux: tmux, target: ":" + index.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The shell line a window runs: the command, then its exit status, then a wait for the window to close.
    private static func script(_ command: String, environment: [String: String]) -> String {
        let exports = environment.map { "export \($0.key)='\($0.value)'; " }.joined()
        return "\(exports)\(command); echo SIXCLUSTER-EXIT=$?; timeout --foreground -s KILL 60 head -c 1 >/dev/null"
    }

    deinit {
        close()
    }

    /// Ends the tmux server and everything in it (a window made by `window`: only its own program). Tests call it
    /// when done (`defer`); a forgotten server ends by itself a minute after its program.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        // The pane's processes may have SIGHUP blocked (inherited from the test process): end them with SIGKILL.
        if let pane = try? run(["list-panes", "-t", target, "-F", "#{pane_pid}"]), let pid = Int32(pane.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
        if ownsServer { _ = try? run(["kill-server"]) }
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    private func run(_ arguments: [String], input: String? = nil) throws -> String {
        try ProgramRun.run(tmux, ["-L", server, "-f", "/dev/null"] + arguments, input: input).stdout
    }

    /// Sends keys by tmux's names (`Enter`, `Escape`, `C-s`, `Up`, or plain characters).
    public func send(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types text literally, character by character.
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Pastes text as a terminal paste would (bracketed when the program asked for it).
    public func paste(_ text: String) throws {
        try run(["load-buffer", "-"], input: text)
        try run(["paste-buffer", "-p", "-t", target])
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text.
    public func screen() throws -> String {
        let capture = try ProgramRun.run(tmux, ["-L", server, "-f", "/dev/null", "capture-pane", "-p", "-t", target])
        return capture.status == 0 ? capture.stdout : "(tmux: \(capture.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))"
    }

    /// A tmux format evaluated for the pane (for example `#{mouse_sgr_flag}`: what the program asked the
    /// terminal for, whenever it asked).
    public func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The screen with its colours and attributes, as escape sequences.
    public func screenWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", target])
    }

    /// From now on copies everything the program writes to the terminal into `file` (until `stopRecording`).
    public func record(to file: URL) throws {
        try run(["pipe-pane", "-o", "-t", target, "cat > " + Self.shellQuoted(file.path)])
    }

    /// Stops copying the program's output.
    public func stopRecording() throws {
        try run(["pipe-pane", "-t", target])
    }

    /// The process id of the program in the pane's shell.
    public func programPID(named name: String) throws -> Int32? {
        let shell = try run(["list-panes", "-t", target, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try ProgramRun.run(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-P", shell, name]).stdout
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Polls the screen (with its attributes as escape sequences when `attributes` is set) until it satisfies
    /// `condition`; returns that screen.
    @discardableResult
    public func waitUntil(_ description: String, timeout: TimeInterval = 20, attributes: Bool = false,
                          _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try attributes ? screenWithAttributes() : screen()
            if condition(last) { return last }
            usleep(30_000)
        }
        throw Timeout(waitingFor: description, screen: last)
    }

    /// Polls the screen until it shows `text`, also when the board wrapped it over several rows (the rows are
    /// joined with single spaces, as the wrapping split them at spaces).
    @discardableResult
    public func waitForWrapped(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitUntil("“\(text)” (wrapped)", timeout: timeout) { screen in
            screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").contains(text)
        }
    }

    /// Polls the screen until it shows `text`.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }
}
