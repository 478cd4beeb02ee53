/// What a key asks for.
public enum Action: Equatable, Sendable {
    case quit, help, closeHelp
    case nextPane, previousPane
    case showPane(PaneID)
    case up, down, pageUp, pageDown, first, last
    case open, back
}

/// A key binding: the keys, how the help and the status line name them, and what they do.
/// One table feeds the keys, `?` and the status line, so keys are never documented twice.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written ("↓ j").
    public var label: String
    public var action: Action
    /// What it does, for `?`.
    public var summary: String
    /// The keys in words, for screen readers: "Down or j".
    public var spokenLabel: String {
        if action == .showPane(.documents) { return "1 to 5" }
        return keys.map(Self.name).joined(separator: " or ")
    }

    static func name(_ key: Key) -> String {
        switch key {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "Page Up"
        case .pageDown: "Page Down"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Escape"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .function(let number): "F\(number)"
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .ctrl(let character): "Control-\(character.uppercased())"
        case .resize, .interrupt, .terminate, .hangup: ""
        }
    }

    /// A word or two for the status line, or nil when the status line leaves it out.
    public var statusWord: String?
    /// How the status line names the keys, when shorter than `label`.
    public var statusLabel: String

    init(
        _ keys: [Key], _ label: String, _ action: Action, _ summary: String, status: String? = nil,
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
        KeyBinding([.down, .char("j")], "↓ j", .down, "Next item", status: "move", statusLabel: "↑↓"),
        KeyBinding([.up, .char("k")], "↑ k", .up, "Previous item"),
        KeyBinding([.pageDown, .char(" ")], "PgDn Space", .pageDown, "Down one screen"),
        KeyBinding([.pageUp], "PgUp", .pageUp, "Up one screen"),
        KeyBinding([.home, .char("g")], "Home g", .first, "First item"),
        KeyBinding([.end, .char("G")], "End G", .last, "Last item"),
    ]

    static let paneKeys: [KeyBinding] = [
        KeyBinding([.tab], "Tab", .nextPane, "Next pane", status: "pane"),
        KeyBinding([.backTab], "Shift-Tab", .previousPane, "Previous pane"),
        KeyBinding(
            PaneID.allCases.map { .char(Character(String($0.rawValue + 1))) }, "1-5", .showPane(.documents),
            "Go to a pane by its number"),
        KeyBinding([.char("?")], "?", .help, "Show every key of this pane", status: "keys"),
        KeyBinding([.char("q")], "q", .quit, "Quit", status: "quit"),
    ]

    /// The keys `?` lists: every key of the current pane.
    public static func helpLines(for state: AppState) -> [KeyBinding] {
        var paneState = state
        paneState.showingHelp = false
        return bindings(for: paneState)
    }

    /// Every key active now, in the order help lists them.
    public static func bindings(for state: AppState) -> [KeyBinding] {
        if state.showingHelp {
            return [
                KeyBinding(
                    [.escape, .char("?"), .char("q"), .enter], "Esc", .closeHelp, "Close this help",
                    status: "close")
            ]
                + listKeys
        }
        var bindings = listKeys
        switch state.currentList {
        case .measurementTypes:
            bindings.insert(
                KeyBinding(
                    [.enter, .right, .char("l")], "Enter", .open, "Open the readings of this measurement",
                    status: "open"), at: 2)
        case .readings:
            bindings.insert(
                KeyBinding(
                    [.escape, .left, .char("h"), .backspace], "Esc", .back,
                    "Back to the kinds of measurement", status: "back"), at: 2)
        default:
            break
        }
        return bindings + paneKeys
    }

    /// The action a key asks for in this state, if any.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if !state.showingHelp, case .char(let character) = key, let digit = character.wholeNumberValue,
            let pane = PaneID(rawValue: digit - 1)
        {
            return .showPane(pane)
        }
        return bindings(for: state).first { $0.keys.contains(key) }?.action
    }
}
