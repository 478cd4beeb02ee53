import CarnetCore
import Foundation

/// The Profile pane: the medical profile section by section. Every section has a heading
/// row, then its entries, or a line saying it is empty; advance directives also list the
/// record's DIR_ANT documents, which Enter opens.
enum ProfilePane {
    /// The entry keeps its width and the dates go first on a narrow window, so that what
    /// an entry is stays readable at 40 columns.
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnEntry], minimum: 32, priority: 4),
            // A few letters of the details still tell entries apart on a narrow window.
            Column(text[.columnDetails], minimum: 6, weight: 1, priority: 2),
            Column(text[.columnDates], minimum: 23, priority: 1),
        ]
    }

    /// Every section in order, with its entries (`entries` in section order, as the store
    /// reads them) and, under advance directives, the `directives` documents.
    static func rows(
        _ entries: [ProfileEntry], directives: [DocumentSummary], _ text: Catalog, _ format: TextFormat
    ) -> [ListRow] {
        let sections = ProfileEntry.Section.allCases
        var rows: [ListRow] = []
        for (index, section) in sections.enumerated() {
            let own = entries.filter { $0.section == section }
            let documents = section == .advanceDirective ? directives : []
            rows.append(heading(section, number: index + 1, of: sections.count, entries: own.count, text))
            rows += own.map { row($0, text, format) }
            rows += documents.map { documentRow($0, text, format) }
            if own.isEmpty && documents.isEmpty {
                rows.append(
                    ListRow(
                        key: nil, cells: ["  " + section.empty(text)], spoken: section.empty(text),
                        subject: .profileEmpty(section), emphasis: .muted))
            }
        }
        return rows
    }

    /// A section's heading, spanning the columns: "Allergies (2)".
    static func heading(
        _ section: ProfileEntry.Section, number: Int, of count: Int, entries: Int, _ text: Catalog
    )
        -> ListRow
    {
        let name = section.heading(text)
        let spokenCount =
            entries == 0
            ? text[.profileNothingRecorded]
            : entries == 1 ? text[.profileEntryCountOne] : text[.profileEntryCount, String(entries)]
        return ListRow(
            key: nil, cells: [entries == 0 ? name : "\(name) (\(entries))"],
            spoken: text[.profileSectionSpoken, name, String(number), String(count), spokenCount],
            subject: .profileHeading(section), emphasis: .heading)
    }

    static func row(_ entry: ProfileEntry, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let details = [entry.contactRole?.label(text), entry.relativeLabel(text), entry.phone, entry.detail]
            .compactMap { $0 }
        return ListRow(
            key: nil,
            cells: ["  " + entry.label, details.joined(separator: ", "), dates(entry, format, text)],
            spoken: ([entry.section.label(text) + ": " + entry.label] + details
                + [
                    dates(entry, format, text, spoken: true)
                ].filter { !$0.isEmpty }).joined(separator: ", "),
            subject: .profileEntry(entry))
    }

    /// An advance directives document of the record, spanning the columns so that its
    /// title shows whole.
    static func documentRow(_ document: DocumentSummary, _ text: Catalog, _ format: TextFormat) -> ListRow {
        ListRow(
            key: nil,
            cells: [
                "  " + text[.profileDirectiveDocument, document.title] + " (" + format.day(document.date)
                    + ")"
            ],
            spoken: text[.profileDirectiveDocumentSpoken, document.title, format.longDay(document.date)],
            subject: .document(document))
    }

    /// When it was, as the row shows it or in words.
    static func dates(_ entry: ProfileEntry, _ format: TextFormat, _ text: Catalog, spoken: Bool = false)
        -> String
    {
        entry.period(text, day: spoken ? format.longDay : format.day, spoken: spoken)
    }

    /// How many entries the loaded profile holds, in words: "16 entries".
    static func entryCount(_ list: ListState, _ text: Catalog, _ format: TextFormat) -> String {
        let count = (0..<list.total).filter {
            if case .profileEntry? = list.row(at: $0)?.subject { true } else { false }
        }.count
        return count == 1 ? text[.profileEntryCountOne] : text[.profileEntryCount, format.count(count)]
    }

    /// The section a row belongs to: the heading at or above it.
    static func section(at index: Int, in list: ListState) -> ProfileEntry.Section? {
        for row in stride(from: index, through: 0, by: -1) {
            if case .profileHeading(let section)? = list.row(at: row)?.subject { return section }
        }
        return nil
    }

    /// The indices of the section headings, top to bottom.
    static func headings(in list: ListState) -> [Int] {
        (0..<list.total).filter {
            if case .profileHeading? = list.row(at: $0)?.subject { true } else { false }
        }
    }
}

extension ProfilePane {
    static func list(_ text: Catalog) -> ListDescription {
        ListDescription(title: PaneID.profile.title(text), itemName: text[.itemLine], columns: columns(text))
    }
}
