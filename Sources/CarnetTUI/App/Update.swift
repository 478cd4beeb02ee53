import CarnetCore

/// The update function: a message in, the new state and what to do next out. No I/O here;
/// reading the record is an effect the run loop performs, whose answer comes back as `.loaded`.
public enum Update {
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return handle(key, &state)
        case .resized(let rows, let cols):
            state.rows = rows
            state.cols = cols
            let height = state.listHeight
            for id in Array(state.lists.keys) { state.lists[id]?.scroll(height: height) }
            if var page = state.page {
                page.scroll(to: page.top, width: state.pageWidth, height: state.pageHeight)
                state.page = page
            }
            return loadVisible(&state)
        case .loaded(let list, let request, let rows, let total):
            var listState = state.lists[list] ?? ListState()
            listState.apply(request, rows: rows, total: total)
            listState.scroll(height: state.listHeight)
            state.lists[list] = listState
            return loadVisible(&state)
        case .failed(_, let reason):
            say(reason, &state)
            return []
        case .eventLoaded(let event, let targetName):
            return showEvent(event, targetName: targetName, &state)
        case .chainChecked(let id, let report):
            chainChecked(id, report, &state)
            return []
        case .headLoaded(let head):
            // On the status line, to copy down and keep elsewhere (`carnet log verify --head`).
            let hash =
                head.code.split(separator: "·").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            state.message =
                state.text[.paneHead, state.text[.headLine, state.format.count(head.events), hash]]
            state.announcement = state.message ?? ""
            return []
        case .directoryLoaded(let entries, let patient):
            showActorMenu(entries, patient: patient, &state)
            return []
        case .dueLoaded(let lines):
            state.vaccinationsDue = lines
            state.current.scroll(height: state.listHeight)
            return loadVisible(&state)
        case .summaryLoaded(let type, let sentence):
            state.summaries[type] = sentence
            state.current.scroll(height: state.listHeight)
            return loadVisible(&state)
        case .chartLoaded(let request, let buckets, let curves):
            return chartLoaded(request, buckets, curves, &state)
        case .chartFailed(let request, let reason):
            state.charts[request.type]?.invalidate()
            say(reason, &state)
            return []
        case .diseasesLoaded(let diseases):
            showDiseaseMenu(diseases, &state)
            return []
        case .changed(let what):
            say(what, &state)
            state.form = nil
            return recordChanged(&state, byPatient: true)
        case .idle:
            lockForIdle(&state)
            return []
        case .pinChecked(let matches):
            return pinChecked(matches, &state)
        case .pinWaitOver:
            state.lock?.waiting = false
            state.lock?.failures = 0
            state.lock?.message = nil
            state.announcement = state.text[.lockShown]
            return []
        case .changeRefused(let why):
            say(why, &state)
            formRefused(why, &state)
            return []
        case .documentLoaded(let reading):
            showDocument(reading, &state)
            return []
        case .maskQuestion(let document, let question):
            askToMask(document, question: question, &state)
            return []
        case .recordChanged:
            return recordChanged(&state)
        case .noticeFound(let notice):
            if let notice { say(notice, &state) }
            return []
        case .connectionChanged(let connection):
            return connectionChanged(connection, &state)
        case .jobProgress(let words):
            // A late word from a job that has ended is not said again.
            guard state.job != nil else { return [] }
            state.job = words
            say(words, &state)
            return []
        case .jobDone(let outcome):
            return jobDone(outcome, &state)
        case .effectsCut:
            // Said, not hidden: what shows may lag until the next key or change reads again.
            say(state.text[.readsCutShort], &state)
            return []
        case .noticesRead(let news):
            return noticesRead(news, &state)
        case .recordsLoaded(let records):
            showRecordsMenu(records, &state)
            return []
        case .recordOpened(let patient, let age):
            return recordOpened(patient, age: age, &state)
        case .reloaded(let list, let reload):
            // Read again already: a second answer to the same change has nothing new.
            guard var listState = state.lists[list], listState.stale else { return loadVisible(&state) }
            listState.reload(reload)
            listState.scroll(height: state.listHeight)
            state.lists[list] = listState
            return loadVisible(&state)
        }
    }

    /// Shows a line on the status line and, in screen-reader mode, on the announcement line.
    static func say(_ words: String, _ state: inout AppState) {
        state.message = words
        state.announcement = words
    }

    /// The effects to show the current pane at start, and the notifications waiting.
    public static func start(_ state: inout AppState) -> [Effect] {
        loadVisible(&state) + [.checkNotices(after: nil)]
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .interrupt:
            // A kiosk is left only by its supervisor's SIGTERM or SIGHUP.
            guard !state.kiosk else { return [] }
            state.exit = .interrupted
            return [.quit]
        case .terminate:
            state.exit = .terminated
            return [.quit]
        case .hangup:
            state.exit = .hungUp
            return [.quit]
        case .signalled(let signal):
            state.exit = .signalled(signal)
            return [.quit]
        case .resize:
            return []
        default:
            break
        }
        if state.lock != nil { return unlocking(key, &state) }
        // Below the minimum size only quitting means anything.
        guard state.fits || (key == .char("q") && !state.kiosk) else { return [] }
        if typeIntoTop(key, &state) {
            state.message = nil
            return state.prompt != nil ? edited(&state) : []
        }
        guard let action = KeyMap.action(for: key, in: state) else { return [] }
        // A message stays while the focus moves, until a key that means something else: a
        // screen reader hears a focus move as the focused line only when no other text changed.
        if !action.movesFocus { state.message = nil }
        return perform(action, &state)
    }

    private static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        // Banners are dismissed whatever has the keys: they never take the focus.
        if action == .dismissBanners { return notifications(action, &state) }
        let height = state.listHeight
        if let effects = performOnTop(action, &state) { return effects }
        if state.chartLayout != nil, let effects = moveInChart(action, &state) { return effects }
        if let effects = state.pane.module.perform(action, &state) { return effects }
        switch action {
        case .quit:
            state.exit = .quit
            return [.quit]
        case .help:
            state.showingHelp = true
            state.announcement = state.text[.announceHelp, state.pane.title(state.text)]
        case .closeHelp:
            break
        case .nextPane:
            show(state.pane.next, &state)
        case .previousPane:
            show(state.pane.previous, &state)
        case .showPane(let pane):
            show(pane, &state)
        case .up:
            state.current.move(by: -1, height: height)
        case .down:
            state.current.move(by: 1, height: height)
        case .pageUp:
            state.current.move(by: -height, height: height)
        case .pageDown:
            state.current.move(by: height, height: height)
        case .first:
            state.current.moveFocus(to: 0, height: height)
        case .last:
            state.current.moveFocus(to: state.current.total - 1, height: height)
        case .open:
            let list = state.current
            if let subject = list.row(at: list.focus)?.subject { return open(subject, &state) }
        case .toggleSetting:
            let list = state.current
            guard let subject = list.row(at: list.focus)?.subject else { return [] }
            return open(subject, &state)
        case .module(let action):
            return performInView(action, &state)
        case .chooseRecord:
            return [.loadRecords]
        case .openInbox, .closeInbox, .markRead, .markAllRead, .chooseBanners, .dismissBanners:
            return notifications(action, &state)
        case .back, .filterDisease, .addVaccination, .addMeasurement, .switchAccessView, .filterActor,
            .filterAction, .filterDates, .clearFilter, .reverseOrder, .showHead, .authorize, .block, .unblock,
            .setTreatingDoctor, .search, .filterCategory, .clearDocumentFilter, .addDocument, .toggleMask,
            .deleteDocument, .addProfileEntry, .editProfileEntry, .removeProfileEntry, .nextSection,
            .previousSection:
            // The current pane's, done above; here the pane has no such key.
            break
        case .confirm, .cancel, .choose, .submit, .find, .findNext, .showVersions, .nextField, .previousField,
            .chartEarlier, .chartLater, .widerRange, .narrowerRange:
            break
        }
        return loadVisible(&state)
    }

    static func show(_ pane: PaneID, _ state: inout AppState) {
        state.page = nil
        state.notifications.inboxOpen = false
        state.pane = pane
        state.announcement = state.text[.announcePane, pane.title(state.text)]
    }

    /// Keys while the help is shown: move through its lines, or close it.
    static func moveInHelp(_ action: Action, _ state: inout AppState) -> [Effect] {
        let last = KeyMap.helpLines(for: state).count - 1
        let page = max(1, state.listHeight)
        var focus = state.helpFocus
        switch action {
        case .closeHelp:
            state.showingHelp = false
            state.announcement = state.text[.announceHelpClosed]
            return []
        case .up: focus -= 1
        case .down: focus += 1
        case .pageUp: focus -= page
        case .pageDown: focus += page
        case .first: focus = 0
        case .last: focus = last
        default: break
        }
        state.helpFocus = min(max(0, focus), last)
        return []
    }

    /// Asks for what the current list lacks: its first page and count when never read,
    /// otherwise the page that holds the visible rows.
    static func loadVisible(_ state: inout AppState) -> [Effect] {
        let list = loadVisibleList(&state)
        return state.pane.module.loadVisible(&state, list: list)
    }

    private static func loadVisibleList(_ state: inout AppState) -> [Effect] {
        let list = state.currentList
        if let listState = state.lists[list], listState.stale {
            return [.reload(list, around: listState.reloadAnchor)]
        }
        guard let listState = state.lists[list], listState.loaded else {
            return [.load(list, .first, withCount: true)]
        }
        if let page = listState.neededPage(height: state.listHeight) {
            return [.load(list, page, withCount: false)]
        }
        return []
    }
}
