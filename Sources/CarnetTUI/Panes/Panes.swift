/// The browser's panes, in tab order. Adding a pane is its folder and one line here.
enum Panes {
    static var all: [any PaneModule.Type] {
        [
            DocumentsPane.self,
            VaccinationsPane.self,
            MeasurementsPane.self,
            ProfilePane.self,
            AccessHistoryPane.self,
        ]
    }
}
