/// How a piece of text looks, said by what it means rather than by colour.
///
/// Views pick a ``Role``; the ``Theme`` alone decides what each role looks like, so themes
/// can change without touching views. Explicit ``Attributes`` add to the role's look.
///
/// ```swift
/// screen.write("Vaccinations", row: 0, col: 0, style: .heading)
/// screen.write("HIGH", row: 3, col: 20, style: Style(.high, [.underline]))
/// ```
public struct Style: Hashable, Sendable {
    /// The meaning of a piece of text. Raw values are the names used in theme files.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        case normal, heading, tabActive, tabInactive, focus, selection
        case muted, alert, high, low, banner, status
    }

    /// Text attributes that work on every terminal worth supporting.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        /// Faint text; many terminals ignore it, so it never carries meaning alone.
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// This style with more attributes.
    public func adding(_ more: Attributes) -> Style {
        Style(role, attributes.union(more))
    }

    public static let normal = Style(.normal)
    public static let heading = Style(.heading)
    public static let tabActive = Style(.tabActive)
    public static let tabInactive = Style(.tabInactive)
    public static let focus = Style(.focus)
    public static let selection = Style(.selection)
    public static let muted = Style(.muted)
    public static let alert = Style(.alert)
    public static let high = Style(.high)
    public static let low = Style(.low)
    public static let banner = Style(.banner)
    public static let status = Style(.status)
}
