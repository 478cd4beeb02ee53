import CarnetCore
import Foundation

/// Each effect performed against the record, its answer a message for `update`. Slow work
/// (a PIN's hash, verifying the history) runs in the background and answers later.
extension AppRunner {
    /// Performs one effect; returns its answer, or nil when it answers later or not at all.
    func answer(to effect: Effect, _ state: AppState) -> Msg? {
        let text = state.text
        switch effect {
        case .quit:
            // `update` has set why the browser ends; the run loop sees it.
            return nil
        case .load(let list, let request, let withCount):
            return read(failing: { .failed(list, $0) }, text) {
                let total = withCount ? try source.count(of: list) : nil
                let rows = try source.page(of: list, request, limit: ListState.pageSize)
                return .loaded(list, request, rows: rows, total: total)
            }
        case .reload(let list, let anchor):
            return read(failing: { .failed(list, $0) }, text) {
                .reloaded(list, try reload(list, around: anchor))
            }
        case .loadEvent(let id):
            return answer(state) {
                try source.accessEvent(id).map { Msg.eventLoaded($0.event, targetName: $0.targetName) }
            }
        case .loadHead:
            return answer(state) { .headLoaded(try source.chainHead()) }
        case .loadDirectory:
            let patient = source.patientActorId
            return answer(state) { .directoryLoaded(try source.directory(), patientActor: patient) }
        case .loadSummary(let type):
            return answer(state) { try source.measurementSummary(type).map { .summaryLoaded(type, $0) } }
        case .loadChart(let request):
            return read(failing: { .chartFailed(request, $0) }, text) {
                let buckets = try source.measurementBuckets(
                    request.type, span: request.range.span, count: request.columns)
                return .chartLoaded(request, buckets, buckets.flatMap(source.growthCurves))
            }
        case .loadDue:
            return answer(state) { .dueLoaded(try source.vaccinationsDue()) }
        case .loadDiseases:
            return answer(state) { .diseasesLoaded(try source.vaccinationDiseases()) }
        case .loadDocument(let id, let version):
            return answer(state) { try source.document(id, version: version).map(Msg.documentLoaded) }
        case .checkNotices(let after, let limit):
            return answer(state) { .noticesRead(try source.notices(after: after, limit: limit)) }
        case .loadRecords:
            return answer(state) { .recordsLoaded(try source.records()) }
        case .openRecord(let id):
            return answer(state) {
                let (opened, patient) = try source.opening(id)
                current.source = opened
                return .recordOpened(patient, age: patient.ageWords(text) ?? "")
            }
        case .apply(let change):
            return asked(state) { .changed(try source.apply(change)) }
        case .markNoticeRead(let id):
            return asked(state) {
                _ = try source.apply(.markRead(id))
                return .recordChanged
            }
        case .askToMask(let document):
            return asked(state) { .maskQuestion(document, try source.maskQuestion(document)) }
        case .checkPin(let pin):
            let source = source
            background.run { .pinChecked(source.kioskPinMatches(pin)) }
            return nil
        case .waitAfterWrongPins(let seconds):
            background.run {
                Thread.sleep(forTimeInterval: Double(seconds))
                return .pinWaitOver
            }
            return nil
        case .run(let job):
            let source = source
            let text = state.text
            background.run(job) { post in
                var said = 0
                let outcome = source.run(job) { done, total in
                    // A word every tenth: enough to see it move, few enough for a screen
                    // reader to say each.
                    let percent = min(100, done * 100 / max(total, 1)) / 10 * 10
                    guard percent > said else { return }
                    said = percent
                    post(.jobProgress(job.work.progress(percent, text)))
                }
                return .jobDone(outcome)
            }
            return nil
        case .verifyChain(let id):
            let source = source
            let failure = text[.cannotRead, ""]
            let list = state.currentList
            background.run {
                do {
                    return .chainChecked(upTo: id, try source.verifyChain(upTo: id))
                } catch {
                    return .failed(list, failure + "\(error)")
                }
            }
            return nil
        }
    }

    /// A read's answer, or its failure in words as the caller's message.
    private func read(failing: (String) -> Msg, _ text: Catalog, _ body: () throws -> Msg) -> Msg {
        do {
            return try body()
        } catch {
            return failing(text[.cannotRead, "\(error)"])
        }
    }

    /// A change's answer, the record's question before one, or why it was refused.
    private func asked(_ state: AppState, _ body: () throws -> Msg) -> Msg {
        do {
            return try body()
        } catch let refused as ChangeRefused {
            return .changeRefused(refused.reason)
        } catch {
            return .changeRefused(state.text[.changeFailed, "\(error)"])
        }
    }

    /// A read's answer as a message, or its failure in words.
    private func answer(_ state: AppState, _ read: () throws -> Msg?) -> Msg {
        do {
            return try read() ?? .failed(state.currentList, state.text[.nothingThere])
        } catch {
            return .failed(state.currentList, state.text[.cannotRead, "\(error)"])
        }
    }
}
