import CarnetCore

extension KeyMap {
    /// A kind's readings under its chart. With the chart focused, Left and Right move its
    /// cursor and Down goes into the table; in the table, Up from the first row goes back to
    /// the chart and Left or Right move the chart's cursor. Left no longer goes back here:
    /// Esc, h and Backspace do.
    static func chartKeys(focused: Bool) -> [KeyBinding] {
        let moves = [
            KeyBinding(
                [.left], "←", .chartEarlier, .keyChartEarlier, status: focused ? .statusMove : .statusChart,
                statusLabel: "←→"),
            KeyBinding([.right], "→", .chartLater, .keyChartLater),
        ]
        let common = [
            KeyBinding(
                [.char("-")], "-", .widerRange, .keyWiderRange, status: .statusRange, statusLabel: "+-"),
            KeyBinding([.char("+"), .char("=")], "+", .narrowerRange, .keyNarrowerRange),
            KeyBinding([.escape, .char("h"), .backspace], "Esc", .back, .keyBack, status: .statusBack),
            addMeasurementKey,
        ]
        guard focused else { return Array(listKeys.prefix(2)) + moves + listKeys.dropFirst(2) + common }
        return moves + [
            KeyBinding([.home, .char("g")], "Home g", .first, .keyChartFirst),
            KeyBinding([.end, .char("G")], "End G", .last, .keyChartLast),
            KeyBinding(
                [.down, .char("j")], "↓ j", .down, .keyToTable, status: .statusTable, statusLabel: "↓"),
        ] + common
    }
}
