import CarnetCore

/// Everything the screen shows, and nothing else: views are pure functions of it.
public struct AppState: Equatable, Sendable {
    /// The smallest window carnet draws its layout in.
    public static let minimumSize = (rows: 12, cols: 40)

    public var rows: Int
    public var cols: Int
    public var pane: PaneID = .documents
    /// The kind of measurement opened in the Measurements pane, if any.
    public var openedMeasurement: MeasurementType?
    public var lists: [ListID: ListState] = [:]
    public var showingHelp = false
    /// The focused line of the help.
    public var helpFocus = 0
    /// A line for the status bar: an error in words, or what just happened.
    public var message: String?
    /// Why the browser is ending, once it is.
    public var exit: AppExit?
    public var quitting: Bool { exit != nil }
    public var patientName: String
    /// Screen-reader mode: plain self-describing lines, no drawing characters.
    public var screenReader: Bool
    /// What just changed, in words (pane opened, help shown); written on a line of its own
    /// in screen-reader mode, never moving the focus.
    public var announcement: String

    /// The language of every word on screen.
    public var language: Language

    public init(
        rows: Int, cols: Int, patientName: String, screenReader: Bool = false, language: Language = .en
    ) {
        self.rows = rows
        self.cols = cols
        self.patientName = patientName
        self.screenReader = screenReader
        self.language = language
        let text = Catalog(language)
        announcement = text[.announceStart, patientName, PaneID.documents.title(text)]
    }

    public var text: Catalog { Catalog(language) }
    public var format: TextFormat { TextFormat(language) }

    /// Whether the window is big enough for the layout.
    public var fits: Bool { rows >= Self.minimumSize.rows && cols >= Self.minimumSize.cols }

    /// The list the current pane shows.
    public var currentList: ListID {
        switch pane {
        case .documents: .documents
        case .vaccinations: .vaccinations
        case .measurements: openedMeasurement.map(ListID.readings) ?? .measurementTypes
        case .profile: .profile
        case .accessHistory: .accessHistory
        }
    }

    /// Rows of the window given to the list: the tab bar, the pane heading, the column
    /// headers and the status line take the rest (in screen-reader mode: the heading, the
    /// announcement line and the status line).
    public var listHeight: Int { max(1, rows - (screenReader ? 3 : 4)) }

    public var current: ListState {
        get { lists[currentList] ?? ListState() }
        set { lists[currentList] = newValue }
    }
}

/// Why the browser ended: the user quit, or a signal stopped it.
public enum AppExit: Equatable, Sendable {
    case quit
    /// SIGINT (Ctrl-C).
    case interrupted
    /// SIGTERM or SIGQUIT.
    case terminated
    /// SIGHUP, or the terminal went away (an SSH connection dropped).
    case hungUp

    /// The process's exit status: 0, or 128 plus the signal number, as shells report it.
    public var status: Int32 {
        switch self {
        case .quit: 0
        case .interrupted: 130
        case .terminated: 143
        case .hungUp: 129
        }
    }
}

/// What happened: a key, or the answer to something the run loop was asked to do.
public enum Msg: Equatable, Sendable {
    case key(Key)
    /// The window has a new size.
    case resized(rows: Int, cols: Int)
    /// A page arrived; `total` is set when the count was asked for.
    case loaded(ListID, PageRequest, rows: [ListRow], total: Int?)
    case failed(ListID, String)
}

/// What `update` asks the run loop to do.
public enum Effect: Equatable, Sendable {
    /// Read a page of a list, and its count when `withCount`.
    case load(ListID, PageRequest, withCount: Bool)
    case quit
}
