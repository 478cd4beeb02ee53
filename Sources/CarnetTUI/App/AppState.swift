import CarnetCore

/// Everything the screen shows, and nothing else: views are pure functions of it.
public struct AppState: Equatable, Sendable {
    /// The smallest window carnet draws its layout in.
    public static let minimumSize = (rows: 12, cols: 40)

    public var rows: Int
    public var cols: Int
    public var pane: PaneID = .documents
    /// Each pane's own state (a filter, what it has read), kept by the pane's type.
    public var panes = PaneStates()
    public var lists: [ListID: ListState] = [:]
    /// What is open over the pane (help, a page, dialogs, the kiosk's lock), bottom to top:
    /// the top has the keys. See `Overlay`.
    public var overlays: [Overlay] = []
    /// Banners, the unread count and the inbox.
    public var notifications = NotificationsState()
    /// The progress of long work running off the key loop (an import, an export), in
    /// words; nil when none runs.
    public var job: String?
    /// A line for the status bar: an error in words, or what just happened.
    public var message: String?
    /// Why the browser is ending, once it is.
    public var exit: AppExit?
    public var quitting: Bool { exit != nil }
    public var patientName: String
    /// The open record's age in words ("7 years"), said beside the name in the heading.
    public var recordAge = ""
    /// "Léa Durand, 7 years": whose record is open.
    public var recordHeading: String { recordAge.isEmpty ? patientName : patientName + ", " + recordAge }
    /// Screen-reader mode: plain self-describing lines, no drawing characters.
    public var screenReader: Bool
    /// What just changed, in words (pane opened, help shown); written on a line of its own
    /// in screen-reader mode, never moving the focus.
    public var announcement: String

