import CarnetCore

/// A view opened by a key from any pane, over it (an import, an export): its folder
/// (`Panes/<Name>/`) holds one type conforming to this, and `Panes.views` registers it with
/// one line. Its key opens its form; the form, once accepted, asks for its work, whose
/// summary page is its own too. The overlay stack, the run loop and the views show them.
protocol ViewModule {
    /// What its key asks for; the form it opens carries it as its purpose.
    static var action: ModuleAction { get }
    /// The key that opens it, offered in every pane (and listed by `?`).
    static var key: KeyBinding { get }
    /// Its form, as it opens.
    static func form(_ text: Catalog) -> Form
    /// Checks its accepted form and asks for its work.
    static func accepted(_ form: Form, _ state: inout AppState) -> [Effect]
}

/// An action a view module declares for its keys (`ModuleAction.importFile`).
public struct ModuleAction: Hashable, Sendable {
    let name: String
    /// Whether it writes: then it is absent from a kiosk and from a record opened read-only.
    let writes: Bool

    init(_ name: String, writes: Bool) {
        self.name = name
        self.writes = writes
    }
}

extension ViewModule {
    /// Its key opens its form over the pane, and says so; nil when the action is not its.
    static func perform(_ action: ModuleAction, _ state: inout AppState) -> [Effect]? {
        guard action == Self.action else { return nil }
        let form = form(state.text)
        state.form = form
        state.announcement = state.text[.announceFormOpened, form.title]
        return []
    }

    /// Its form accepted; nil when the form is not its.
    static func accept(_ form: Form, _ state: inout AppState) -> [Effect]? {
        form.purpose == .module(action) ? accepted(form, &state) : nil
    }

    /// The path typed in a form's field, or nil when it is empty: then the field says
    /// `missing` and the form stays open on it.
    static func typedPath(_ form: Form, field: Int, missing: Phrase, _ state: inout AppState) -> String? {
        var form = form
        form.message = nil
        let path = form.text(field)
        form.flag(field, path.isEmpty ? state.text[missing] : nil)
        guard form.isValid else {
            Update.refuseForm(form, &state)
            return nil
        }
        state.form = form
        return path
    }
}

extension Update {
    /// A view module's action, to the module that declares it.
    static func performInView(_ action: ModuleAction, _ state: inout AppState) -> [Effect] {
        for view in Panes.views {
            if let effects = view.perform(action, &state) { return effects }
        }
        return []
    }

    /// A view module's form accepted, to the module whose form it is; while a job runs, a
    /// second one waits for it to end.
    static func acceptInView(_ form: Form, _ state: inout AppState) -> [Effect] {
        guard state.job == nil else {
            say(state.text[.jobStillRunning], &state)
            return []
        }
        for view in Panes.views {
            if let effects = view.accept(form, &state) { return effects }
        }
        return []
    }
}
