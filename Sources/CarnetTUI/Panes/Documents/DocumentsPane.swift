import CarnetCore

/// The Documents pane's list: newest act first, a masked document said in words, the
/// version shown once a document has been modified.
enum DocumentsPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnDate], minimum: 10, priority: 3),
            Column(text[.columnTitle], minimum: 28, weight: 1, priority: 4),
            Column(text[.columnCategory], minimum: 14, priority: 2),
            Column(text[.columnAuthor], minimum: 22, priority: 1),
            Column(text[.columnMasked], minimum: 6, priority: 2),
            Column(text[.columnVersion], minimum: 4, priority: 1),
        ]
    }

    static func row(_ document: DocumentSummary, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let version = document.versionCount > 1 ? String(document.versionCount) : nil
        return ListRow(
            key: PageKey(date: document.date, id: document.id),
            cells: [
                format.day(document.date), document.title, document.category.label(text),
                document.authorName, document.masked ? text[.masked] : "",
                version.map { text[.versionCell, $0] } ?? "",
            ],
            spoken: [
                document.title, document.authorName, format.longDay(document.date),
                document.category.label(text).lowercased(),
                document.masked ? text[.maskedSpoken] : nil, version.map { text[.versionSpoken, $0] },
            ].compactMap { $0 }.joined(separator: ", "),
            subject: .document(document))
    }

    /// The filter in words: "“lipid”, Lab results".
    static func describe(_ filter: DocumentFilter, _ text: Catalog) -> String {
        var parts: [String] = []
        if !filter.words.isEmpty {
            parts.append(text[.searchWords, filter.search.trimmingCharacters(in: .whitespaces)])
        }
        if let category = filter.category { parts.append(category.label(text)) }
        return parts.joined(separator: ", ")
    }

    /// A document opened whole: a header of labelled fields, then its text wrapped to the
    /// window, or what it is when it has no text to show.
    static func page(_ reading: DocumentReading, _ text: Catalog, _ format: TextFormat) -> TextPage {
        let document = reading.summary
        let shown = reading.shown
        let count = String(reading.versions.count)
        let number = String(shown.version)
        let version =
            (reading.isLatest ? text[.versionLatest, number, count] : text[.versionEarlier, number, count])
            + " — " + format.longDay(shown.created) + ", " + shown.authorName
        func named(_ phrase: Phrase) -> String { text[.fieldLabel, text[phrase]] }
        let fields = [
            TextPage.Field(named(.fieldCategory), document.category.label(text)),
            TextPage.Field(named(.fieldAuthor), document.authorName),
            TextPage.Field(named(.fieldActDate), format.longDay(document.date)),
            TextPage.Field(named(.fieldDeposited), format.longDay(document.deposited)),
            TextPage.Field(named(.fieldVersion), version, emphasis: reading.isLatest ? nil : .high),
            TextPage.Field(
                named(.fieldMasked), document.masked ? text[.maskedYes] : text[.maskedNo],
                emphasis: document.masked ? .alert : nil),
            TextPage.Field(
                named(.fieldFile), text[shown.mediaType.phrase] + ", " + text.fileSize(shown.size)),
        ]
        return TextPage(
            title: document.title, fields: fields, body: body(reading, text, format),
            subject: .document(
                id: document.id, title: document.title, versions: reading.versions, shown: shown.version))
    }

    /// The body as paragraphs: the text's lines (tabs as spaces, page breaks as blank
    /// lines), or a sentence saying what the file is.
    static func body(_ reading: DocumentReading, _ text: Catalog, _ format: TextFormat) -> [String] {
        let what = text[reading.shown.mediaType.phrase]
        switch reading.body {
        case .text(let content):
            var lines = content.replacingOccurrences(of: "\u{0C}", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false).map { expandTabs(String($0)) }
            while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
            return lines.isEmpty ? [text[.bodyEmpty]] : lines
        case .image(let size?):
            return [text[.bodyImage, what, format.count(size.width), format.count(size.height)]]
        case .image(nil):
            return [text[.bodyImageNoSize, what]]
        case .pdfWithoutText(.notInstalled):
            return [text[.bodyPDFNotInstalled]]
        case .pdfWithoutText(.unreadable(let status)):
            return [text[.bodyPDFUnreadable, String(status)]]
        case .pdfWithoutText(.timedOut):
            return [text[.bodyPDFTimedOut]]
        }
    }

    /// Tabs to spaces, to the next multiple of 8 columns as drawn (control characters
    /// before a tab take the width of their placeholders).
    static func expandTabs(_ line: String) -> String {
        guard line.contains("\t") else { return line }
        var out = ""
        for character in line {
            if character == "\t" {
                out += String(repeating: " ", count: 8 - TextWidth.width(of: Sanitizer.clean(out)) % 8)
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The versions of the opened document, newest first, for `v`.
    static func versionsMenu(
        id: Int64, title: String, versions: [DocumentVersionInfo], shown: Int, _ text: Catalog,
        _ format: TextFormat
    ) -> Menu {
        let options = versions.enumerated().map { index, version in
            Menu.Option(
                text[
                    .versionOption, String(version.version), format.longDay(version.created),
                    version.authorName]
                    + (index == 0 ? text[.latestMark] : ""),
                value: String(version.version))
        }
        return Menu(
            title: text[.versionsMenuTitle, title], options: options,
            focus: versions.firstIndex { $0.version == shown } ?? 0, purpose: .documentVersion(id: id))
    }

    /// The add form: file, category, title, date of the act.
    static func addForm(_ text: Catalog) -> Form {
        Form(
            title: text[.formAddTitle],
            fields: [
                Form.Field(label: text[.fieldFilePath], placeholder: "~/bilan.pdf"),
                Form.Field(
                    label: text[.fieldCategory],
                    options: DocumentCategory.allCases.map { Menu.Option($0.label(text), value: $0.code) }),
                Form.Field(label: text[.fieldTitle]),
                Form.Field(label: text[.fieldActDate], placeholder: text[.todayPlaceholder]),
            ],
            purpose: .addDocument)
    }
}

extension DocumentsPane {
    /// Every document, or those a filter keeps.
    static func list(filter: DocumentFilter?, _ text: Catalog) -> ListDescription {
        let title = PaneID.documents.title(text)
        return ListDescription(
            title: filter.map { text[.documentsFiltered, title, describe($0, text)] } ?? title,
            itemName: text[.itemDocument], columns: columns(text))
    }
}
