import CNcursesw

/// Turns a theme's looks into ncurses attributes and colour pairs, allocating pairs lazily.
///
/// With colour off (`NO_COLOR`, or a terminal without colours) no pair is ever created and
/// every look is drawn with attributes only.
struct NcursesPalette {
    let colorEnabled: Bool
    /// Whether `use_default_colors` succeeded, so -1 means "the terminal's own colour".
    let defaultColors: Bool
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1

    init(colorEnabled: Bool, defaultColors: Bool) {
        self.colorEnabled = colorEnabled
        self.defaultColors = defaultColors
    }

    /// The ncurses attributes and colour pair for a look.
    mutating func render(_ look: Theme.Look) -> (attributes: attr_t, pair: Int16) {
        (Self.attributes(look.attributes), colorEnabled ? pair(for: look) : 0)
    }

    static func attributes(_ attributes: Style.Attributes) -> attr_t {
        var result = carnet_a_normal()
        if attributes.contains(.bold) { result |= carnet_a_bold() }
        if attributes.contains(.reverse) { result |= carnet_a_reverse() }
        if attributes.contains(.underline) { result |= carnet_a_underline() }
        if attributes.contains(.dim) { result |= carnet_a_dim() }
        return result
    }

    private struct PairKey: Hashable {
        let foreground: Int16
        let background: Int16
    }

    private mutating func pair(for look: Theme.Look) -> Int16 {
        let key = PairKey(
            foreground: number(look.foreground, fallback: Int16(COLOR_WHITE)),
            background: number(look.background, fallback: Int16(COLOR_BLACK)))
        if key.foreground == -1 && key.background == -1 { return 0 }  // pair 0 is the default
        if let pair = pairs[key] { return pair }
        // Out of pairs: draw with the default colours; attributes still carry the look.
        guard nextPair < min(carnet_color_pairs(), Int32(Int16.max)) else { return 0 }
        let pair = Int16(nextPair)
        guard init_pair(pair, key.foreground, key.background) == OK else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }

    private func number(_ color: Theme.Color, fallback: Int16) -> Int16 {
        let terminalDefault = defaultColors ? -1 : fallback
        switch color {
        case .terminalDefault: return terminalDefault
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .indexed(let index): return Int32(index) < carnet_colors() ? Int16(index) : terminalDefault
        }
    }
}
