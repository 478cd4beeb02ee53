import CarnetCore

extension KeyMap {
    /// The Profile pane's keys. `]` and `[` jump between sections; `s` and `S` do the same
    /// on keyboards where brackets need AltGr (French AZERTY).
    static let profileKeys: [KeyBinding] = [
        KeyBinding(
            [.enter, .char("e")], "Enter e", .editProfileEntry, .keyEditProfileEntry, status: .statusEdit,
            statusLabel: "e"),
        KeyBinding([.char("a")], "a", .addProfileEntry, .keyAddProfileEntry, status: .statusAdd),
        KeyBinding(
            [.char("d"), .delete], "d Del", .removeProfileEntry, .keyRemoveProfileEntry,
            status: .statusRemove,
            statusLabel: "d"),
        KeyBinding(
            [.char("]"), .char("s")], "] s", .nextSection, .keyNextSection, status: .statusSections,
            statusLabel: "[ ]"),
        KeyBinding([.char("["), .char("S")], "[ S", .previousSection, .keyPreviousSection),
    ]
}
