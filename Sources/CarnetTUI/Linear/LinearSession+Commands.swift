import CarnetCore
import Foundation

/// The commands of linear mode that filter or change the record: the same changes as the
/// browser's keys, through the same source, each asked in words first.
extension LinearSession {
    /// `since DATE`, `until DATE`, `action WORD`, `oldest`, `newest`, `clear` on the history.
    mutating func historyFilter(_ command: LinearCommand, in list: ListID) -> Next {
        guard var query = list.historyQuery else { return unknown(command) }
        switch command.word {
        case "since", "until":
            guard let day = format.typedDay(command.argument) else {
                say(text[.badTypedDay, command.argument])
                return .stay
            }
            if command.word == "since" {
                query.filter.since = day.start
            } else {
                query.filter.until = day.end
            }
        case "action":
            let wanted = command.argument.lowercased()
            guard
                let action = AccessAction.allCases.first(where: {
                    $0.rawValue.lowercased() == wanted || text[$0.phrase].lowercased() == wanted
                })
            else {
                say(
                    text[
                        .linearActions, AccessAction.allCases.map { text[$0.phrase] }.joined(separator: ", ")]
                )
                return .stay
            }
            query.filter.action = action
        case "oldest": query.oldestFirst = true
        case "newest": query.oldestFirst = false
        default: query = HistoryQuery()
        }
        return .go(.accessHistory(query))
    }

    /// `mask N` / `unmask N` on a document printed as N, with the question that says who
    /// stops (or starts) seeing it.
    mutating func maskDocument(_ command: LinearCommand, in list: ListID) -> Next {
        guard list.unfiltered == .documents else { return unknown(command) }
        guard let number = command.argumentNumber,
            case .document(let document)? = row(number, in: list)?.subject
        else {
            say(text[.linearWhichItem, command.word])
            return .stay
        }
        let masking = command.word == "mask"
        guard masking != document.masked else {
            say(masking ? text[.linearAlreadyMasked, document.title] : text[.linearNotMasked, document.title])
            return .stay
        }
        guard let question = reading({ try $0.maskQuestion(document) }) else { return .stay }
        apply(masking ? .maskDocument(document) : .unmaskDocument(document), asking: question)
        return .go(list)
    }

    /// `authorize N`, `block N`, `unblock N` on "who may access".
    mutating func changeConsent(_ command: LinearCommand, in list: ListID) -> Next {
        guard list == .whoMayAccess else { return unknown(command) }
        guard let number = command.argumentNumber,
            case .directory(let entry)? = row(number, in: list)?.subject
        else {
            say(text[.linearWhichItem, command.word])
            return .stay
        }
        let who = AccessManagementPane.describe(entry, text)
        switch command.word {
        case "block":
            if entry.treatingDoctor {
                say(text[.treatingDoctorStays, entry.name])
                return .stay
            }
            apply(.block(entry), asking: text[.confirmBlock, who])
        case "unblock":
            apply(.unblock(entry), asking: text[.confirmUnblock, who])
        default:
            apply(.grant(entry), asking: text[.confirmAuthorize, who])
        }
        return .go(list)
    }

    /// `add`: a reading, asked field by field (the kind, the value, its unit, when).
    mutating func addReading(_ opened: MeasurementType?) -> Next {
        var type = opened
        if type == nil {
            let kinds = MeasurementsPane.addableTypes
            for (index, kind) in kinds.enumerated() { say("  \(index + 1). \(kind.label(text))") }
            guard let answer = ask(text[.linearWhichKind]),
                let number = Int(answer.trimmingCharacters(in: .whitespaces)),
                kinds.indices.contains(number - 1)
            else {
                say(text[.nothingChanged])
                return .stay
            }
            type = kinds[number - 1]
        }
        guard let type, let value = ask(text[.linearValue, type.label(text)]),
            let unit = ask(text[.linearUnit, type.unit]), let at = ask(text[.linearWhen])
        else { return .stay }
        var moment: Date?
        if !at.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let typed = format.typedMoment(at) else {
                say(text[.badTypedMoment, at])
                return .stay
            }
            moment = typed
        }
        do {
            let trimmedUnit = unit.trimmingCharacters(in: .whitespaces)
            let entry = try MeasurementEntry(
                type: type, typed: value, unit: trimmedUnit.isEmpty ? nil : trimmedUnit, at: moment)
            apply(.addMeasurement(entry), asking: nil)
        } catch let error as MeasurementError {
            say(error.message(text, format))
        } catch {
            say(text[.measureNotANumber, value])
        }
        return .go(.readings(type))
    }
}
