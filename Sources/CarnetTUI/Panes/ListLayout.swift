import CarnetCore

/// How a list is shown: its heading, what one of its items is called (for "Document 3 of
/// 41") and its columns. Fixed by the pane, not read from the record.
struct ListDescription {
    var title: String
    var itemName: String
    var columns: [Column]
}

/// A list's description, as the pane that declares the list gives it.
enum ListLayout {
    static func describe(_ list: ListID, _ text: Catalog) -> ListDescription { list.list.describe(text) }

    static func title(of list: ListID, _ text: Catalog) -> String { describe(list, text).title }

    static func itemName(of list: ListID, _ text: Catalog) -> String { describe(list, text).itemName }

    static func columns(of list: ListID, _ text: Catalog) -> [Column] { describe(list, text).columns }
}
