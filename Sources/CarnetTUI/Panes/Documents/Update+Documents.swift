import CarnetCore
import Foundation

/// The Documents pane: incremental search, the category filter, a document opened whole
/// with its versions, and the patient's changes (add, mask, unmask, delete), each confirmed
/// in words first.
extension Update {
    static func documents(_ action: Action, _ state: inout AppState) -> [Effect] {
        let text = state.text
        switch action {
        case .search:
            state.prompt = Prompt(
                label: text[.searchPrompt], text: state.documentFilter.search, purpose: .documentSearch)
            state.announcement = text[.searchPrompt]
            return []
        case .filterCategory:
            var options = [Menu.Option(text[.everyCategory], value: nil)]
            options += DocumentCategory.allCases.map { Menu.Option($0.label(text), value: $0.code) }
            let current = state.documentFilter.category?.code
            state.menu = Menu(
                title: text[.categoryMenuTitle], options: options,
                focus: options.firstIndex { $0.value == current } ?? 0, purpose: .documentCategory)
            state.announcement = text[.categoryMenuTitle]
            return []
        case .clearDocumentFilter:
            state.documentFilter = .all
            forgetFilteredLists(&state)
            state.announcement = text[.announceFilterCleared]
        case .addDocument:
            state.form = DocumentsPane.addForm(text)
            state.announcement = text[.announceFormOpened, text[.formAddTitle]]
            return []
        case .toggleMask:
            guard let document = focusedDocument(state) else { return chooseDocument(&state) }
            return [.askToMask(document)]
        case .deleteDocument:
            guard let document = focusedDocument(state) else { return chooseDocument(&state) }
            guard document.author == .patient else {
                say(
                    DocumentChangeError.notYours(title: document.title, author: document.authorName).message(
                        text), &state)
                return []
            }
            state.confirmation = Confirmation(
                question: text[.confirmDelete, document.title], change: .deleteDocument(document))
            state.announcement = state.confirmation?.question ?? ""
            return []
        default:
            return []
        }
        return loadVisible(&state)
    }

    /// After each key typed into the search: the list shows what matches so far.
    static func edited(_ state: inout AppState) -> [Effect] {
        guard let prompt = state.prompt, prompt.purpose == .documentSearch else { return [] }
        state.documentFilter.search = prompt.text
        forgetFilteredLists(&state)
        sayFilter(.announceSearch, &state)
        return loadVisible(&state)
    }

    /// Enter in the search: the filter stays and the first match has the focus.
    static func keepSearch(_ state: inout AppState) -> [Effect] {
        state.current.moveFocus(to: 0, height: state.listHeight)
        sayFilter(.announceSearchKept, &state)
        return loadVisible(&state)
    }

    /// Announces the filter as it stands: cleared, or in words with `phrase`.
    private static func sayFilter(_ phrase: BrowserPhrase, _ state: inout AppState) {
        let filter = state.documentFilter
        state.announcement =
            filter.isEmpty
            ? state.text[.announceFilterCleared]
            : state.text[phrase, DocumentsPane.describe(filter, state.text)]
    }

    /// Esc in the search: the typed words are dropped.
    static func cancelSearch(_ state: inout AppState) -> [Effect] {
        state.prompt = nil
        state.documentFilter.search = ""
        forgetFilteredLists(&state)
        let filter = state.documentFilter
        state.announcement =
            filter.isEmpty
            ? state.text[.announceFilterCleared]
            : state.text[.announceCategory, DocumentsPane.describe(filter, state.text)]
        return loadVisible(&state)
    }

    /// Enter on a document row: read it (the latest version).
    static func openDocument(_ document: DocumentSummary, _ state: inout AppState) -> [Effect] {
        [.loadDocument(document.id, version: nil)]
    }

    static func showDocument(_ reading: DocumentReading, _ state: inout AppState) {
        var page = DocumentsPane.page(reading, state.text, state.format)
        page.layOut(width: state.pageWidth)
        state.page = page
        let lines = page.lines(width: state.pageWidth).count
        state.announcement =
            reading.isLatest
            ? state.text[.announceDocumentOpened, reading.summary.title, state.format.count(lines)]
            : state.text[.announceVersionShown, String(reading.shown.version), String(reading.versions.count)]
    }

