import CarnetCore

/// The kiosk's lock: the record is off the screen until the patient's PIN is typed.
public struct KioskLock: Equatable, Sendable {
    /// What has been typed so far (shown as dots, never in clear).
    public var typed = ""
    /// Why the last PIN was refused, or that input waits, in words.
    public var message: String?
    /// Wrong PINs in a row; five lock input for a minute.
    public var failures = 0
    /// Whether input is refused for now (after five wrong PINs).
    public var waiting = false
    /// A PIN is being checked (a slow hash): keys wait.
    public var checking = false

    public init() {}

    /// Wrong PINs in a row before input waits.
    public static let attempts = 5
    /// How long input waits then.
    public static let waitSeconds = 60
}

extension Action {
    /// Whether the action can change the record, or leave the browser: what a kiosk leaves
    /// out of its keys, its help and its status line.
    public var isKioskForbidden: Bool {
        switch self {
        case .quit, .authorize, .block, .unblock, .setTreatingDoctor, .toggleSetting, .addVaccination,
            .addMeasurement,
            .addDocument, .toggleMask, .deleteDocument, .markRead, .markAllRead, .chooseBanners,
            .addProfileEntry,
            .editProfileEntry, .removeProfileEntry:
            true
        case .module(let action):
            action.writes
        default:
            false
        }
    }
}

extension Update {
    /// A key on the lock screen: digits are typed, Backspace deletes, Enter checks the PIN.
    /// Nothing else does anything; the record stays off the screen.
    static func unlocking(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var lock = state.lock, !lock.waiting, !lock.checking else { return [] }
        switch key {
        case .char(let character) where character.isASCII && character.isNumber:
            if lock.typed.count < 12 { lock.typed.append(character) }
            lock.message = nil
        case .backspace:
            if !lock.typed.isEmpty { lock.typed.removeLast() }
        case .ctrl("u"), .escape:
            lock.typed = ""
        case .enter:
            guard !lock.typed.isEmpty else { return [] }
            lock.checking = true
            state.lock = lock
            state.announcement = state.text[.lockChecking]
            return [.checkPin(lock.typed)]
        default:
            return []
        }
        state.lock = lock
        state.announcement = state.text[.lockTyped, String(lock.typed.count)]
        return []
    }

    /// The answer of a PIN check: unlock, or count the failure (five wait a minute).
    static func pinChecked(_ matches: Bool, _ state: inout AppState) -> [Effect] {
        guard var lock = state.lock else { return [] }
        lock.checking = false
        lock.typed = ""
        if matches {
            state.lock = nil
            state.announcement = state.text[.announceUnlocked, state.patientName]
            return loadVisible(&state)
        }
        lock.failures += 1
        if lock.failures >= KioskLock.attempts {
            lock.waiting = true
            lock.message = state.text[.lockWaiting, String(KioskLock.waitSeconds)]
            state.lock = lock
            state.announcement = lock.message ?? ""
            return [.waitAfterWrongPins(seconds: KioskLock.waitSeconds)]
        }
        lock.message = state.text[.lockWrong, String(KioskLock.attempts - lock.failures)]
        state.lock = lock
        state.announcement = lock.message ?? ""
        return []
    }

    /// Idle too long: the record leaves the screen, with everything open over it.
    static func lockForIdle(_ state: inout AppState) {
        guard state.kiosk, state.lock == nil else { return }
        state.overlays = [.lock(KioskLock())]
        state.notifications.banners = []
        state.notifications.inboxOpen = false
        state.message = nil
        state.announcement = state.text[.lockShown]
    }
}

/// The lock screen: no health data, not even the patient's name; the dots typed, and the
/// cursor after them.
enum LockView {
    static func render(_ state: AppState) -> Screen {
        var screen = Screen(rows: state.rows, cols: state.cols)
        let text = state.text
        let lock = state.lock ?? KioskLock()
        let top = max(0, state.rows / 2 - 3)
        screen.write(text[.lockTitle], row: top, col: 2, style: Style(.heading, [.bold]))
        screen.write(text[.lockHowTo], row: top + 2, col: 2)
        let label = text[.lockPinLabel] + " "
        let end = screen.write(label, row: top + 4, col: 2, style: Style(.heading, [.bold]))
        let dots = screen.write(String(repeating: "•", count: lock.typed.count), row: top + 4, col: end)
        if let message = lock.message {
            screen.write(message, row: top + 6, col: 2, style: Style(.alert, [.bold]))
        } else if lock.checking {
            screen.write(text[.lockChecking], row: top + 6, col: 2, style: .muted)
        }
        screen.fill(row: state.rows - 1, col: 0, height: 1, width: state.cols, with: .blank(.status))
        screen.write(text[.kioskStatus], row: state.rows - 1, col: 0, style: .status)
        screen.cursor = (top + 4, min(dots, state.cols - 1))
        screen.cursorVisible = true
        return screen
    }
}
