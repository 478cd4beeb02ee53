import Foundation

/// Reads the text of a PDF with `pdftotext` (poppler-utils), when it is installed. The PDF
/// goes through a private temporary file and the program's arguments, never a shell; the
/// program gets no terminal, and is killed after `timeout` or when its output passes
/// `outputLimit`.
///
/// ```swift
/// switch PDFTextExtractor.installed.text(of: pdf) {
/// case .success(let text): print(text)
/// case .failure(.notInstalled): print("install poppler-utils")
/// case .failure(let failure): print(failure)
/// }
/// ```
public struct PDFTextExtractor: Sendable, Equatable {
    public enum Failure: Error, Equatable, Sendable {
        /// No `pdftotext` on this machine.
        case notInstalled
        /// It ran and could not read the file (exit status).
        case unreadable(status: Int32)
        /// It took longer than the timeout, and was stopped.
        case timedOut
    }

    /// The program's path; nil when it is not installed.
    public var executable: String?
    public var timeout: TimeInterval
    public var outputLimit: Int

    public init(executable: String?, timeout: TimeInterval = 10, outputLimit: Int = 32 << 20) {
        self.executable = executable
        self.timeout = timeout
        self.outputLimit = outputLimit
    }

    /// `pdftotext` as found on `PATH`, if it is there.
    public static var installed: PDFTextExtractor {
        PDFTextExtractor(executable: find("pdftotext"))
    }

    /// The text of a PDF, pages separated by form feeds.
    public func text(of pdf: Data) -> Result<String, Failure> {
        guard let executable, FileManager.default.isExecutableFile(atPath: executable) else {
            return .failure(.notInstalled)
        }
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("carnet-\(UUID().uuidString).pdf").path
        guard
            FileManager.default.createFile(
                atPath: input, contents: pdf, attributes: [.posixPermissions: 0o600])
        else { return .failure(.unreadable(status: -1)) }
        defer { try? FileManager.default.removeItem(atPath: input) }
        return run(executable, ["-q", "-enc", "UTF-8", "-eol", "unix", input, "-"])
    }

    private func run(_ executable: String, _ arguments: [String]) -> Result<String, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            return .failure(.notInstalled)
        }
        let collected = Collected()
        let done = DispatchSemaphore(value: 0)
        let limit = outputLimit
        let pid = process.processIdentifier
        let descriptor = output.fileHandleForReading.fileDescriptor
        Thread.detachNewThread {
            // read(2), not FileHandle: a signal (a window resize) interrupting the read is
            // retried, where FileHandle traps on EINTR.
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                if collected.append(Data(buffer[0..<count])) > limit {
                    kill(pid, SIGKILL)
                    break
                }
            }
            done.signal()
        }
        // SIGKILL, not SIGTERM: the child may have inherited blocked signals.
        let timedOut = done.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(pid, SIGKILL)
            done.wait()
        }
        process.waitUntilExit()
        if timedOut { return .failure(.timedOut) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(.unreadable(status: process.terminationStatus))
        }
        return .success(DocumentText.decode(collected.data))
    }

    /// The first executable of that name on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Output gathered on the reading thread.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    /// Appends and returns the size so far.
    func append(_ chunk: Data) -> Int {
        lock.withLock {
            bytes.append(chunk)
            return bytes.count
        }
    }

    var data: Data { lock.withLock { bytes } }
}
