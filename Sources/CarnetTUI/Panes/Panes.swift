/// The browser's panes, in tab order, and the views opened over them. Adding a pane is its
/// folder and one line here.
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

    /// The views a key opens from any pane, in the order help lists their keys. Adding one
    /// is its folder and one line here.
    static var views: [any ViewModule.Type] {
        [
            ImportView.self,
            ExportView.self,
        ]
    }
}
