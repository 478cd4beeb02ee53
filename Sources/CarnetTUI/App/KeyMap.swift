import CarnetCore

/// What a key asks for.
public enum Action: Equatable, Sendable {
    case quit, help, closeHelp
    case nextPane, previousPane
    case showPane(PaneID)
    case up, down, pageUp, pageDown, first, last
    case open, back
    /// Dialogs: yes, no; a menu's choice; a typed line's Enter.
    case confirm, cancel, choose, submit
    /// Text pages: look for a word, and again.
    case find, findNext
    /// The Access history pane.
    case switchAccessView, filterActor, filterAction, filterDates, clearFilter, reverseOrder, showHead
    case authorize, block, unblock, setTreatingDoctor, toggleSetting
    /// Notifications: the inbox, marking read, choosing banners, dismissing them.
    case openInbox, closeInbox, markRead, markAllRead, chooseBanners, dismissBanners
    /// The Vaccinations and Measurements panes.
    case filterDisease, addVaccination, addMeasurement
    /// The Documents pane and its viewer.
    case search, filterCategory, clearDocumentFilter, addDocument, toggleMask, deleteDocument, showVersions
    /// Forms: move between fields.
    case nextField, previousField
    /// The Profile pane.
    case addProfileEntry, editProfileEntry, removeProfileEntry, nextSection, previousSection
    /// A kind's chart: its cursor to the reading before or after, a longer or shorter range.
    case chartEarlier, chartLater, widerRange, narrowerRange
    /// Several records in one carnet: open another (a child's).
    case chooseRecord

    /// A view module's action (an import, an export).
    case module(ModuleAction)

    /// A move of the focus within what is shown: it changes nothing else on screen.
    var movesFocus: Bool {
        switch self {
        case .up, .down, .pageUp, .pageDown, .first, .last: true
        default: false
        }
    }
}

/// A key binding: the keys, how the help and the status line name them, and what they do.
/// One table feeds the keys, `?` and the status line, so keys are never documented twice.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written ("↓ j").
    public var label: String
    public var action: Action
    /// What it does, for `?`.
    public var summary: BrowserPhrase
    /// The keys in words, for screen readers: "Down or j".
    public func spokenLabel(_ text: Catalog) -> String {
        if action == .showPane(.documents) { return text[.oneToFive] }
        return keys.map { Self.name($0, text) }.joined(separator: text[.keyNameOr])
    }

    static func name(_ key: Key, _ text: Catalog) -> String {
        switch key {
        case .up: text[.keyNameUp]
        case .down: text[.keyNameDown]
        case .left: text[.keyNameLeft]
        case .right: text[.keyNameRight]
        case .pageUp: text[.keyNamePageUp]
        case .pageDown: text[.keyNamePageDown]
        case .home: text[.keyNameHome]
        case .end: text[.keyNameEnd]
        case .tab: text[.keyNameTab]
        case .backTab: text[.keyNameShiftTab]
        case .enter: text[.keyNameEnter]
        case .escape: text[.keyNameEscape]
        case .backspace: text[.keyNameBackspace]
        case .delete: text[.keyNameDelete]
        case .insert: text[.keyNameInsert]
        case .function(let number): "F\(number)"
        case .char(" "): text[.keyNameSpace]
        case .char(let character): String(character)
        case .ctrl(let character): text[.keyNameControl, character.uppercased()]
        case .resize, .interrupt, .terminate, .hangup, .signalled: ""
        }
    }

    /// A word or two for the status line, or nil when the status line leaves it out.
    public var statusWord: BrowserPhrase?
    /// How the status line names the keys, when shorter than `label`.
    public var statusLabel: String

    init(
        _ keys: [Key], _ label: String, _ action: Action, _ summary: BrowserPhrase, status: BrowserPhrase? = nil,
        statusLabel: String? = nil
    ) {
        self.keys = keys
        self.label = label
        self.action = action
        self.summary = summary
        self.statusWord = status
        self.statusLabel = statusLabel ?? label
    }
}

public enum KeyMap {
    static let listKeys: [KeyBinding] = [
        KeyBinding([.down, .char("j")], "↓ j", .down, .keyNextItem, status: .statusMove, statusLabel: "↑↓"),
        KeyBinding([.up, .char("k")], "↑ k", .up, .keyPreviousItem),
        KeyBinding([.pageDown, .char(" ")], "PgDn Space", .pageDown, .keyDownScreen),
        KeyBinding([.pageUp], "PgUp", .pageUp, .keyUpScreen),
        KeyBinding([.home, .char("g")], "Home g", .first, .keyFirstItem),
        KeyBinding([.end, .char("G")], "End G", .last, .keyLastItem),
    ]

    static let paneKeys: [KeyBinding] = [
        KeyBinding([.tab], "Tab", .nextPane, .keyNextPane, status: .statusPane),
        KeyBinding([.backTab], "Shift-Tab", .previousPane, .keyPreviousPane),
        KeyBinding(
            PaneID.allCases.map { .char(Character(String($0.rawValue + 1))) }, "1-5", .showPane(.documents),
            .keyGoToPane),
        KeyBinding([.char("?")], "?", .help, .keyHelp, status: .statusKeys),
        KeyBinding([.char("q")], "q", .quit, .keyQuit, status: .statusQuit),
        KeyBinding([.char("n")], "n", .openInbox, .keyOpenInbox),
        KeyBinding([.char("p")], "p", .chooseRecord, .keyChooseRecord),
    ]

