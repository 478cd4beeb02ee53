/// The one place that maps each ``Style/Role`` to a look: colours and attributes.
///
/// Themes will be read from files in `themes/`; the built-in ``default`` and ``monochrome``
/// themes are what carnet falls back on. The backend asks ``look(for:)`` for every cell.
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

    /// Colours on the terminal's own background, so it suits dark and light terminals alike.
    public static let `default` = Theme(
        name: "default",
        looks: [
            .normal: Look(),
            .heading: Look(attributes: [.bold]),
            .tabActive: Look(attributes: [.bold, .reverse]),
            .tabInactive: Look(),
            .focus: Look(attributes: [.reverse]),
            .selection: Look(foreground: .cyan, attributes: [.bold]),
            .muted: Look(attributes: [.dim]),
            .alert: Look(foreground: .red, attributes: [.bold]),
            .high: Look(foreground: .red, attributes: [.bold]),
            .low: Look(foreground: .blue, attributes: [.bold]),
            .banner: Look(foreground: .black, background: .yellow, attributes: [.bold]),
            .status: Look(attributes: [.reverse]),
        ])

    /// No colour and no dim: only bold, reverse and underline, which every terminal and
    /// `NO_COLOR` user gets right.
    public static let monochrome = Theme(
        name: "monochrome",
        looks: [
            .normal: Look(),
            .heading: Look(attributes: [.bold]),
            .tabActive: Look(attributes: [.bold, .reverse]),
            .tabInactive: Look(),
            .focus: Look(attributes: [.reverse]),
            .selection: Look(attributes: [.underline]),
            .muted: Look(),
            .alert: Look(attributes: [.bold, .underline]),
            .high: Look(attributes: [.bold]),
            .low: Look(attributes: [.bold]),
            .banner: Look(attributes: [.bold, .reverse]),
            .status: Look(attributes: [.reverse]),
        ],
        allowedAttributes: [.bold, .reverse, .underline])
}
