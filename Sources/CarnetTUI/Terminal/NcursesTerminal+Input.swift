import CNcursesw
import Glibc

/// Reading keys. One `poll` waits on both the terminal input and the signal self-pipe, so a
/// signal that arrives just before the wait is never missed; ncurses then reads and decodes
/// the bytes (escape sequences, UTF-8).
extension NcursesTerminal {
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        if hungUp { return .hangup }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now + .milliseconds(timeoutMilliseconds)
        while true {
            if let key = keyFromSignals() { return key }
            if let key = keyQueuedInNcurses() { return key }
            let wait = deadline.map { max(0, milliseconds(from: clock.now, to: $0)) } ?? -1
            switch waitForInput(timeoutMilliseconds: wait) {
            case .timeout: return nil
            case .signal, .interrupted: continue
            case .hangup: return hangUp()
            case .input(let sawHangup):
                // Data is there: let ncurses block for the rest of a sequence or character.
                let readTimeout = deadline == nil ? -1 : max(wait, 100)
                let started = clock.now
                switch readKey(timeoutMilliseconds: readTimeout) {
                case .key(let key): return key
                case .ignored, .interrupted: continue
                case .failed(let code):
                    if code == EIO || code == EBADF { return hangUp() }
                    // Readable yet nothing to read is an end of file, unless the read merely
                    // timed out waiting for the rest of a character.
                    let quick = milliseconds(from: started, to: clock.now) < 50
                    if carnet_bytes_available(inputFD) <= 0 && (sawHangup || quick || readTimeout < 0) {
                        return hangUp()
                    }
                }
            }
        }
    }

    /// The most severe signal caught since the last call, as a key. A window change resizes
    /// ncurses first, which queues KEY_RESIZE for a later read, so it is not lost when a
    /// more severe signal came with it.
    private func keyFromSignals() -> Key? {
        let signals = signalGuard.takeSignals()
        if signals.contains(SIGWINCH) { resizeToTerminal() }
        if signals.contains(SIGHUP) { return hangUp() }
        if signals.contains(SIGTERM) { return .terminate }
        if let ending = signals.first(where: { TerminalGuard.endingSignals.contains($0) }) {
            return .signalled(ending)
        }
        if signals.contains(SIGINT) { return .interrupt }
        return nil
    }

    /// A key ncurses already holds, read without waiting. Only tried when the kernel buffer is
    /// empty, so that a zero-timeout read cannot swallow half of a UTF-8 character.
    private func keyQueuedInNcurses() -> Key? {
        while ncursesMayHoldKeys && carnet_bytes_available(inputFD) <= 0 {
            ncursesMayHoldKeys = false
            switch readKey(timeoutMilliseconds: 0) {
            case .key(let key): return key
            case .ignored: continue  // the read set the flag again: there may be more
            case .interrupted, .failed: return nil
            }
        }
        return nil
    }

    /// Re-reads the window size from the terminal and tells ncurses, which updates LINES and
    /// COLS and queues KEY_RESIZE.
    private func resizeToTerminal() {
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard
            carnet_window_size(outputFD, &rows, &cols) == 0 || carnet_window_size(inputFD, &rows, &cols) == 0
        else { return }
        if rows != carnet_lines() || cols != carnet_cols() { resize(rows: Int(rows), cols: Int(cols)) }
    }

    /// Tells ncurses the new size; it updates LINES and COLS and queues KEY_RESIZE, which the
    /// next ``nextKey(timeoutMilliseconds:)`` returns as `.resize`.
    func resize(rows: Int, cols: Int) {
        resizeterm(Int32(clamping: rows), Int32(clamping: cols))
        // resizeterm leaves stdscr touched, and get_wch refreshes a touched window before
        // reading: the old frame would be repainted once before the new one. Marking it
        // refreshed (without output) leaves the one repaint to the next draw.
        wnoutrefresh(carnet_stdscr())
        ncursesMayHoldKeys = true
    }

    private func hangUp() -> Key {
        hungUp = true
        return .hangup
    }

    private enum ReadResult {
        case key(Key)
        /// A key carnet does not use.
        case ignored
        case interrupted
        /// ERR from ncurses, with errno (0 when none was set).
        case failed(Int32)
    }

    private func readKey(timeoutMilliseconds: Int) -> ReadResult {
        let window = carnet_stdscr()
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        errno = 0
        let status = wget_wch(window, &value)
        if status == ERR { return errno == EINTR ? .interrupted : .failed(errno) }
        ncursesMayHoldKeys = true
        guard let key = KeyDecoder.decode(status: status, value: value) else { return .ignored }
        if key == .resize { needsFullRedraw = true }
        return .key(key)
    }

    private enum WaitResult {
        case timeout, signal, interrupted, hangup
        /// The terminal input is readable; `sawHangup` when poll also reported POLLHUP.
        case input(sawHangup: Bool)
    }

    private func waitForInput(timeoutMilliseconds: Int) -> WaitResult {
        var fds = [
            pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalGuard.signalFD, events: Int16(POLLIN), revents: 0),
        ]
        let count = poll(&fds, nfds_t(fds.count), Int32(clamping: timeoutMilliseconds))
        if count < 0 { return errno == EINTR ? .interrupted : .hangup }
        if count == 0 { return .timeout }
        if fds[1].revents != 0 { return .signal }
        let events = Int32(fds[0].revents)
        if events & (POLLERR | POLLNVAL) != 0 { return .hangup }
        let sawHangup = events & POLLHUP != 0
        if sawHangup && events & POLLIN == 0 && carnet_bytes_available(inputFD) <= 0 { return .hangup }
        return .input(sawHangup: sawHangup)
    }

    private func milliseconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Int {
        let components = (end - start).components
        return Int(components.seconds) * 1000 + Int(components.attoseconds / 1_000_000_000_000_000)
    }
}
