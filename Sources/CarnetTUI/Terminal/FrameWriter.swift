import CNcursesw
import Glibc

/// Makes each frame leave carnet in a single `write()`.
///
/// ncurses writes with write(2) from its own buffer of about (LINES+2)×(COLS+6) bytes, so a
/// large frame reaches the terminal in pieces; a screen reader that reads the screen between
/// two pieces hears half a line, and over SSH each piece can be its own packet. ncurses is
/// therefore given a descriptor of its own (a duplicate of the terminal, so that its terminal
/// modes and size queries still reach the terminal), which points at an in-memory file while
/// a frame is drawn. The frame's bytes are then sent on to the terminal in one write, which a
/// short write finishes at once.
final class FrameWriter {
    /// The stream ncurses is given; its descriptor is switched during a frame.
    let ncursesOutput: UnsafeMutablePointer<FILE>
    private let ncursesFD: Int32
    private let terminalFD: Int32
    /// The in-memory file a frame is collected in; -1 when none could be made, and then
    /// ncurses writes straight to the terminal as before.
    private let bufferFD: Int32
    private var capturing = false

    /// - Parameter terminalFD: the real terminal output, which stays untouched.
    init(terminalFD: Int32) throws(TerminalError) {
        self.terminalFD = terminalFD
        ncursesFD = dup(terminalFD)
        guard ncursesFD >= 0 else { throw .systemCall("dup", errno) }
        _ = fcntl(ncursesFD, F_SETFD, FD_CLOEXEC)
        guard let stream = fdopen(ncursesFD, "w") else {
            let code = errno
            close(ncursesFD)
            throw .systemCall("fdopen", code)
        }
        ncursesOutput = stream
        bufferFD = carnet_frame_buffer()
    }

    deinit {
        if capturing { _ = dup2(terminalFD, ncursesFD) }
        fclose(ncursesOutput)
        if bufferFD >= 0 { close(bufferFD) }
    }

    /// Draws through `body` and sends what ncurses wrote in one write.
    /// - Returns: false when the terminal is gone (the write failed for good).
    func frame(_ body: () -> Void) -> Bool {
        guard bufferFD >= 0, dup2(bufferFD, ncursesFD) >= 0 else {
            body()
            return true
        }
        capturing = true
        body()
        fflush(ncursesOutput)
        _ = dup2(terminalFD, ncursesFD)
        capturing = false
        let bytes = collected()
        return bytes.isEmpty || send(bytes)
    }

    /// The frame's bytes, leaving the buffer empty for the next one.
    private func collected() -> [UInt8] {
        let length = Int(lseek(bufferFD, 0, SEEK_CUR))
        defer {
            _ = ftruncate(bufferFD, 0)
            _ = lseek(bufferFD, 0, SEEK_SET)
        }
        guard length > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: length)
        let count = bytes.withUnsafeMutableBytes { pread(bufferFD, $0.baseAddress, length, 0) }
        return count > 0 ? Array(bytes.prefix(count)) : []
    }

    /// Writes every byte, waiting when the terminal is not ready (a non-blocking descriptor)
    /// and finishing a short write at once with the rest.
    private func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                write(terminalFD, $0.baseAddress! + offset, bytes.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && (errno == EINTR) {
                continue
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var ready = pollfd(fd: terminalFD, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, 1000)
            } else {
                return false
            }
        }
        return true
    }
}
