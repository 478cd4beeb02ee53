import CarnetCore

/// The run loop: draw, wait for a key, update, perform the effects, and again. Nothing is
/// drawn while nothing changes: the loop blocks on the terminal and the backend skips a
/// frame equal to the last one.
public struct AppRunner {
    let terminal: any TerminalBackend
    let source: any RecordSource

    public init(terminal: any TerminalBackend, source: any RecordSource) {
        self.terminal = terminal
        self.source = source
    }

    /// Runs until the user quits or a signal asks to stop; returns the last state.
    @discardableResult
    public func run(patientName: String, screenReader: Bool = false, language: Language = .en) -> AppState {
        let size = terminal.size
        var state = AppState(
            rows: size.rows, cols: size.cols, patientName: patientName, screenReader: screenReader,
            language: language)
        perform(Update.start(&state), on: &state)
        while !state.quitting {
            terminal.draw(AppView.render(state))
            guard let key = terminal.nextKey(timeoutMilliseconds: -1) else { continue }
            let msg: Msg
            if key == .resize {
                let size = terminal.size
                msg = .resized(rows: size.rows, cols: size.cols)
            } else {
                msg = .key(key)
            }
            perform(Update.update(&state, msg), on: &state)
        }
        return state
    }

    /// Performs effects, feeding their answers back to `update`, until none are left. A
    /// list that keeps asking (a record changing under it) is cut off after a few rounds.
    func perform(_ effects: [Effect], on state: inout AppState) {
        var pending = effects
        var rounds = 0
        while !pending.isEmpty && rounds < 16 {
            rounds += 1
            let effect = pending.removeFirst()
            switch effect {
            case .quit:
                if state.exit == nil { state.exit = .quit }
            case .load(let list, let request, let withCount):
                let msg: Msg
                do {
                    let total = withCount ? try source.count(of: list) : nil
                    let rows = try source.page(of: list, request, limit: ListState.pageSize)
                    msg = .loaded(list, request, rows: rows, total: total)
                } catch {
                    msg = .failed(list, state.text[.cannotRead, "\(error)"])
                }
                pending += Update.update(&state, msg)
            }
        }
    }
}
