import CarnetCore
import Foundation

/// The run loop: draw, wait for a key, update, perform the effects, and again. Nothing is
/// drawn while nothing changes: the loop waits on the terminal, wakes a few times a second
/// only to ask whether the record changed (one cheap query), and draws only after something
/// happened; the backend then skips a frame equal to the last one.
public struct AppRunner {
    /// How long the loop waits for a key before asking whether the record changed: banners
    /// come within this of a professional's act in another process.
    static let watchMilliseconds = 250

    let terminal: any TerminalBackend
    /// The open record's source; another record of the carnet replaces it (`.openRecord`).
    let current: CurrentRecord
    let background = BackgroundWork()

    var source: any RecordSource { current.source }

    public init(terminal: any TerminalBackend, source: any RecordSource) {
        self.terminal = terminal
        current = CurrentRecord(source)
    }

    /// Runs until the user quits or a signal asks to stop; returns the last state.
    /// - Parameters:
    ///   - kiosk: the idle timeout of a kiosk, in seconds; nil for the normal browser.
    ///   - notice: what to say on the status line once known (the history was cut or
    ///     rewritten since last time), found off the run loop: the first frame does not wait.
    @discardableResult
    public func run(
        patientName: String, recordAge: String = "", screenReader: Bool = false, language: Language = .en,
        kiosk: TimeInterval? = nil, readOnly: Bool = false, notice: (@Sendable () -> String?)? = nil
    ) -> AppState {
        let size = terminal.size
        var state = AppState(
            rows: size.rows, cols: size.cols, patientName: patientName, screenReader: screenReader,
            language: language)
        state.recordAge = recordAge
        state.kiosk = kiosk != nil
        state.readOnly = readOnly
        var notice = notice
        perform(Update.start(&state), on: &state)
        var lastKey = Date()
        var changed = true
        while !state.quitting {
            if changed { terminal.draw(AppView.render(state)) }
            if let find = notice {
                background.run { .noticeFound(find()) }
                notice = nil
            }
            changed = false
            // Waits on the terminal at most a quarter of a second, to look for changes to the
            // record; less while background work may answer or a kiosk's idle timeout runs.
            var wait = background.busy ? 50 : Self.watchMilliseconds
            // Time spent locked does not count: an unlocked kiosk starts its wait afresh.
            if state.lock != nil { lastKey = Date() }
            if let kiosk, state.lock == nil {
                let left = kiosk - Date().timeIntervalSince(lastKey)
                guard left > 0 else {
                    perform(Update.update(&state, .idle), on: &state)
                    changed = true
                    continue
                }
                wait = min(wait, Int((left * 1_000).rounded(.up)))
            }
            let key = terminal.nextKey(timeoutMilliseconds: wait)
            for msg in background.answers() {
                perform(Update.update(&state, msg), on: &state)
                changed = true
            }
            let connection = source.connection()
            if (connection != .connected) != state.connectionLost {
                perform(Update.update(&state, .connectionChanged(connection)), on: &state)
                changed = true
            }
            if source.recordChanged() {
                perform(Update.update(&state, .recordChanged), on: &state)
                changed = true
            }
            guard let key else { continue }
            changed = true
            if key != .resize { lastKey = Date() }
            let msg: Msg
            if key == .resize {
                let size = terminal.size
                msg = .resized(rows: size.rows, cols: size.cols)
            } else {
                msg = .key(key)
            }
            perform(Update.update(&state, msg), on: &state)
        }
        // An export still writing leaves nothing behind, as one stopped on the command line.
        background.abandonJobs()
        return state
    }

    /// Effects performed for one message, answers included, before the run loop stops to
    /// draw: more means a list keeps asking (a record changing under it at every read).
    static let effectLimit = 16

    /// Performs effects, feeding their answers back to `update`, until none are left or the
    /// limit is reached; then `update` hears how many were left (`.effectsCut`), so that it
    /// is said and read again later, never dropped in silence.
    /// - Returns: how many effects were left undone.
    @discardableResult
    func perform(_ effects: [Effect], on state: inout AppState) -> Int {
        var pending = effects
        var performed = 0
        while !pending.isEmpty {
            guard performed < Self.effectLimit else {
                let left = pending.count
                _ = Update.update(&state, .effectsCut(left))
                return left
            }
            performed += 1
            if let msg = answer(to: pending.removeFirst(), state) { pending += Update.update(&state, msg) }
        }
        return 0
    }

    /// A list read again after a change: half a page before the anchor's row and a page from
    /// it, at its position now; a short list (or no anchor) from the start.
    func reload(_ list: ListID, around anchor: PageKey?) throws -> ListReload {
        let total = try source.count(of: list)
        let size = ListState.pageSize
        guard let anchor, let position = try source.position(of: anchor, in: list) else {
            return ListReload(
                rows: try source.page(of: list, .first, limit: size), offset: 0, total: total, focus: nil)
        }
        let before = position > 0 ? try source.page(of: list, .before(anchor), limit: size / 2) : []
        let from = try source.page(of: list, before.last?.key.map(PageRequest.after) ?? .first, limit: size)
        return ListReload(
            rows: before + from, offset: max(0, position - before.count), total: total, focus: position)
    }
}

/// The source the run loop reads from: the open record's. Only the run loop's thread swaps
/// it; work already running in the background keeps the source it started with.
final class CurrentRecord {
    var source: any RecordSource

    init(_ source: any RecordSource) {
        self.source = source
    }
}
