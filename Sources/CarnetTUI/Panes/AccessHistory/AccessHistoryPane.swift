import CarnetCore
import Foundation

/// The Access history pane: who did what to the record, newest first (or oldest first). An
/// emergency access and a denied attempt say so in words, not only in colour.
enum AccessHistoryPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnWhen], minimum: 16, priority: 3),
            Column(text[.columnWho], minimum: 24, weight: 1, priority: 4),
            Column(text[.columnAction], minimum: 12, priority: 3),
            // What was acted on (a document's title) is the longest cell: it takes most of a
            // wide window. The outcome is a word or two ("EMERGENCY DENIED") and never grows.
            Column(text[.columnTarget], minimum: 19, weight: 2, priority: 1),
            Column(text[.columnOutcome], minimum: 16, priority: 2),
        ]
    }

    static func label(_ action: AccessAction, _ text: Catalog) -> String {
        text[action.phrase]
    }

    static func actorType(_ type: ActorType, _ text: Catalog) -> String {
        switch type {
        case .patient: text[.actorPatient]
        case .professional: text[.actorProfessional]
        case .establishment: text[.actorEstablishment]
        case .system: text[.actorSystem]
        }
    }

    /// The actor's type in a word or two, to fit a column: "you", "pro", "estab.".
    static func shortActorType(_ type: ActorType, _ text: Catalog) -> String {
        switch type {
        case .patient: text[.actorPatient]
        case .professional: text[.actorProfessionalShort]
        case .establishment: text[.actorEstablishmentShort]
        case .system: text[.actorSystem]
        }
    }

    static func outcome(_ event: AccessEvent, _ text: Catalog) -> String {
        var outcome = event.outcome == .denied ? text[.outcomeDenied] : text[.outcomeDone]
        if event.emergency { outcome = text[.emergencyOutcome, outcome] }
        return outcome
    }

    /// What an event acted on, in words: a document's title, a person's name, "your record".
    /// `name` is the title or name the record gives the target, when it has one.
    static func target(_ target: String, name: String?, _ text: Catalog) -> String {
        if let name { return name }
        let parts = target.split(separator: " ")
        switch (parts.first, parts.count) {
        case ("record"?, 1): return text[.targetRecord]
        case ("documents"?, 1): return text[.targetDocuments]
        case ("document"?, 2): return text[.targetGoneDocument, String(parts[1])]
        case ("profile"?, 2): return text[.profileTargetGone, String(parts[1])]
        case ("emergency"?, 3):
            guard let which = EmergencySwitch(rawValue: String(parts[1])) else { return target }
            let state = parts[2] == "on" ? text[.switchIsOn] : text[.switchIsOff]
            return text[.emergencySwitchSpoken, state, text[AccessManagementPane.phrase(of: which)]]
        case ("banners"?, 3):
            guard let topic = BannerTopic(rawValue: String(parts[1])) else { return target }
            let state = parts[2] == "on" ? text[.bannersOnWord] : text[.bannersOffWord]
            return text[.bannerOption, text[topic.phrase], state]
        default: return ExchangeTarget.words(target, text) ?? target
        }
    }

    static func row(_ event: AccessEvent, targetName: String? = nil, _ text: Catalog, _ format: TextFormat)
        -> ListRow
    {
        let denied = event.outcome == .denied
        var outcome = outcome(event, text)
        if let reason = event.reasonWords(text) { outcome += " (\(reason))" }
        let who = "\(event.actorName) (\(actorType(event.actorType, text)))"
        let shortWho = "\(event.actorName) (\(shortActorType(event.actorType, text)))"
        let target = target(event.target, name: targetName, text)
        return ListRow(
            key: PageKey(date: event.at, id: event.id),
            cells: [format.minute(event.at), shortWho, label(event.action, text), target, outcome],
            spoken: [
                event.emergency ? text[.emergencyAccess] : nil, who, label(event.action, text),
                event.target.isEmpty ? nil : target,
                text[.dayAtTime, format.longDay(event.at), format.time(event.at)],
                denied ? text[.outcomeDenied] : nil, event.reasonWords(text),
            ].compactMap { $0 }.joined(separator: ", "),
            subject: .accessEvent(id: event.id),
            emphasis: event.emergency ? .alert : (denied ? .high : nil))
    }

    /// An event whole: every field, its hash, and whether the chain holds up to it (nil
    /// while the verification runs).
    static func page(
        _ event: AccessEvent, targetName: String? = nil, chain: AccessChainReport?, _ text: Catalog,
        _ format: TextFormat
    ) -> TextPage {
        func named(_ phrase: Phrase) -> String { text[.fieldLabel, text[phrase]] }
        var fields = [
            TextPage.Field(
                named(.fieldWhen), text[.dayAtTime, format.longDay(event.at), format.time(event.at)]),
            TextPage.Field(named(.fieldActor), "\(event.actorName) (\(actorType(event.actorType, text)))"),
            TextPage.Field(named(.fieldActorId), event.actorId),
            TextPage.Field(named(.fieldAction), label(event.action, text)),
            TextPage.Field(
                named(.fieldTarget),
                event.target.isEmpty ? "—" : bracketed(event.target, targetName, text)),
            TextPage.Field(
                named(.fieldOutcome), outcome(event, text),
                emphasis: event.emergency ? .alert : (event.outcome == .denied ? .high : nil)),
        ]
        if let reason = event.reasonWords(text) { fields.append(TextPage.Field(named(.fieldReason), reason)) }
        fields.append(TextPage.Field(named(.fieldEventNumber), String(event.id)))
        fields.append(
            TextPage.Field(named(.fieldHash), event.hash.map(AccessChain.hex) ?? text[.noHash]))
        let broken: Bool
        if case .broken? = chain { broken = true } else { broken = false }
        fields.append(
            TextPage.Field(
                named(.fieldChain),
                chain.map { chainWords($0, upTo: event.id, text, format) } ?? text[.chainChecking],
                emphasis: broken ? .alert : nil))
        return TextPage(
            title: text[.eventTitle, String(event.id)], fields: fields,
            subject: .accessEvent(event, targetName: targetName))
    }

    /// The verification in words.
    static func chainWords(_ report: AccessChainReport, upTo id: Int64, _ text: Catalog, _ format: TextFormat)
        -> String
    {
        switch report {
        case .intact(let events):
            text[.chainHoldsUpTo, format.count(events)]
        case .broken(let event, _, _):
            event == id ? text[.chainBrokenHere] : text[.chainBrokenBefore, String(event)]
        }
    }

    /// A target in words with the record's own words for it in brackets, unless they are
    /// the same ("Blood test (document 12)", but "vaccination 20").
    static func bracketed(_ target: String, _ name: String?, _ text: Catalog) -> String {
        let words = self.target(target, name: name, text)
        return words == target ? target : "\(words) (\(target))"
    }

    /// The filter and order in words: "Dr Martin, reads, from 01/03/2026, oldest first".
    static func describe(_ query: HistoryQuery, _ text: Catalog, _ format: TextFormat) -> String {
        var parts: [String] = []
        if let name = query.actorName { parts.append(name) }
        if let action = query.filter.action { parts.append(label(action, text)) }
        switch (query.filter.since, query.filter.until) {
        case (let since?, let until?): parts.append(text[.betweenDays, format.day(since), format.day(until)])
        case (let since?, nil): parts.append(text[.fromDay, format.day(since)])
        case (nil, let until?): parts.append(text[.untilDay, format.day(until)])
        case (nil, nil): break
        }
        let order = query.oldestFirst ? text[.oldestFirst] : text[.newestFirst]
        return parts.isEmpty
            ? text[.allEvents, order] : text[.onlyEvents, parts.joined(separator: ", "), order]
    }
}

extension AccessHistoryPane {
    static func list(_ text: Catalog) -> ListDescription {
        ListDescription(
            title: PaneID.accessHistory.title(text), itemName: text[.itemEvent], columns: columns(text))
    }
}
