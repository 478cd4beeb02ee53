import CarnetCore

/// The run loop: draw, wait for a key, update, perform the effects, and again. Nothing is
/// drawn while nothing changes: the loop blocks on the terminal and the backend skips a
/// frame equal to the last one.
public struct AppRunner {
    let terminal: any TerminalBackend
    let source: any RecordSource
    let background = BackgroundWork()

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
            // Blocks on the terminal, except while background work may answer.
            let key = terminal.nextKey(timeoutMilliseconds: background.busy ? 50 : -1)
            for msg in background.answers() { perform(Update.update(&state, msg), on: &state) }
            guard let key else { continue }
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
            case .loadDirectory:
                let patient = source.patientActorId
                pending += Update.update(
                    &state, answer(state) { .directoryLoaded(try source.directory(), patientActor: patient) })
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
