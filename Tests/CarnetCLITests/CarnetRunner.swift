import Foundation

/// Runs the built `carnet` binary as a user would, in a private data folder.
struct CarnetRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The standard output parsed as a JSON array of objects.
        func jsonObjects() throws -> [[String: Any]] {
            let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            guard let array = value as? [[String: Any]] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return array
        }
    }

    let home: String

    init() {
        home = NSTemporaryDirectory() + "carnet-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    /// Removes the data folder; call when the test ends.
    func cleanUp() {
        try? FileManager.default.removeItem(atPath: home)
    }

    var dataDirectory: String { home + "/data/carnet" }

    /// `XDG_CONFIG_HOME` of the runs: user themes go in its `carnet/themes`.
    var configDirectory: String { home + "/config" }

    func path(_ name: String) -> String { home + "/" + name }

    /// The `carnet` executable built beside the test bundle.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("carnet")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("carnet")
        return bundle
    }()

    @discardableResult
    /// - Parameter niceness: runs carnet under `nice -n NICENESS`, below the other tests.
    /// - Parameter executable: another program that runs carnet (`setpriv`), given in `arguments`.
    func run(
        _ arguments: [String], stdin: String? = nil, niceness: Int? = nil, executable: URL = Self.executable,
        environment extra: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        if let niceness {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/nice")
            process.arguments = ["-n", String(niceness), executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["XDG_DATA_HOME"] = home + "/data"
        environment["XDG_STATE_HOME"] = home + "/state"
        // The tester's own themes and NO_COLOR must not change what the tests see.
        environment["XDG_CONFIG_HOME"] = configDirectory
        environment["NO_COLOR"] = nil
        environment["TZ"] = "Europe/Paris"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large listing cannot fill a pipe and block.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = Self.readAll(err.fileHandleForReading)
            group.leave()
        }
        let outputData = Self.readAll(out.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}

extension CarnetRunner {
    /// Runs carnet on a thread of its own and waits without holding one of the test runner's
    /// few threads: a long run (the large demo) would otherwise starve the other tests' waits
    /// on a two-core machine.
    func runAway(_ arguments: [String], stdin: String? = nil, niceness: Int? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Swift.Result { try self.run(arguments, stdin: stdin, niceness: niceness) })
            }
        }
    }

    /// Everything until end of file. read(2) retried on EINTR: `readDataToEndOfFile` traps
    /// when a signal (one a test raises) interrupts it.
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = read(handle.fileDescriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// The direct children of a process, read from /proc.
    static func childProcesses(of parent: Int32) throws -> [Int32] {
        let entries = try FileManager.default.contentsOfDirectory(atPath: "/proc")
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }
}
