import CarnetCore

/// The Measurements pane's key to add a reading, on its kinds and on a kind's readings.
extension KeyMap {
    static let addMeasurementKey = KeyBinding(
        [.char("a")], "a", .addMeasurement, .keyAddMeasurement, status: .statusAdd)
}