    /// `v` on an opened document: its versions to choose from.
    static func showVersions(_ state: inout AppState) -> [Effect] {
        guard case .document(let id, let title, let versions, let shown)? = state.page?.subject else {
            return []
        }
        guard versions.count > 1 else {
            say(state.text[.onlyOneVersion, title], &state)
            return []
        }
        state.menu = DocumentsPane.versionsMenu(
            id: id, title: title, versions: versions, shown: shown, state.text, state.format)
        state.announcement = state.menu?.title ?? ""
        return []
    }

    /// A menu of the Documents pane answered.
    static func choseForDocuments(_ option: Menu.Option, for purpose: MenuPurpose, _ state: inout AppState)
        -> [Effect]
    {
        switch purpose {
        case .documentCategory:
            state.documentFilter.category = option.value.flatMap(DocumentCategory.init(code:))
            forgetFilteredLists(&state)
            state.announcement =
                state.documentFilter.isEmpty
                ? state.text[.announceFilterCleared]
                : state.text[.announceCategory, DocumentsPane.describe(state.documentFilter, state.text)]
            return loadVisible(&state)
        case .documentVersion(let id):
            return [.loadDocument(id, version: option.value.flatMap { Int($0) })]
        case .formChoice(let field):
            choseInForm(option, field: field, &state)
            return []
        default:
            return []
        }
    }

    /// The record's words about who would stop (or start) seeing a document, as a question.
    static func askToMask(_ document: DocumentSummary, question: String, _ state: inout AppState) {
        state.confirmation = Confirmation(
            question: question, change: document.masked ? .unmaskDocument(document) : .maskDocument(document))
        state.announcement = question
    }

    /// Checks the add form's fields; when they pass, asks for the document to be added
    /// (the file itself is checked by the record, which may still refuse it).
    static func acceptAddDocument(_ form: Form, _ state: inout AppState) -> [Effect] {
        let text = state.text
        var form = form
        form.message = nil
        let path = form.text(0)
        form.flag(0, path.isEmpty ? text[.formFileMissing] : nil)
        let category = form.fields[1].value.flatMap(DocumentCategory.init(code:))
        form.flag(1, category == nil ? text[.formCategoryMissing] : nil)
        let title = form.text(2)
        if title.isEmpty {
            form.flag(2, text[.titleEmpty])
        } else if title.count > DocumentChangeError.maximumTitleLength {
            form.flag(2, DocumentChangeError.titleTooLong(length: title.count).message(text))
        }
        let typedDate = form.text(3)
        let day = state.format.typedDay(typedDate)
        form.flag(3, !typedDate.isEmpty && day == nil ? text[.badTypedDay, typedDate] : nil)
        guard form.isValid, let category else {
            refuseForm(form, &state)
            return []
        }
        state.form = form
        return [
            .apply(
                .addDocument(
                    path: path, category: category, title: title,
                    date: day.map { $0.start.addingTimeInterval(12 * 3_600) }))
        ]
    }

    /// The record refused the form: it stays open with the reason, to correct and try again.
    static func formRefused(_ why: String, _ state: inout AppState) {
        state.form?.message = why
        state.announcement = why
    }

    private static func focusedDocument(_ state: AppState) -> DocumentSummary? {
        let list = state.current
        guard case .document(let document)? = list.row(at: list.focus)?.subject else { return nil }
        return document
    }

    private static func chooseDocument(_ state: inout AppState) -> [Effect] {
        say(state.text[.chooseDocument], &state)
        return []
    }

    /// Drops the lists of earlier filters: a search typed a key at a time would otherwise
    /// keep a page of rows for every prefix.
    private static func forgetFilteredLists(_ state: inout AppState) {
        let current = state.currentList
        for id in state.lists.keys {
            if id.isFilteredDocuments, id != current { state.lists[id] = nil }
        }
    }
}
