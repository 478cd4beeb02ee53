import CarnetCore

/// The Vaccinations pane's keys.
extension KeyMap {
    static let vaccinationKeys: [KeyBinding] = [
        KeyBinding([.enter, .right, .char("l")], "Enter", .open, .keyOpenVaccination, status: .statusOpen),
        KeyBinding([.char("a")], "a", .addVaccination, .keyAddVaccination, status: .statusAdd),
        KeyBinding([.char("f")], "f", .filterDisease, .keyFilterDisease, status: .statusFilter),
        KeyBinding([.char("x")], "x", .clearFilter, .keyClearFilter),
    ]
}
