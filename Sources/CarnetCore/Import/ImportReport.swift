import Foundation

/// What an import did, or would do (`--dry-run`).
public struct ImportReport: Sendable, Equatable {
    public enum Item: String, CaseIterable, Sendable {
        case readings, documents, vaccinations, profileEntries, professionals, establishments, consents
    }

    /// The record's patient, by name.
    public var patient = ""
    /// The record was created from the file's Patient.
    public var createdRecord = false
    public var dryRun = false
    public var added: [Item: Int] = [:]
    public var updated: [Item: Int] = [:]
    /// Items already imported at the same version.
    public var unchanged = 0
    /// Resources left out on purpose (not-done, entered-in-error), with why.
    public var skipped: [ImportProblem] = []
    /// Resource types carnet does not keep, counted.
    public var notImported: [String: Int] = [:]
    /// Attachments given by URL: not fetched.
    public var notIncluded: [ImportProblem] = []
    /// References carnet could not follow and did not need: the display is kept.
    public var unresolved: [ImportProblem] = []
    /// With `--skip-invalid`: the resources refused, and why.
    public var invalid: [ImportProblem] = []

    public init() {}

    mutating func count(_ item: Item, _ outcome: UpsertOutcome) {
        switch outcome {
        case .added: added[item, default: 0] += 1
        case .updated: updated[item, default: 0] += 1
        case .unchanged: unchanged += 1
        }
    }

    /// The counts of the access history's `import` event, as a code worded when read
    /// (`ExchangeTarget`): `fhir-import readings:12 documents:1`.
    public var summary: String {
        ExchangeTarget.import(
            Item.allCases.map { ($0, added[$0, default: 0] + updated[$0, default: 0]) }.filter { $0.1 > 0 })
    }

    /// The report in words, one line each.
    public func lines(_ text: Catalog) -> [String] {
        var lines: [String] = []
        lines.append(text[dryRun ? .importDryRunHeading : .importHeading, patient])
        if createdRecord { lines.append(text[.importCreatedRecord]) }
        // "1 document", "1 588 mesures": the number as the language writes it, the noun agreeing.
        let format = TextFormat(text.language)
        func counts(_ table: [Item: Int]) -> String {
            Item.allCases.compactMap { item in
                table[item].map { "\(format.count($0)) \(text[$0 == 1 ? item.singularPhrase : item.phrase])" }
            }.joined(separator: ", ")
        }
        if !added.isEmpty { lines.append(text[.importAdded, counts(added)]) }
        if !updated.isEmpty { lines.append(text[.importUpdated, counts(updated)]) }
        if unchanged > 0 { lines.append(text[.importUnchanged, String(unchanged)]) }
        if added.isEmpty && updated.isEmpty { lines.append(text[.importNothingNew]) }
        if !notImported.isEmpty {
            let named = notImported.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            lines.append(text[.importNotImported, named.joined(separator: ", ")])
        }
        for (heading, problems) in [
            (Phrase.importSkippedHeading, skipped), (.importNotIncludedHeading, notIncluded),
            (.importUnresolvedHeading, unresolved), (.importInvalidHeading, invalid),
        ] where !problems.isEmpty {
            lines.append(text[heading, String(problems.count)])
            lines += problems.map { "  " + $0.message(text) }
        }
        return lines
    }

    /// The report as one JSON object (keys in camelCase).
    public func json(_ text: Catalog) -> [String: Any] {
        func table(_ counts: [Item: Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: Item.allCases.map { ($0.rawValue, counts[$0, default: 0]) })
        }
        func list(_ problems: [ImportProblem]) -> [[String: Any]] {
            problems.map {
                ["place": $0.place.description, "resource": $0.resource ?? NSNull(), "reason": $0.issue.message(text)]
            }
        }
        return [
            "patient": patient, "createdRecord": createdRecord, "dryRun": dryRun, "added": table(added),
            "updated": table(updated), "unchanged": unchanged, "notImported": notImported,
            "skipped": list(skipped), "notIncluded": list(notIncluded), "unresolved": list(unresolved),
            "invalid": list(invalid),
        ]
    }
}

enum UpsertOutcome {
    case added, updated, unchanged
}

extension ImportReport.Item {
    var phrase: Phrase {
        switch self {
        case .readings: .importItemReadings
        case .documents: .importItemDocuments
        case .vaccinations: .importItemVaccinations
        case .profileEntries: .importItemProfileEntries
        case .professionals: .importItemProfessionals
        case .establishments: .importItemEstablishments
        case .consents: .importItemConsents
        }
    }

    /// The item's name for one of it.
    var singularPhrase: Phrase {
        switch self {
        case .readings: .importItemReading
        case .documents: .importItemDocument
        case .vaccinations: .importItemVaccination
        case .profileEntries: .importItemProfileEntry
        case .professionals: .importItemProfessional
        case .establishments: .importItemEstablishment
        case .consents: .importItemConsent
        }
    }
}
