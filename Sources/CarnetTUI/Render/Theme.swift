/// The one place that maps each ``Style/Role`` to a look: colours and attributes.
///
/// Themes are read from files (``ThemeFile``) found by ``ThemeCatalog``; ``default`` and
/// ``monochrome`` are the shipped files of those names, compiled in. The backend asks
/// ``look(for:)`` for every cell.
public struct Theme: Hashable, Sendable {
    /// A terminal colour; `.terminalDefault` keeps the user's own foreground or background.
    public enum Color: Hashable, Sendable {
        case terminalDefault
        case black, red, green, yellow, blue, magenta, cyan, white
        /// One of the 256 xterm colours; terminals with fewer fall back to the default.
        case indexed(UInt8)
    }

    /// What one role looks like.
    public struct Look: Hashable, Sendable {
        public var foreground: Color
        public var background: Color
        public var attributes: Style.Attributes

        public init(
            foreground: Color = .terminalDefault, background: Color = .terminalDefault,
            attributes: Style.Attributes = []
        ) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    public var name: String
    /// Roles missing here look like `.normal`.
    public var looks: [Style.Role: Look]
    /// Attributes this theme may use; explicit style attributes outside it are dropped.
    public var allowedAttributes: Style.Attributes

    public init(
        name: String, looks: [Style.Role: Look],
        allowedAttributes: Style.Attributes = [.bold, .reverse, .underline, .dim]
    ) {
        self.name = name
        self.looks = looks
        self.allowedAttributes = allowedAttributes
    }

    /// The look of a style: its role's look plus its explicit attributes.
    public func look(for style: Style) -> Look {
        var look = looks[style.role] ?? looks[.normal] ?? Look()
        look.attributes = look.attributes.union(style.attributes).intersection(allowedAttributes)
        return look
    }

    /// Whether any role uses a colour; a theme without colours needs no colour pairs.
    public var usesColor: Bool {
        looks.values.contains { $0.foreground != .terminalDefault || $0.background != .terminalDefault }
    }

    /// The shipped `default` theme (`themes/default.theme`): colours on the terminal's own
    /// background, for dark terminals and fine on light ones.
    public static let `default` = ThemeCatalog.shippedTheme("default")

    /// The shipped `mono` theme (`themes/mono.theme`): no colour and no dim, only bold, reverse
    /// and underline, which every terminal and `NO_COLOR` user gets right.
    public static let monochrome = ThemeCatalog.shippedTheme("mono")
}
