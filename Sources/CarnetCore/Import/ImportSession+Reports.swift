import Foundation

/// A DiagnosticReport and its result Observations become one document of its DMP category
/// (BIOLOGIE for a laboratory, RADIO_SC for imaging) whose text is a readable report, as
/// Mon Espace Santé shows lab results. A result that is also a kind of reading became a
/// reading in the Observation pass, once.
extension ImportSession {
    static let reportStatuses: Set<String> = [
        "registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled",
        "entered-in-error", "unknown",
    ]

    func importDiagnosticReport(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(element, Self.reportStatuses)
        guard let code = try element.concept("code") else { throw ImportIssue.missing("code") }
        var results: [FHIRElement] = []
        for reference in try element.objects("result").map(FHIRReference.init) {
            guard let target = scan.resolve(reference.reference), scan.resources[target].type == "Observation" else {
                throw ImportIssue.unresolved(reference.path, reference.reference ?? reference.display ?? "?")
            }
            reportResults.insert(target)
            results.append(FHIRElement(try ImportScan.parse(try input.bytes(of: scan.resources[target].raw)).get()))
        }
        if status == "cancelled" || status == "entered-in-error" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        let sections = try element.concepts("category").flatMap { $0.codings.compactMap(\.code) }
        let category =
            sections.lazy.compactMap { DocumentTypeCategory.bySection[$0] }.first
            ?? code.code(in: CodeableConcept.loinc).flatMap { DocumentTypeCategory.byLOINC[$0] } ?? .other
        try allowed(category)
        let act = try Self.effective(element) ?? context.now
        try PatientDocuments.checkActDay(act, birthDate: context.birthDate, now: context.now)
        let deposited = try element.date("issued") ?? context.now
        let performer = try element.objects("performer").first.map(FHIRReference.init)
        let (author, authorName) = try author(performer, of: position) ?? (.patient, nil)
        let authorWords = try authorName ?? authorWords(author)
        let title = try Self.title(code.words ?? text[.importUntitled])
        let body = try ReportText(text: text, format: TextFormat(context.language)).render(
            title: title, date: act, author: authorWords, conclusion: try element.string("conclusion"),
            results: results)
        let content = Data(body.utf8)
        let file = try DocumentFile.check(name: "report.txt", content: content, by: context.depositor)
        let document = NewDocument(
            category: category, title: title, author: author, date: act, deposited: deposited,
            mediaType: file.mediaType, content: file.content, authorName: authorName.flatMap { $0.isEmpty ? nil : $0 })
        let outcome = try upsert(
            position, kind: .document,
            add: { try writer.addDocument(document, patient: context.patient) },
            update: { id in
                try writer.updateDocumentHeader(id, document)
                try writer.addVersion(document: id, author: author, at: deposited, mediaType: .text, content: content)
            })
        report.count(.documents, outcome)
    }

    private func authorWords(_ author: Author) throws -> String? {
        switch author {
        case .patient: nil
        case .professional(let rpps): try writer.professionalName(rpps)
        case .establishment(let finess): try writer.establishmentName(finess)
        }
    }
}

/// The text of a lab or imaging report: its title, date and author, then one line per
/// result — name, value and unit, reference range, and HIGH/LOW in words (colour never
/// carries meaning alone) — then the conclusion.
struct ReportText {
    let text: Catalog
    let format: TextFormat

    func render(title: String, date: Date, author: String?, conclusion: String?, results: [FHIRElement]) throws -> String {
        var lines = [title, text[.reportDate, format.day(date)]]
        if let author { lines.append(text[.reportAuthor, author]) }
        lines.append("")
        for result in results { lines.append(try line(result)) }
        if let conclusion, !conclusion.isEmpty {
            lines.append("")
            lines.append(text[.reportConclusion, conclusion])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ result: FHIRElement) throws -> String {
        let name = try result.concept("code")?.words ?? "?"
        var value = ""
        if let quantity = try result.object("valueQuantity") {
            let number = try quantity.number("value").map(format.number) ?? ""
            let unit = try quantity.string("unit", limit: 64) ?? quantity.string("code", limit: 64) ?? ""
            value = [try quantity.string("comparator", limit: 4) ?? "", number, unit].filter { !$0.isEmpty }.joined(separator: " ")
        } else if let words = try result.string("valueString") {
            value = words
        } else if let concept = try result.concept("valueCodeableConcept") {
            value = concept.words ?? ""
        }
        var parts = [name + ": " + value]
        if let range = try result.objects("referenceRange").first {
            if let text = try range.string("text") {
                parts.append("(" + self.text[.reportRange, text] + ")")
            } else {
                let low = try range.object("low")?.number("value").map(format.number)
                let high = try range.object("high")?.number("value").map(format.number)
                if low != nil || high != nil {
                    parts.append("(" + text[.reportRange, (low ?? "") + "–" + (high ?? "")] + ")")
                }
            }
        }
        let flags = try result.concepts("interpretation").flatMap { $0.codings.compactMap(\.code) }
        if flags.contains(where: { ["H", "HH", "HU", ">"].contains($0) }) { parts.append(text[.reportHigh]) }
        if flags.contains(where: { ["L", "LL", "LU", "<"].contains($0) }) { parts.append(text[.reportLow]) }
        if flags.contains(where: { ["A", "AA"].contains($0) }) { parts.append(text[.reportAbnormal]) }
        return parts.joined(separator: " ")
    }
}
