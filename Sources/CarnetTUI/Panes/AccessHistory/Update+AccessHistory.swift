import CarnetCore
import Foundation

/// The Access history pane: its filters and order, an event shown whole, and the patient's
/// decisions about who may access the record (each confirmed in words first).
extension Update {
    static func accessHistory(_ action: Action, _ state: inout AppState) -> [Effect] {
        let text = state.text
        switch action {
        case .switchAccessView:
            state.accessView = state.accessView == .history ? .whoMayAccess : .history
            state.announcement =
                state.accessView == .history ? text[.announceHistoryShown] : text[.announceWhoMayAccess]
        case .filterActor:
            return [.loadDirectory]
        case .showHead:
            return [.loadHead]
        case .filterAction:
            state.menu = actionMenu(state)
            state.announcement = state.menu!.title
        case .filterDates:
            state.prompt = Prompt(label: text[.sincePrompt], purpose: .historySince)
            state.announcement = text[.sincePrompt]
        case .clearFilter:
            state.historyQuery.filter = .all
            state.historyQuery.actorName = nil
            announceFilter(&state)
        case .reverseOrder:
            state.historyQuery.oldestFirst.toggle()
            announceFilter(&state)
        case .authorize, .block, .unblock, .setTreatingDoctor:
            askAbout(action, &state)
            return []
        default:
            break
        }
        return loadVisible(&state)
    }

    /// Asks before authorising, blocking, unblocking or designating the focused entry; says
    /// plainly why when the record's rules forbid it.
    static func askAbout(_ action: Action, _ state: inout AppState) {
        let list = state.current
        guard case .directory(let entry)? = list.row(at: list.focus)?.subject else {
            say(state.text[.chooseSomeone], &state)
            return
        }
        let text = state.text
        let who = AccessManagementPane.describe(entry, text)
        switch action {
        case .authorize:
            guard entry.status != .authorized else {
                return say(text[.alreadyAuthorized, who], &state)
            }
            state.confirmation = Confirmation(question: text[.confirmAuthorize, who], change: .grant(entry))
        case .block:
            if entry.treatingDoctor { return say(text[.treatingDoctorStays, entry.name], &state) }
            guard entry.status != .blocked else { return say(text[.alreadyBlocked, who], &state) }
            state.confirmation = Confirmation(question: text[.confirmBlock, who], change: .block(entry))
        case .unblock:
            guard entry.status == .blocked else { return say(text[.notBlocked, who], &state) }
            state.confirmation = Confirmation(question: text[.confirmUnblock, who], change: .unblock(entry))
        case .setTreatingDoctor:
            if entry.treatingDoctor { return say(text[.alreadyTreatingDoctor, entry.name], &state) }
            guard entry.kind == .professional, entry.profession == Profession.physician.rawValue else {
                return say(text[.consentNotAPhysician, entry.name], &state)
            }
            if entry.status == .blocked { return say(text[.consentBlockedDoctor, entry.name], &state) }
            state.confirmation = Confirmation(
                question: text[.confirmTreatingDoctor, who], change: .setTreatingDoctor(entry))
        default:
            return
        }
        state.announcement = state.confirmation?.question ?? ""
    }

    static func showEvent(_ event: AccessEvent, targetName: String?, _ state: inout AppState) -> [Effect] {
        state.page = AccessHistoryPane.page(
            event, targetName: targetName, chain: nil, state.text, state.format)
        state.announcement =
            state.text[
                .announceEventOpened,
                AccessHistoryPane.row(event, targetName: targetName, state.text, state.format).spoken]
        return [.verifyChain(upTo: event.id)]
    }

    /// The verification's answer, written into the event's page when it is still shown.
    static func chainChecked(_ id: Int64, _ report: AccessChainReport, _ state: inout AppState) {
        guard let page = state.page, case .accessEvent(let event, let targetName) = page.subject,
            event.id == id
        else { return }
        var updated = AccessHistoryPane.page(
            event, targetName: targetName, chain: report, state.text, state.format)
        updated.top = page.top
        updated.sought = page.sought
        state.page = updated
        state.announcement = AccessHistoryPane.chainWords(report, upTo: id, state.text, state.format)
    }

    static func showActorMenu(_ entries: [DirectoryEntry], patient: String, _ state: inout AppState) {
        let text = state.text
        var options = [Menu.Option(text[.everyone], value: nil)]
        options.append(Menu.Option(text[.you, state.patientName], value: patient))
        options += entries.map {
            Menu.Option(AccessManagementPane.describe($0, text), value: $0.id, shortLabel: $0.name)
        }
        let current = state.historyQuery.filter.actorId
        let focus = options.firstIndex { $0.value == current && (current != nil || $0.value == nil) } ?? 0
        state.menu = Menu(
            title: text[.filterActorTitle], options: options, focus: focus, purpose: .historyActor)
        state.announcement = text[.filterActorTitle]
    }

    static func actionMenu(_ state: AppState) -> Menu {
        let text = state.text
        var options = [Menu.Option(text[.everyAction], value: nil)]
        options += AccessAction.allCases.map { Menu.Option(text[$0.phrase], value: $0.rawValue) }
        let current = state.historyQuery.filter.action?.rawValue
        let focus = options.firstIndex { $0.value == current } ?? 0
        return Menu(title: text[.filterActionTitle], options: options, focus: focus, purpose: .historyAction)
    }

    /// The actor or the action the history shows, chosen in its menu.
    static func choseForHistory(_ option: Menu.Option, for purpose: MenuPurpose, _ state: inout AppState)
        -> [Effect]
    {
        if purpose == .historyActor {
            state.historyQuery.filter.actorId = option.value
            state.historyQuery.actorName = option.value == nil ? nil : option.shortLabel
        } else {
            state.historyQuery.filter.action = option.value.flatMap(AccessAction.init(rawValue:))
        }
        announceFilter(&state)
        return loadVisible(&state)
    }

    /// The two dates of the range, asked one after the other; empty leaves that end open.
    static func typedHistoryDate(_ typed: String, for purpose: PromptPurpose, _ state: inout AppState)
        -> [Effect]
    {
        let text = state.text
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        let day = state.format.typedDay(trimmed)
        if !trimmed.isEmpty && day == nil {
            state.announcement = text[.badTypedDay, trimmed]
            state.prompt = Prompt(
                label: purpose == .historySince ? text[.sincePrompt] : text[.untilPrompt],
                text: typed, purpose: purpose, error: state.announcement)
            return []
        }
        switch purpose {
        case .historySince:
            state.prompt = Prompt(label: text[.untilPrompt], purpose: .historyUntil(since: day?.start))
            state.announcement = text[.untilPrompt]
            return []
        case .historyUntil(let since):
            if let since, let until = day?.end, until < since {
                state.announcement = text[.rangeBackwards]
                state.prompt = Prompt(
                    label: text[.untilPrompt], text: typed, purpose: purpose, error: state.announcement)
                return []
            }
            state.historyQuery.filter.since = since
            state.historyQuery.filter.until = day?.end
            announceFilter(&state)
            return loadVisible(&state)
        default:
            return []
        }
    }

    static func announceFilter(_ state: inout AppState) {
        state.announcement = AccessHistoryPane.describe(state.historyQuery, state.text, state.format)
    }
}
