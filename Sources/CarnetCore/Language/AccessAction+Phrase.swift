extension AccessAction {
    /// How an action is named to a person (`text[action.phrase]`): the browser's history pane
    /// and `carnet log` say it the same way.
    public var phrase: Phrase {
        switch self {
        case .read: .actionRead
        case .list: .actionList
        case .add: .actionAdd
        case .modify: .actionModify
        case .mask: .actionMask
        case .unmask: .actionUnmask
        case .delete: .actionDelete
        case .authorize: .actionAuthorize
        case .block: .actionBlock
        case .unblock: .actionUnblock
        case .setTreatingDoctor: .actionSetTreatingDoctor
        case .emergencySettings: .actionEmergency
        case .notificationSettings: .actionNotifications
        case .close: .actionClose
        case .reopen: .actionReopen
        case .export: .actionExport
        case .import: .actionImport
        }
    }
}
