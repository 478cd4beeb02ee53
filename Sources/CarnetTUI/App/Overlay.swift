/// Something open over the current pane. The browser keeps them as a stack: the last opened
/// is on top, has the keys, is drawn over the others and is what a screen reader hears
/// (`Overlay+Top.swift` says so, once for each kind). Closing it shows what was beneath.
public enum Overlay: Equatable, Sendable {
    /// The keys of what is beneath, one line each; `focus` is the focused line.
    case help(focus: Int)
    /// A text shown whole (an access event, a document), with Esc back to the pane.
    case page(TextPage)
    /// A line being typed (a date, a search), on the status line.
    case prompt(Prompt)
    /// A choice among a few options (a filter's values).
    case menu(Menu)
    /// A change waiting for yes or no.
    case confirmation(Confirmation)
    /// A form being filled in (a document to add).
    case form(Form)
    /// The kiosk's lock screen: nothing of the record shows.
    case lock(KioskLock)

    /// Whether it takes the pane's body (help, a page) rather than a box over it; the lock
    /// takes the whole screen.
    var coversPane: Bool {
        switch self {
        case .help, .page: true
        case .prompt, .menu, .confirmation, .form, .lock: false
        }
    }

    /// Whether it is a dialog: a question, a menu, a typed line or a form.
    var isDialog: Bool {
        switch self {
        case .prompt, .menu, .confirmation, .form: true
        case .help, .page, .lock: false
        }
    }

    var page: TextPage? { if case .page(let page) = self { page } else { nil } }
    var prompt: Prompt? { if case .prompt(let prompt) = self { prompt } else { nil } }
    var menu: Menu? { if case .menu(let menu) = self { menu } else { nil } }
    var confirmation: Confirmation? { if case .confirmation(let question) = self { question } else { nil } }
    var form: Form? { if case .form(let form) = self { form } else { nil } }
    var lock: KioskLock? { if case .lock(let lock) = self { lock } else { nil } }
    var helpFocus: Int? { if case .help(let focus) = self { focus } else { nil } }
}

/// Each kind of overlay read and written by name. Setting one that is open changes it where
/// it stands; setting one that is not opens it on top; setting nil closes it.
extension AppState {
    /// What has the keys: the top of the stack, or nil when the pane has them.
    public var topOverlay: Overlay? { overlays.last }

    /// What takes the pane's body: the higher of help and a page, if any.
    public var cover: Overlay? { overlays.last { $0.coversPane } }

    public var page: TextPage? {
        get { overlay(\.page) }
        set { setOverlay(newValue, \.page, Overlay.page) }
    }
    public var prompt: Prompt? {
        get { overlay(\.prompt) }
        set { setOverlay(newValue, \.prompt, Overlay.prompt) }
    }
    public var menu: Menu? {
        get { overlay(\.menu) }
        set { setOverlay(newValue, \.menu, Overlay.menu) }
    }
    public var confirmation: Confirmation? {
        get { overlay(\.confirmation) }
        set { setOverlay(newValue, \.confirmation, Overlay.confirmation) }
    }
    public var form: Form? {
        get { overlay(\.form) }
        set { setOverlay(newValue, \.form, Overlay.form) }
    }
    public var lock: KioskLock? {
        get { overlay(\.lock) }
        set { setOverlay(newValue, \.lock, Overlay.lock) }
    }

    /// Whether the help is open.
    public var showingHelp: Bool {
        get { overlay(\.helpFocus) != nil }
        set {
            guard newValue != showingHelp else { return }
            setOverlay(newValue ? 0 : nil, \.helpFocus) { .help(focus: $0) }
        }
    }

    /// The focused line of the help (0 when it is closed).
    public var helpFocus: Int {
        get { overlay(\.helpFocus) ?? 0 }
        set { if showingHelp { setOverlay(newValue, \.helpFocus) { .help(focus: $0) } } }
    }

    /// Whether a dialog (a question, a menu, a typed line, a form) has the keys.
    public var inDialog: Bool { topOverlay?.isDialog ?? false }

    private func overlay<Value>(_ kind: KeyPath<Overlay, Value?>) -> Value? {
        overlays.lazy.reversed().compactMap { $0[keyPath: kind] }.first
    }

    private mutating func setOverlay<Value>(
        _ value: Value?, _ kind: KeyPath<Overlay, Value?>, _ wrap: (Value) -> Overlay
    ) {
        if let index = overlays.lastIndex(where: { $0[keyPath: kind] != nil }) {
            if let value { overlays[index] = wrap(value) } else { overlays.remove(at: index) }
        } else if let value {
            // The kiosk's lock stays on top: what opens while it shows waits beneath it.
            let top = overlays.last?.lock != nil ? overlays.count - 1 : overlays.count
            overlays.insert(wrap(value), at: top)
        }
    }
}
