import CarnetCore

/// The rule that colour never carries meaning alone, checked on a theme: with every colour
/// taken away, each role that means something must still stand out by its attributes.
/// Dim does not count, since many terminals ignore it.
///
/// - focus is reverse, or bold and underline;
/// - alert, high and low are bold;
/// - heading, tab-active, selection, banner and status differ from normal;
/// - tab-active differs from tab-inactive, and selection from focus.
///
/// Muted and tab-inactive only need to be readable, which they are.
public enum ThemeRules {
    /// A role whose meaning would rest on colour alone.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public var role: Style.Role
        public var problem: ThemeProblem
        public var description: String { problem.description }
    }

    /// Every violation in a theme; empty when the theme reads the same without colour.
    public static func violations(in theme: Theme) -> [Violation] {
        let mark = { (role: Style.Role) in
            theme.look(for: Style(role)).attributes.intersection([.bold, .reverse, .underline])
        }
        var found: [Violation] = []
        func require(_ role: Style.Role, _ holds: Bool, _ phrase: Phrase, _ other: Style.Role? = nil) {
            guard !holds else { return }
            let named = [role.themeName] + [other?.themeName].compactMap { $0 }
            found.append(Violation(role: role, problem: ThemeProblem(phrase, arguments: named)))
        }
        require(
            .focus, mark(.focus).contains(.reverse) || mark(.focus).isSuperset(of: [.bold, .underline]),
            .themeFocusMark)
        for role in [Style.Role.alert, .high, .low] {
            require(role, mark(role).contains(.bold), .themeMustBeBold)
        }
        for role in [Style.Role.heading, .tabActive, .selection, .banner, .status] {
            require(
                role, mark(role) != mark(.normal), .themeMustDiffer, .normal)
        }
        require(
            .tabActive, mark(.tabActive) != mark(.tabInactive), .themeMustDiffer, .tabInactive)
        require(
            .selection, mark(.selection) != mark(.focus), .themeMustDiffer, .focus)
        return found
    }
}
