import CarnetCore

/// The Access history pane's keys: the history's, and those of who may access the record.
extension KeyMap {
    static let historyKeys: [KeyBinding] = [
        KeyBinding([.enter, .right, .char("l")], "Enter", .open, .keyOpenEvent, status: .statusOpen),
        KeyBinding([.char("w")], "w", .switchAccessView, .keyWhoMayAccess, status: .statusWhoMayAccess),
        KeyBinding(
            [.char("a")], "a", .filterActor, .keyFilterActor, status: .statusFilter, statusLabel: "a t d"),
        KeyBinding([.char("t")], "t", .filterAction, .keyFilterAction),
        KeyBinding([.char("d")], "d", .filterDates, .keyFilterDates),
        KeyBinding([.char("x")], "x", .clearFilter, .keyClearFilter),
        KeyBinding([.char("o")], "o", .reverseOrder, .keyReverseOrder, status: .statusOrder),
        KeyBinding([.char("H")], "H", .showHead, .keyShowHead),
    ]

    static let accessKeys: [KeyBinding] = [
        KeyBinding([.char("w")], "w", .switchAccessView, .keyShowHistory, status: .statusHistory),
        KeyBinding([.char("a")], "a", .authorize, .keyAuthorize, status: .statusAuthorize),
        KeyBinding([.char("b")], "b", .block, .keyBlock, status: .statusBlock),
        KeyBinding([.char("u")], "u", .unblock, .keyUnblock, status: .statusUnblock),
        KeyBinding([.char("d")], "d", .setTreatingDoctor, .keySetTreatingDoctor, status: .statusDoctor),
        KeyBinding([.enter, .char(" ")], "Enter", .toggleSetting, .keySwitch, status: .statusSwitch),
    ]
}
