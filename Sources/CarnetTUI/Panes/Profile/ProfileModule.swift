import CarnetCore

extension PaneID {
    public static let profile = PaneID("profile")
}

/// The medical profile: every section with its entries, read whole.
struct ProfileList: PaneList {
    var description: String { "profile" }

    func describe(_ text: Catalog) -> ListDescription { ProfilePane.list(text) }

    /// The profile's rows include section headings: the heading counts entries.
    func countWords(_ list: ListState, _ text: Catalog, _ format: TextFormat) -> String? {
        ProfilePane.entryCount(list, text, format)
    }

    func bindings(_ state: AppState) -> [KeyBinding] { KeyMap.listKeys(with: KeyMap.profileKeys) }

    func linearCommands(_ text: Catalog) -> String { text[.linearProfileCommands] }

    func count(in record: StoreSource) throws -> Int { try record.profileRows().count }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        request == .first ? try record.profileRows() : []
    }
}

extension ListID {
    public static let profile = ListID(ProfileList())
}

extension ProfilePane: PaneModule {
    static var id: PaneID { .profile }
    static func title(_ text: Catalog) -> String { text[.paneProfile] }
    static func shortTitle(_ text: Catalog) -> String { text[.shortProfile] }

    static func currentList(_ state: AppState) -> ListID { .profile }

    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .addProfileEntry, .editProfileEntry, .removeProfileEntry, .nextSection, .previousSection:
            Update.profile(action, &state)
        default: nil
        }
    }
}