    /// The keys `?` lists: every key of the current pane.
    public static func helpLines(for state: AppState) -> [KeyBinding] {
        var paneState = state
        paneState.showingHelp = false
        // The pane's own keys first; the notifications' keys, said first on the status line
        // while they matter, come last here.
        let keys = bindings(for: paneState)
        let notifying: [Action] = [.dismissBanners, .openInbox]
        return keys.filter { !notifying.contains($0.action) } + keys.filter { notifying.contains($0.action) }
    }

    static let confirmKeys: [KeyBinding] = [
        KeyBinding([.char("y"), .char("o")], "y/o", .confirm, .keyConfirm, status: .statusYes),
        KeyBinding([.char("n"), .escape], "n Esc", .cancel, .keyCancel, status: .statusNo),
    ]

    static let menuKeys: [KeyBinding] =
        [
            KeyBinding([.enter, .char(" ")], "Enter", .choose, .keyChoose, status: .statusChoose),
            KeyBinding([.escape, .char("q")], "Esc", .cancel, .keyCancel, status: .statusCancel),
        ] + listKeys.filter { $0.action != .pageDown }

    static let promptKeys: [KeyBinding] = [
        KeyBinding([.enter], "Enter", .submit, .keySubmit, status: .statusSubmit),
        KeyBinding([.escape], "Esc", .cancel, .keyCancel, status: .statusCancel),
    ]

    static let helpKeys: [KeyBinding] =
        [
            KeyBinding(
                [.escape, .char("?"), .char("q"), .enter], "Esc", .closeHelp, .keyCloseHelp,
                status: .statusClose)
        ] + listKeys

    static let pageKeys: [KeyBinding] = [
        KeyBinding(
            [.escape, .left, .char("h"), .backspace], "Esc", .back, .keyBackToList, status: .statusBack),
        KeyBinding(
            [.down, .char("j")], "↓ j", .down, .keyScrollDown, status: .statusScroll, statusLabel: "↑↓"),
        KeyBinding([.up, .char("k")], "↑ k", .up, .keyScrollUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn Space", .pageDown, .keyDownScreen),
        KeyBinding([.pageUp], "PgUp", .pageUp, .keyUpScreen),
        KeyBinding([.home, .char("g")], "Home g", .first, .keyTop),
        KeyBinding([.end, .char("G")], "End G", .last, .keyBottom),
        KeyBinding([.char("/")], "/", .find, .keyFind, status: .statusFind),
        KeyBinding([.char("n")], "n", .findNext, .keyFindNext),
    ]

    /// Active in every context while banners show, and said first on the status line.
    static let bannerKeys: [KeyBinding] = [
        KeyBinding(
            [.ctrl("d")], "Ctrl-D", .dismissBanners, .keyDismissBanners, status: .statusDismiss,
            statusLabel: "^D")
    ]

    /// Every key active now, in the order help lists them. A kiosk leaves out every key that
    /// writes or leaves: they are not refused, they are not there.
    public static func bindings(for state: AppState) -> [KeyBinding] {
        let all = allBindings(for: state)
        // A kiosk shows the one record it was started on, and nothing of the others.
        if state.kiosk { return all.filter { !$0.action.isKioskForbidden && $0.action != .chooseRecord } }
        if state.readOnly { return all.filter { $0.action == .quit || !$0.action.isKioskForbidden } }
        return all
    }

    private static func allBindings(for state: AppState) -> [KeyBinding] {
        var keys = contextBindings(for: state)
        if state.page != nil || state.notifications.inboxOpen {
            // On a text page `n` finds the next match; in the inbox, the inbox is open already.
            keys.removeAll { $0.action == .openInbox }
        } else if state.notifications.unread > 0, var inbox = keys.first(where: { $0.action == .openInbox }) {
            // Said first on the status line while notifications wait.
            keys.removeAll { $0.action == .openInbox }
            inbox.statusWord = .statusInbox
            keys.insert(inbox, at: 0)
        }
        return state.notifications.banners.isEmpty ? keys : bannerKeys + keys
    }

    private static func contextBindings(for state: AppState) -> [KeyBinding] {
        if let keys = overlayBindings(for: state) { return keys }
        return state.currentList.list.bindings(state) + paneKeys + Panes.views.map { $0.key }
    }

    /// The action a key asks for in this state, if any.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if digitsShowPanes(state), case .char(let character) = key,
            let digit = character.wholeNumberValue,
            let pane = PaneID(rawValue: digit - 1)
        {
            return .showPane(pane)
        }
        return bindings(for: state).first { $0.keys.contains(key) }?.action
    }
}

extension KeyMap {
    static let formKeys: [KeyBinding] = [
        KeyBinding([.enter], "Enter", .submit, .keyFormEnter, status: .statusSubmit),
        KeyBinding(
            [.tab, .down], "Tab ↓", .nextField, .keyNextField, status: .statusNextField, statusLabel: "Tab"),
        KeyBinding([.backTab, .up], "Shift-Tab ↑", .previousField, .keyPreviousField),
        KeyBinding([.escape], "Esc", .cancel, .keyCancel, status: .statusCancel),
    ]
}
