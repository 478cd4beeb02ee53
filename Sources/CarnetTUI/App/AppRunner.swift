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
    let source: any RecordSource
    let background = BackgroundWork()

    public init(terminal: any TerminalBackend, source: any RecordSource) {
        self.terminal = terminal
        self.source = source
    }

    /// Runs until the user quits or a signal asks to stop; returns the last state.
    @discardableResult
    /// - Parameter kiosk: the idle timeout of a kiosk, in seconds; nil for the normal browser.
    public func run(
        patientName: String, screenReader: Bool = false, language: Language = .en, kiosk: TimeInterval? = nil,
        readOnly: Bool = false, notice: String? = nil
    ) -> AppState {
        let size = terminal.size
        var state = AppState(
            rows: size.rows, cols: size.cols, patientName: patientName, screenReader: screenReader,
            language: language)
        state.kiosk = kiosk != nil
        state.readOnly = readOnly
        perform(Update.start(&state), on: &state)
        // Said at start, on the status line: the history was cut or rewritten since last time.
        if let notice { state.message = notice }
        var lastKey = Date()
        var changed = true
        while !state.quitting {
            if changed { terminal.draw(AppView.render(state)) }
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
            case .loadEvent(let id):
                pending += Update.update(
                    &state,
                    answer(state) {
                        try source.accessEvent(id).map {
                            Msg.eventLoaded($0.event, targetName: $0.targetName)
                        }
                    })
            case .loadHead:
                pending += Update.update(&state, answer(state) { .headLoaded(try source.chainHead()) })
            case .loadDirectory:
                let patient = source.patientActorId
                pending += Update.update(
                    &state, answer(state) { .directoryLoaded(try source.directory(), patientActor: patient) })
            case .checkPin(let pin):
                let source = source
                background.run { .pinChecked(source.kioskPinMatches(pin)) }
            case .waitAfterWrongPins(let seconds):
                background.run {
                    Thread.sleep(forTimeInterval: Double(seconds))
                    return .pinWaitOver
                }
            case .loadSummary(let type):
                pending += Update.update(
                    &state,
                    answer(state) { try source.measurementSummary(type).map { .summaryLoaded(type, $0) } })
            case .loadChart(let request):
                let msg: Msg
                do {
                    msg = .chartLoaded(
                        request,
                        try source.measurementBuckets(
                            request.type, span: request.range.span, count: request.columns))
                } catch {
                    msg = .chartFailed(request, state.text[.cannotRead, "\(error)"])
                }
                pending += Update.update(&state, msg)
            case .loadDue:
                pending += Update.update(&state, answer(state) { .dueLoaded(try source.vaccinationsDue()) })
            case .loadDiseases:
                pending += Update.update(
                    &state, answer(state) { .diseasesLoaded(try source.vaccinationDiseases()) })
            case .apply(let change):
                let msg: Msg
                do {
                    msg = .changed(try source.apply(change))
                } catch let refused as ChangeRefused {
                    msg = .changeRefused(refused.reason)
                } catch {
                    msg = .changeRefused(state.text[.changeFailed, "\(error)"])
                }
                pending += Update.update(&state, msg)
            case .checkNotices(let after):
                pending += Update.update(
                    &state, answer(state) { .noticesRead(try source.notices(after: after)) })
            case .reload(let list, let anchor):
                let msg: Msg
                do {
                    msg = .reloaded(list, try reload(list, around: anchor))
                } catch {
                    msg = .failed(list, state.text[.cannotRead, "\(error)"])
                }
                pending += Update.update(&state, msg)
            case .markNoticeRead(let id):
                let msg: Msg
                do {
                    _ = try source.apply(.markRead(id))
                    msg = .recordChanged
                } catch let refused as ChangeRefused {
                    msg = .changeRefused(refused.reason)
                } catch {
                    msg = .changeRefused(state.text[.changeFailed, "\(error)"])
                }
                pending += Update.update(&state, msg)
            case .loadDocument(let id, let version):
                pending += Update.update(
                    &state,
                    answer(state) { try source.document(id, version: version).map(Msg.documentLoaded) })
            case .askToMask(let document):
                pending += Update.update(
                    &state, asked(state) { .maskQuestion(document, try source.maskQuestion(document)) })
            case .verifyChain(let id):
                let source = source
                let failure = state.text[.cannotRead, ""]
                let list = state.currentList
                background.run {
                    do {
                        return .chainChecked(upTo: id, try source.verifyChain(upTo: id))
                    } catch {
                        return .failed(list, failure + "\(error)")
                    }
                }
            }
        }
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

    /// The record's question before a change, or why it cannot be asked.
    private func asked(_ state: AppState, _ read: () throws -> Msg) -> Msg {
        do {
            return try read()
        } catch let refused as ChangeRefused {
            return .changeRefused(refused.reason)
        } catch {
            return .changeRefused(state.text[.changeFailed, "\(error)"])
        }
    }

    /// A read's answer as a message, or its failure in words.
    private func answer(_ state: AppState, _ read: () throws -> Msg?) -> Msg {
        do {
            return try read() ?? .failed(state.currentList, state.text[.nothingThere])
        } catch {
            return .failed(state.currentList, state.text[.cannotRead, "\(error)"])
        }
    }
}
