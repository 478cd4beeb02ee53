import CNcursesw
import Glibc

/// Keeps a full-screen session from leaving the terminal broken.
///
/// - SIGINT, SIGTERM, SIGQUIT, SIGHUP and SIGWINCH are caught by a handler that only writes
///   the signal number to a self-pipe (`write` is async-signal-safe). ``NcursesTerminal`` polls
///   the pipe beside the terminal input and turns the bytes into keys, so the run loop returns
///   and the caller restores the terminal on its normal path.
/// - On a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP — a Swift trap is SIGILL or
///   SIGTRAP) the handler writes a precomputed reset sequence, puts the saved terminal modes
///   back with `tcsetattr` (both async-signal-safe), then hands the signal to the previous
///   handler (Swift's backtracer, or the default action).
///
/// Only one guard can be installed at a time: signal handlers are process-wide.
final class TerminalGuard {
    /// Read end of the self-pipe, non-blocking; poll it for readability.
    let signalFD: Int32
    private let writeFD: Int32
    private var savedActions: [Int32: sigaction] = [:]
    private var installed = true

    static let watchedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH] + endingSignals
    /// The other signals that end a process by default and can be caught: each restores the
    /// terminal and ends carnet with 128 plus its number, as the shell would report it.
    static let endingSignals: [Int32] = [
        SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
    ]

    /// Installs the handlers. `inputFD` is the terminal whose modes are put back on a crash.
    init(inputFD: Int32, outputFD: Int32) throws(TerminalError) {
        guard signalWriteFD == -1 else { throw .alreadyActive }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .systemCall("pipe", errno) }
        signalFD = fds[0]
        writeFD = fds[1]
        for fd in fds {
            // Non-blocking so that a handler never waits on a full pipe; close-on-exec so an
            // editor or pager started later does not inherit it.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        signalWriteFD = writeFD
        for signo in Self.watchedSignals {
            var old = sigaction()
            if carnet_install_handler(signo, signalToPipe, &old) == 0 { savedActions[signo] = old }
            _ = carnet_unblock_signal(signo)
        }
        CrashRestore.install(inputFD: inputFD, outputFD: outputFD)
    }

    deinit { uninstall() }

    /// Sets the bytes written to the terminal on a crash (leave the alternate screen, show the
    /// cursor, reset attributes…), once the terminal description is known.
    func setCrashResetSequence(_ bytes: [UInt8]) {
        CrashRestore.setResetSequence(bytes)
    }

    /// Signals caught since the last call, oldest first.
    func takeSignals() -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(signalFD, &buffer, buffer.count)
            guard count > 0 else { break }
            signals += buffer[0..<count].map { Int32($0) }
        }
        return signals
    }

    /// Puts every previous handler back and closes the pipe. Safe to call more than once.
    func uninstall() {
        guard installed else { return }
        installed = false
        CrashRestore.uninstall()
        for (signo, var old) in savedActions { _ = carnet_restore_handler(signo, &old) }
        signalWriteFD = -1
        close(writeFD)
        close(signalFD)
    }
}

/// Signal handlers cannot capture context, so the pipe they write to lives in a global.
/// It is set before any handler is installed and reset after they are all removed.
nonisolated(unsafe) private var signalWriteFD: Int32 = -1

/// The handler for watched signals: one byte on the self-pipe, errno preserved.
/// A full pipe drops the byte, which is fine: earlier bytes are already waiting.
private func signalToPipe(_ signo: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signo)
    _ = write(signalWriteFD, &byte, 1)
    errno = savedErrno
}
