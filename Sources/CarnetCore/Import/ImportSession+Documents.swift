import Foundation

/// DocumentReferences (and the Binary resources they point at) become documents, their
/// content checked by the same file rules as `carnet documents add`.
extension ImportSession {
    static let documentStatuses: Set<String> = ["current", "superseded", "entered-in-error"]

    /// The security label carnet's own export writes on a document masked from
    /// professionals; no other label masks (HTEST and the like are ignored).
    public static let maskedLabel = (system: "urn:carnet:security", code: "masked-from-professionals")

    func importDocumentReference(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(element, Self.documentStatuses)
        if status == "entered-in-error" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        let contents = try element.objects("content")
        guard let attachment = try contents.first?.object("attachment") else {
            throw ImportIssue.missing("content[0].attachment")
        }
        guard let content = try attachmentBytes(attachment, of: position) else { return }
        let type = try element.concept("type")
        let category = DocumentTypeCategory.category(type: type, categories: try element.concepts("category"))
        try allowed(category)
        let file = try DocumentFile.check(name: "document", content: content, by: context.depositor)
        let title = try Self.title(
            try element.string("description") ?? attachment.string("title") ?? type?.words ?? text[.importUntitled])
        let deposited = try element.date("date") ?? context.now
        let act = try element.object("context")?.object("period")?.date("start") ?? deposited
        try PatientDocuments.checkActDay(act, birthDate: context.birthDate, now: context.now)
        let (author, authorName) = try author(try element.objects("author").first.map(FHIRReference.init), of: position)
            ?? (.patient, nil)
        // R4 puts a document's labels in `securityLabel`; `meta.security` is read too.
        let labels = try element.objects("securityLabel") + (element.object("meta")?.objects("security") ?? [])
        let masked = try labels.contains { label in
            try ([label] + label.objects("coding")).contains {
                try $0.string("system") == Self.maskedLabel.system && $0.string("code") == Self.maskedLabel.code
            }
        }
        let document = NewDocument(
            category: category, title: title, author: author, date: act, deposited: deposited, masked: masked,
            mediaType: file.mediaType, content: file.content, authorName: authorName.flatMap { $0.isEmpty ? nil : $0 })
        if let replaced = try replacedDocument(element, of: position) {
            // A new version of a document already in the record.
            let outcome = try upsert(
                position, kind: .document,
                add: {
                    try writer.addVersion(
                        document: replaced, author: author, at: deposited, mediaType: file.mediaType,
                        content: file.content)
                    return replaced
                },
                update: { _ in
                    try writer.addVersion(
                        document: replaced, author: author, at: deposited, mediaType: file.mediaType,
                        content: file.content)
                })
            report.count(.documents, outcome == .added ? .updated : outcome)
            return
        }
        let outcome = try upsert(
            position, kind: .document,
            add: { try writer.addDocument(document, patient: context.patient) },
            update: { id in
                try writer.updateDocumentHeader(id, document)
                try writer.addVersion(
                    document: id, author: author, at: deposited, mediaType: file.mediaType, content: file.content)
            })
        report.count(.documents, outcome)
    }

    /// The attachment's bytes: inline `data`, or a Binary of the file its `url` names. Its
    /// type is read from the content, as for any file. A URL to elsewhere is not fetched:
    /// reported, and nil.
    func attachmentBytes(_ attachment: FHIRElement, of position: Int) throws -> Data? {
        if let data = try attachment.string("data", limit: Int.max) {
            guard let bytes = Self.base64(data) else { throw ImportIssue.notBase64(attachment.at("data")) }
            return bytes
        }
        guard let url = try attachment.string("url", limit: 4096) else { throw ImportIssue.missing(attachment.at("data")) }
        if let target = scan.resolve(url), scan.resources[target].type == "Binary" {
            let bytes = try input.bytes(of: scan.resources[target].raw)
            let binary = FHIRElement(try ImportScan.parse(bytes).get())
            guard let data = try binary.string("data", limit: Int.max) else {
                throw ImportIssue.missing("\(scan.resources[target].label).data")
            }
            guard let decoded = Self.base64(data) else {
                throw ImportIssue.notBase64("\(scan.resources[target].label).data")
            }
            usedBinaries.insert(target)
            return decoded
        }
        if url.hasPrefix("Binary/") || url.hasPrefix("urn:") || url.hasPrefix("#") {
            throw ImportIssue.unresolved(attachment.at("url"), url)
        }
        let resource = scan.resources[position]
        report.notIncluded.append(
            ImportProblem(place: resource.raw.place, resource: resource.label, issue: .notFetched(attachment.at("url"), url)))
        return nil
    }

    /// The document a `relatesTo` with code `replaces` names, when it is in the record.
    private func replacedDocument(_ element: FHIRElement, of position: Int) throws -> Int64? {
        for relation in try element.objects("relatesTo") where try relation.string("code") == "replaces" {
            guard let target = try relation.reference("target") else { continue }
            if let found = scan.resolve(target.reference),
                let id = try writer.importedDocument(patient: context.patient, source: scan.resources[found].sourceKey)
            {
                return id
            }
            if let reference = target.reference,
                let id = try writer.importedDocument(patient: context.patient, source: reference)
            {
                return id
            }
            unresolved(position, target)
        }
        return nil
    }

    /// `pro import`: a document of a category this profession may not add refuses the file.
    func allowed(_ category: DocumentCategory) throws {
        if let profession = context.profession, !Habilitation.allows(profession, category) {
            throw ImportIssue.notForProfession(category.code)
        }
    }

    /// Base64 as FHIR writes it; line breaks are allowed, nothing else outside the alphabet.
    static func base64(_ text: String) -> Data? {
        let compact = text.contains(where: \.isWhitespace) ? text.filter { !$0.isWhitespace } : text
        return Data(base64Encoded: compact)
    }

    static func title(_ words: String) throws -> String {
        let title = words.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw DocumentChangeError.emptyTitle }
        guard title.count <= DocumentChangeError.maximumTitleLength else {
            throw DocumentChangeError.titleTooLong(length: title.count)
        }
        return title
    }
}
