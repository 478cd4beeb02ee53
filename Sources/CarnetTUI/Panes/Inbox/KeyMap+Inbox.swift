import CarnetCore

/// The inbox's keys.
extension KeyMap {
    static let inboxKeys: [KeyBinding] = [
        KeyBinding([.enter, .right, .char("l")], "Enter", .open, .keyGoToNotice, status: .statusGoTo),
        KeyBinding([.char("r")], "r", .markRead, .keyMarkRead, status: .statusMarkRead),
        KeyBinding([.char("R")], "R", .markAllRead, .keyMarkAllRead, status: .statusAllRead),
        KeyBinding([.char("b")], "b", .chooseBanners, .keyBannerSettings, status: .statusBanners),
        KeyBinding(
            [.escape, .left, .char("h"), .backspace], "Esc", .closeInbox, .keyCloseInbox, status: .statusBack),
    ]
}
