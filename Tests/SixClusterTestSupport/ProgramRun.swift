import Foundation

/// What a finished program printed and how it exited.
public struct ProgramRun: Sendable {
    /// Standard output.
    public let stdout: String
    /// Standard error.
    public let stderr: String
    /// The exit status.
    public let status: Int32

    /// Runs a program to its end, with the given arguments, environment additions, working folder and input.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           in folder: URL? = nil, input: String? = nil) throws -> ProgramRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] { env[key] = nil }
        env.merge(environment) { $1 }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        let inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try inp.fileHandleForWriting.close()
        // Read both pipes while the program runs, so that a full pipe never blocks it.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return ProgramRun(stdout: String(decoding: outputData, as: UTF8.self),
                          stderr: String(decoding: errorData.value, as: UTF8.self),
                          status: process.terminationStatus)
    }
}

/// Data handed from a reader thread to the waiting test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) {
        lock.withLock { data = value }
    }

    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
