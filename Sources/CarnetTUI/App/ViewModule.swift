import CarnetCore

/// A view opened by a key from any pane, over it (an import, an export): its folder
/// (`Panes/<Name>/`) holds one type conforming to this, and `Panes.views` registers it with
/// one line. Its keys, its form, its work and its summary page are its own; the overlay
/// stack, the run loop and the views show them.
protocol ViewModule {
    /// The keys that open it, offered in every pane (and listed by `?`).
    static var keys: [KeyBinding] { get }
    /// What one of its actions does; nil when the action is not its.
    static func perform(_ action: ModuleAction, _ state: inout AppState) -> [Effect]?
    /// Checks its form when accepted and asks for its work; nil when the form is not its.
    static func accept(_ form: Form, _ state: inout AppState) -> [Effect]?
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