    /// The language of every word on screen.
    public var language: Language
    /// Kiosk mode: read-only, no way out by the keyboard, locked when idle.
    public var kiosk = false
    /// The record could only be opened read-only (its mode, folder or medium): the keys that
    /// write are left out, as in a kiosk.
    public var readOnly = false
    /// The record's server cannot be reached now: the status line says so until it is back.
    public var connectionLost = false
    /// No key that writes is offered: a kiosk, or a record opened read-only.
    public var writesAbsent: Bool { kiosk || readOnly }

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
        if notifications.inboxOpen { return .inbox }
        return pane.module.currentList(self)
    }

    /// Whether the chart has the keys (Left and Right move its cursor).
    public var chartFocused: Bool {
        guard chartLayout != nil, let type = openedMeasurement else { return false }
        return charts[type]?.focused ?? true
    }

    /// The lines above the list as drawn: wrapped to the window, at most a third of it.
    public var wrappedLinesAboveList: [DueLine] {
        let lines = linesAboveList.flatMap { line in
            TextWrap.wrap(line.text, width: cols).map { DueLine($0, isDue: line.isDue) }
        }
        return Array(lines.prefix(max(1, rows / 3)))
    }

    /// Lines a pane shows between its heading and its list: what vaccinations are due.
    public var linesAboveList: [DueLine] {
        guard cover == nil, !notifications.inboxOpen else { return [] }
        return pane.module.linesAboveList(self)
    }

    /// The width text pages wrap to.
    public var pageWidth: Int { cols }

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
    /// SIGTERM.
    case terminated
    /// Another signal that ends a process (SIGQUIT, SIGUSR1, SIGALRM, SIGPIPE…).
    case signalled(Int32)
    /// SIGHUP, or the terminal went away (an SSH connection dropped).
    case hungUp

    /// The process's exit status: 0, or 128 plus the signal number, as shells report it.
    public var status: Int32 {
        switch self {
        case .quit: 0
        case .interrupted: 130
        case .terminated: 143
        case .hungUp: 129
        case .signalled(let signal): 128 + signal
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
    /// An access event read whole, to show.
    case eventLoaded(AccessEvent, targetName: String?)
    /// The verification of the access history up to an event ended.
    case chainChecked(upTo: Int64, AccessChainReport)
    /// The professionals and establishments, for the actor filter.
    case directoryLoaded([DirectoryEntry], patientActor: String)
    /// The history's head, asked for in the Access history pane.
    case headLoaded(AccessChainHead)
    /// What the vaccination calendar asks for, in words.
    case dueLoaded([DueLine])
    /// A kind of measurement's summary sentence.
    case summaryLoaded(MeasurementType, String)
    /// A chart's buckets (nil: the kind has no reading), or why they could not be read.
    case chartLoaded(ChartRequest, MeasurementBuckets?, GrowthCurves?)
    case chartFailed(ChartRequest, String)
    /// The diseases of the card, for the disease filter.
    case diseasesLoaded([String])
    /// A change was written; what happened, in words.
    case changed(String)
    /// A change was refused or failed; why, in words. Nothing was written.
    case changeRefused(String)
    /// The record changed, maybe in another process: what is shown is read again.
    case recordChanged
    /// What carnet found as the record opened that a person must read (nil: nothing).
    case noticeFound(String?)
    /// The record's change feed lost or found again its connection (a server restarting).
    case connectionChanged(RecordConnection)
    /// The notifications as they are now.
    case noticesRead(NoticeNews)
    /// The records of the carnet one may open, for the record switcher.
    case recordsLoaded([ManagedRecord])
    /// Another record is open: every pane starts afresh on it.
    case recordOpened(Patient, age: String)
    /// A list read again around its focused row after a change.
    case reloaded(ListID, ListReload)
    /// The kiosk has had no key for its idle timeout.
    case idle
    /// A kiosk PIN was checked.
    case pinChecked(Bool)
    /// The wait after five wrong PINs is over.
    case pinWaitOver
    /// A document read whole, to show.
    case documentLoaded(DocumentReading)
    /// The record's question before masking or unmasking a document.
    case maskQuestion(DocumentSummary, String)
    /// Long work advanced: its progress in words.
    case jobProgress(String)
    /// Long work ended.
    case jobDone(JobOutcome)
    /// The run loop stopped performing effects for one message (a list kept asking while
    /// the record changed under it): this many were left, to read again later.
    case effectsCut(Int)
}

/// What `update` asks the run loop to do.
public enum Effect: Equatable, Sendable {
    /// Read a page of a list, and its count when `withCount`.
    case load(ListID, PageRequest, withCount: Bool)
    /// Read one access event whole.
    case loadEvent(Int64)
    /// Verify the access history up to an event, in the background.
    case verifyChain(upTo: Int64)
    /// Read the directory for the actor filter.
    case loadDirectory
    case loadHead
    /// Work out what vaccinations are due.
    case loadDue
    /// Say a kind of measurement's readings in a sentence.
    case loadSummary(MeasurementType)
    /// Read a chart's buckets.
    case loadChart(ChartRequest)
    /// Read the card's diseases for the disease filter.
    case loadDiseases
    /// Write a confirmed change.
    case apply(RecordChange)
    /// Check a kiosk PIN against its hash (slow, in the background).
    case checkPin(String)
    /// Refuse PINs for a while, then say input is open again.
    case waitAfterWrongPins(seconds: Int)
    /// Read a document whole: a version, or the latest.
    case loadDocument(Int64, version: Int?)
    /// Ask the record who would stop (or start) seeing a document, to word the question.
    case askToMask(DocumentSummary)
    /// Read the notifications that arrived after the one with this id (nil: at start), at
    /// most `limit` of them whole (the rest are counted).
    case checkNotices(after: Int64?, limit: Int = NotificationsState.freshBanners)
    /// Read a list again around the row with this key (nil: from its start).
    case reload(ListID, around: PageKey?)
    /// Run long work off the key loop (an import, an export).
    case run(RecordJob)
    /// Mark a notification read on the way to what it is about: no words, the lists follow.
    case markNoticeRead(Int64)
    /// Read the carnet's records for the record switcher.
    case loadRecords
    /// Open another record of the carnet: the run loop reads from it from now on.
    case openRecord(Int64)
    case quit
}
