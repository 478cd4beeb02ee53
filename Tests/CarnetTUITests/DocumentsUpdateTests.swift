import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Documents pane through `update`: search as you type, the category filter, a document
/// opened and scrolled, its versions, and the patient's changes confirmed first.
@Suite struct DocumentsUpdateTests {
    let text = Catalog(.en)
    let format = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
    let day = Date(timeIntervalSince1970: 1_773_316_800)

    func summary(_ id: Int64, _ title: String, author: Author = .patient, masked: Bool = false)
        -> DocumentSummary
    {
        DocumentSummary(
            id: id, title: title, category: .labResults, author: author,
            authorName: author == .patient ? "Camille Durand" : "Dr Martin", date: day, deposited: day,
            masked: masked, versionCount: 1)
    }

    /// A harness whose Documents list holds real document rows.
    func harness(_ documents: [DocumentSummary], rows: Int = 14, cols: Int = 60) -> Harness {
        var harness = Harness(rows: rows, cols: cols, sizes: [.documents: documents.count])
        harness.send(
            .loaded(
                .documents, .first, rows: documents.map { DocumentsPane.row($0, text, format) },
                total: documents.count))
        return harness
    }

    func search(_ words: String) -> ListID { .filteredDocuments(DocumentFilter(search: words)) }

