import CNcursesw
import Glibc

/// Puts the terminal back when carnet crashes, from inside the crash signal handler.
///
/// Everything the handler needs is prepared in advance in one block of memory reached through
/// a global pointer, because a handler can neither capture context nor allocate.
enum CrashRestore {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Saves the terminal modes of `inputFD` (before ncurses changes them) and installs the
    /// crash handlers. The reset sequence is set later, once the terminal type is known.
    static func install(inputFD: Int32, outputFD: Int32) {
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(outputFD: outputFD, inputFD: inputFD))
        state.pointee.hasModes = tcgetattr(inputFD, &state.pointee.modes) == 0
        for (index, signo) in signals.enumerated() {
            _ = carnet_install_handler(signo, restoreAndRethrow, state.pointee.previous + index)
        }
        crashState = state
    }

    static func setResetSequence(_ bytes: [UInt8]) {
        guard let state = crashState else { return }
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        copy.initialize(from: bytes, count: bytes.count)
        let old = state.pointee.reset
        state.pointee.reset = copy
        state.pointee.resetCount = bytes.count
        old?.deallocate()
    }

    static func uninstall() {
        guard let state = crashState else { return }
        for (index, signo) in signals.enumerated() {
            _ = carnet_restore_handler(signo, state.pointee.previous + index)
        }
        crashState = nil
        state.pointee.reset?.deallocate()
        state.pointee.previous.deallocate()
        state.deallocate()
    }

    struct State {
        var outputFD: Int32
        var inputFD: Int32
        var modes = termios()
        var hasModes = false
        var reset: UnsafeMutablePointer<UInt8>? = nil
        var resetCount = 0
        /// The actions that were in place, in the order of `signals`.
        var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: CrashRestore.signals.count)
    }
}

/// Set while a guard is installed; read only by the crash handler.
nonisolated(unsafe) private var crashState: UnsafeMutablePointer<CrashRestore.State>? = nil

/// Resets the terminal, reinstalls the previous action and raises the signal again, so the
/// process still dies (and Swift's backtracer still reports) as it would have.
private func restoreAndRethrow(_ signo: Int32) {
    guard let state = crashState else {
        signal(signo, SIG_DFL)
        raise(signo)
        return
    }
    if let reset = state.pointee.reset { _ = write(state.pointee.outputFD, reset, state.pointee.resetCount) }
    if state.pointee.hasModes { _ = tcsetattr(state.pointee.inputFD, TCSANOW, &state.pointee.modes) }
    // A switch rather than `signals.firstIndex`: no array access inside a signal handler.
    let index: Int? =
        switch signo {
        case SIGSEGV: 0
        case SIGBUS: 1
        case SIGILL: 2
        case SIGFPE: 3
        case SIGABRT: 4
        case SIGTRAP: 5
        default: nil
        }
    if let index {
        _ = carnet_restore_handler(signo, state.pointee.previous + index)
    } else {
        signal(signo, SIG_DFL)
    }
    crashState = nil
    raise(signo)
}
