import CarnetCore

/// The browser's own words, which nothing else in carnet says: what help says of each key
/// (`key…`), the status line's words (`status…`) and what screen-reader mode announces
/// (`announce…`). Looked up on the same `Catalog` as every other phrase (`text[.keyQuit]`),
/// in English and French (`BrowserCatalog`).
public enum BrowserPhrase: String, CaseIterable, Sendable {
    // Keys as help lists them, and their names in words
    case keySearch, keyFilterCategory, keyClearDocumentFilter, keyAddDocument, keyMask
    case keyDeleteDocument, keyOpenDocument, keyVersions, keyNextField, keyPreviousField, keyFormEnter
    case keyExportRecord, keyImportFile, keyAddVaccination, keyOpenVaccination, keyFilterDisease
    case keyAddMeasurement, keyChartEarlier, keyChartLater, keyChartFirst, keyChartLast, keyToTable
    case keyWiderRange, keyNarrowerRange, keyAddProfileEntry, keyEditProfileEntry, keyRemoveProfileEntry
    case keyNextSection, keyPreviousSection, keyOpenEvent, keyWhoMayAccess, keyShowHistory
    case keyFilterActor, keyFilterAction, keyFilterDates, keyClearFilter, keyReverseOrder, keyAuthorize
    case keyBlock, keyUnblock, keySetTreatingDoctor, keySwitch, keyNextItem, keyPreviousItem
    case keyDownScreen, keyUpScreen, keyFirstItem, keyLastItem, keyNextPane, keyPreviousPane
    case keyGoToPane, keyHelp, keyQuit, keyCloseHelp, keyOpenReadings, keyBack, keyNameUp, keyNameDown
    case keyNameLeft, keyNameRight, keyNamePageUp, keyNamePageDown, keyNameHome, keyNameEnd, keyNameTab
    case keyNameShiftTab, keyNameEnter, keyNameEscape, keyNameBackspace, keyNameDelete, keyNameInsert
    case keyNameSpace, keyNameControl, keyNameOr, keyAndSummary, keyConfirm, keyCancel, keyChoose
    case keySubmit, keyBackToList, keyScrollDown, keyScrollUp, keyTop, keyBottom, keyFind, keyFindNext
    case keyOpenInbox, keyGoToNotice, keyMarkRead, keyMarkAllRead, keyBannerSettings, keyCloseInbox
    case keyDismissBanners, keyShowHead, keyChooseRecord
    // Words of the status line
    case statusSearch, statusAdd, statusVersions, statusAll, statusNextField, statusChart, statusTable
    case statusRange, statusEdit, statusRemove, statusSections, statusWhoMayAccess, statusHistory
    case statusFilter, statusOrder, statusAuthorize, statusBlock, statusUnblock, statusDoctor
    case statusSwitch, statusMove, statusPane, statusKeys, statusQuit, statusClose, statusOpen
    case statusBack, statusYes, statusNo, statusChoose, statusCancel, statusSubmit, statusScroll
    case statusFind, statusInbox, statusMarkRead, statusAllRead, statusBanners, statusDismiss
    case statusGoTo
    // What a screen reader hears on the announcement line
    case announceConnectionLost, announceConnectionBack, statusReconnecting
    case announceSearch, announceSearchKept, announceFilterCleared, announceCategory
    case announceDocumentOpened, announceVersionShown, announceFormOpened, announceVaccinationOpened
    case announceChangeFormOpened, announceEventOpened, announceHistoryShown, announceWhoMayAccess
    case announceMenuClosed, announceUnlocked, announceInbox, announceDocumentFound, announceStart
    case announcePane, announceHelp, announceHelpClosed, announceReadingsOpened, announceBack
}