    @Test func theListFollowsEachKeyTypedAndEnterKeepsTheFilter() {
        var harness = Harness(sizes: [
            .documents: 5_000, search("l"): 900, search("li"): 40, search("lip"): 3,
        ])
        harness.press(.down, .down)
        harness.press(.char("/"))
        #expect(harness.state.prompt?.purpose == .documentSearch)
        harness.press(.char("l"))
        #expect(harness.state.currentList == search("l"))
        #expect(harness.state.current.total == 900)
        harness.press(.char("i"), .char("p"))
        #expect(harness.state.currentList == search("lip"))
        #expect(harness.state.current.total == 3)
        // One indexed count and one page per key, nothing more.
        let reads = harness.source.requests.filter { $0.0.isFilteredDocuments }
        #expect(reads.map(\.1) == [.first, .first, .first])
        #expect(
            harness.state.lists.keys.filter { $0.isFilteredDocuments }.count == 1,
            "earlier prefixes are dropped")
        harness.press(.backspace)
        #expect(harness.state.currentList == search("li"))
        harness.press(.char("p"), .enter)
        #expect(harness.state.prompt == nil)
        #expect(harness.state.currentList == search("lip"))
        #expect(harness.state.current.focus == 0)
        #expect(harness.state.announcement == "Search kept: “lip”. Escape shows every document.")
        // Esc on the filtered list shows every document again, where the focus was.
        harness.press(.escape)
        #expect(harness.state.currentList == .documents)
        #expect(harness.focusedText == "item 3")
    }

    @Test func escapeWhileTypingDropsTheSearch() {
        var harness = Harness(sizes: [.documents: 50, search("b"): 4])
        harness.press(.char("/"), .char("b"))
        #expect(harness.state.currentList == search("b"))
        harness.press(.escape)
        #expect(harness.state.prompt == nil)
        #expect(harness.state.currentList == .documents)
        #expect(harness.state.announcement == "Every document shown.")
    }

    @Test func aCategoryChosenFromTheMenuFiltersAndCombinesWithTheSearch() {
        let lab = ListID.filteredDocuments(DocumentFilter(category: .labResults))
        let both = ListID.filteredDocuments(DocumentFilter(category: .labResults, search: "hb"))
        var harness = Harness(sizes: [.documents: 50, lab: 7, both: 1])
        harness.press(.char("c"))
        #expect(harness.state.menu?.options.first?.label == "All categories")
        #expect(harness.state.menu?.options.count == 13)
        harness.press(.down, .down, .down, .down, .enter)
        #expect(harness.state.currentList == lab)
        #expect(harness.state.current.total == 7)
        harness.press(.char("/"), .char("h"), .char("b"), .enter)
        #expect(harness.state.currentList == both)
        #expect(AppView.render(harness.state).lines()[1].hasPrefix("Documents — “hb”, Lab results · 1"))
        harness.press(.char("x"))
        #expect(harness.state.currentList == .documents)
    }

    @Test func enterOpensTheDocumentAndEscReturnsToTheSamePlace() {
        var harness = harness((1...30).map { summary(Int64(100 - $0), "Doc \($0)") })
        harness.press(.down, .down, .down)
        harness.press(.enter)
        let page = try! #require(harness.state.page)
        #expect(page.title == "Document 96")
        #expect(
            page.fields.map(\.label) == [
                "Category:", "Author:", "Date of the act:", "Deposited:", "Version:", "Masked:", "File:",
            ])
        #expect(page.fields[4].value.hasPrefix("2 of 2, the latest — 12 March 2026, Dr Martin"))
        harness.press(.escape)
        #expect(harness.state.page == nil)
        #expect(harness.state.current.focus == 3)
        #expect(AppView.render(harness.state).cursor.row == 3 + 3)
    }

    /// A 2,000-line document: wrapped to the width, scrolled by lines, screens and ends,
    /// searched with `/`, its last line reached.
    @Test func aLongDocumentWrapsAndScrollsToItsEnd() throws {
        var harness = harness([summary(2_000, "Long")], rows: 24, cols: 60)
        harness.press(.enter)
        let page = try #require(harness.state.page)
        let lines = page.lines(width: 60)
        #expect(lines.filter { $0.text.hasPrefix("line ") }.count == 2_000)
        #expect(lines.last?.text == "line 2000 of version 2")
        #expect(lines.allSatisfy { TextWidth.width(of: $0.text) <= 60 })
        let height = harness.state.pageHeight
        harness.press(.pageDown)
        #expect(harness.state.page?.top == height)
        harness.press(.down, .down, .up)
        #expect(harness.state.page?.top == height + 1)
        harness.press(.end)
        let last = lines.count - height
        #expect(harness.state.page?.top == last)
        var screen = AppView.render(harness.state)
        #expect(screen.lines().contains("line 2000 of version 2"))
        let total = format.count(lines.count)
        #expect(
            screen.lines().last?.hasSuffix("lines \(format.count(last + 1))–\(total) of \(total)") == true)
        harness.press(.pageDown, .down)
        #expect(harness.state.page?.top == last, "the end stays the end")
        harness.press(.home)
        #expect(harness.state.page?.top == 0)
        harness.press(.char("/"), .char("1"), .char("5"), .char("0"), .char("0"), .enter)
        let found = try #require(harness.state.page?.mark)
        #expect(lines[found].text == "line 1500 of version 2")
        screen = AppView.render(harness.state)
        #expect(screen.lines()[screen.cursor.row] == "line 1500 of version 2")
        // Narrower, the long lines of a paragraph wrap again and the end is still reachable.
        let wide = String(repeating: "mot ", count: 50)
        harness.send(
            .documentLoaded(
                DocumentReading(
                    summary: summary(1, "Wide"), versions: [],
                    shown: DocumentVersionInfo(
                        version: 1, author: .patient, authorName: "Camille Durand", created: day,
                        mediaType: .text,
                        size: 200), body: .text(wide + "\nfin"))))
        harness.send(.resized(rows: 24, cols: 40))
        harness.press(.end)
        #expect(AppView.render(harness.state).lines().contains("fin"))
        #expect(
            try #require(harness.state.page).lines(width: 40).allSatisfy {
                TextWidth.width(of: $0.text) <= 40
            })
    }

    @Test func vShowsTheVersionsAndOpensAnEarlierOne() throws {
        var harness = harness([summary(3, "Report")])
        harness.press(.enter, .char("v"))
        let menu = try #require(harness.state.menu)
        #expect(menu.title == "Versions of “Document 3”")
        #expect(
            menu.options.map(\.label) == [
                "Version 2: 12 March 2026, Dr Martin (latest)", "Version 1: 12 March 2026, Dr Martin",
            ])
        harness.press(.down, .enter)
        #expect(harness.state.page?.fields[4].value.hasPrefix("1 of 2, an earlier version") == true)
        #expect(harness.state.page?.body.first == "line 1 of version 1")
        #expect(harness.state.announcement == "Version 1 of 2 shown.")
    }

    @Test func maskingAsksTheRecordWhoStopsSeeingItThenWritesOnYes() {
        let lab = summary(5, "Bilan", author: .professional(rpps: "10000000001"))
        var harness = harness([lab])
        harness.press(.char("m"))
        #expect(harness.state.confirmation?.question == "Mask Bilan? Dr Morel will stop seeing it.")
        #expect(harness.state.confirmation?.change == .maskDocument(lab))
        harness.press(.char("n"))
        #expect(harness.source.changes.isEmpty)
        harness.press(.char("m"), .char("y"))
        #expect(harness.source.changes == [.maskDocument(lab)])
        var masked = lab
        masked.masked = true
        harness.send(.loaded(.documents, .first, rows: [DocumentsPane.row(masked, text, format)], total: 1))
        harness.press(.char("m"))
        #expect(harness.state.confirmation?.change == .unmaskDocument(masked))
    }

    @Test func onlyThePatientsOwnDocumentIsOfferedForDeletion() {
        let theirs = summary(5, "Synthèse", author: .professional(rpps: "10000000001"))
        let mine = summary(4, "Mes directives")
        var harness = harness([theirs, mine])
        harness.press(.char("d"))
        #expect(harness.state.confirmation == nil)
        #expect(
            harness.state.message
                == "“Synthèse” was deposited by Dr Martin: you can delete only the documents you deposited. You can mask it instead."
        )
        harness.press(.down, .delete)
        #expect(
            harness.state.confirmation?.question == "Delete “Mes directives” for good? It cannot be undone.")
        harness.press(.char("y"))
        #expect(harness.source.changes == [.deleteDocument(mine)])
    }

    @Test func nothingToActOnIsSaid() {
        var harness = Harness(sizes: [.documents: 0])
        harness.press(.char("m"))
        #expect(harness.state.message == "There is no document here to act on.")
    }
}
