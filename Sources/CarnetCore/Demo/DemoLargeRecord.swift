import Foundation

/// The bulk added by `--size large`: generated documents, a continuous glucose monitor
/// reading every 15 minutes, and years of access events. Written in batches so that
/// progress can be shown; the file only replaces the demo once complete.
enum DemoLargeRecord {
    private static let batch = 50_000

    static func write(
        _ store: any RecordStore, patient: Int64, scale: DemoScale, progress: (DemoProgress) throws -> Void
    ) throws {
        var random = DemoRandom(seed: 1_000_000)
        try inBatches(scale.documents, store, step: .documents, progress) { writer, indices in
            for index in indices { try writer.addDocument(document(index, using: &random), patient: patient) }
        }
        try inBatches(scale.cgmReadings, store, step: .glucoseReadings, progress) { writer, indices in
            try writer.addMeasurements(
                indices.map { cgmReading($0, of: scale.cgmReadings, using: &random) }, patient: patient)
        }
        try inBatches(scale.accessEvents, store, step: .accessEvents, progress) { writer, indices in
            // A thousand at a time: the batch's events need not all be in memory at once.
            for start in stride(from: indices.lowerBound, to: indices.upperBound, by: 1_000) {
                let events = (start..<min(start + 1_000, indices.upperBound)).map {
                    event($0, of: scale.accessEvents, using: &random)
                }
                try writer.appendEvents(events, patient: patient)
            }
        }
    }

    private static func inBatches(
        _ count: Int, _ store: any RecordStore, step: DemoProgress.Step, _ progress: (DemoProgress) throws -> Void,
        _ body: (any RecordWriter, Range<Int>) throws -> Void
    ) throws {
        guard count > 0 else { return }
        var done = 0
        try progress(DemoProgress(step: step, fraction: 0))
        while done < count {
            let end = min(done + batch, count)
            try store.write { writer in try body(writer, done..<end) }
            done = end
            try progress(DemoProgress(step: step, fraction: Double(done) / Double(count)))
        }
    }

    private static let titles: [(DocumentCategory, String)] = [
        (.prescriptions, "Ordonnance"), (.labResults, "Résultats d'analyses"),
        (.reports, "Compte rendu de consultation"), (.imaging, "Compte rendu d'imagerie"),
        (.screening, "Dépistage"), (.certificates, "Certificat médical"),
        (.healthSummary, "Synthèse médicale"), (.administrative, "Document administratif"),
        (.other, "Document"),
    ]

    private static func document(_ index: Int, using random: inout DemoRandom) -> NewDocument {
        let (category, title) = titles[Int.random(in: 0..<titles.count, using: &random)]
        let authors: [Author] = [
            .professional(rpps: DemoCast.treatingDoctor.rpps),
            .professional(rpps: DemoCast.cardiologist.rpps),
            .establishment(finess: DemoCast.hospital.finess),
            .establishment(finess: DemoCast.laboratory.finess), .patient,
        ]
        let author = authors[Int.random(in: 0..<authors.count, using: &random)]
        let daysBack = Double.random(in: 730...3_650, using: &random)
        let date = DemoRecord.today.addingTimeInterval(-daysBack * 86_400)
        let body = "\(title) n° \(index + 1).\nDocument généré pour la démonstration de carnet."
        return NewDocument(
            category: category, title: "\(title) n° \(index + 1)", author: author, date: date,
            deposited: date.addingTimeInterval(3_600), masked: index % 50 == 0,
            content: Data(body.utf8))
    }

    /// The series' one hypoglycaemia: a single reading of 45 mg/dL at 03:30, about nine
    /// months before the latest reading. Every other reading stays above 60, so a chart
    /// that averages or skips readings loses it, and one that keeps each bucket's lowest
    /// value shows it at every range that contains it.
    static let hypoglycaemia = (readingsBack: 274 * 96 + 58, value: 45.0)

    /// A day's glucose curve (higher after meals) with noise, kept within sensor range.
    private static func cgmReading(
        _ index: Int, of count: Int, using random: inout DemoRandom
    ) -> NewMeasurement {
        let readingsBack = count - 1 - index
        let at = DemoRecord.today.addingTimeInterval(-Double(readingsBack) * 900)
        let hour = Double((Int(at.timeIntervalSince1970) + 3_600) % 86_400) / 3_600
        var value = 105.0
        for meal in [8.0, 12.5, 19.5] where hour >= meal && hour < meal + 3 {
            value += 60 * sin((hour - meal) / 3 * .pi)
        }
        value = min(400, max(60, random.around(value, spread: 12).rounded()))
        if readingsBack == hypoglycaemia.readingsBack { value = hypoglycaemia.value }
        return NewMeasurement(type: .interstitialGlucose, value: value, at: at, source: .device)
    }

    /// Ten years before the small history begins, evenly spread, oldest first. Computed once:
    /// building a calendar per event was a twentieth of the large demo's time.
    private static let historySpan = 10 * 365 * 86_400.0
    private static let historyStart = DemoCalendar.date("2024-11-18").addingTimeInterval(-historySpan)

    private static func event(
        _ index: Int, of count: Int, using random: inout DemoRandom
    ) -> AccessEvent {
        let at = historyStart.addingTimeInterval(historySpan * Double(index) / Double(count))
        let actors = [
            DemoCast.treatingDoctor, DemoCast.pharmacist, DemoCast.cardiologist,
            DemoCast.physiotherapist, DemoCast.blocked,
        ]
        let actor = actors[Int.random(in: 0..<actors.count, using: &random)]
        let denied = actor.rpps == DemoCast.blocked.rpps
        let action: AccessAction = Int.random(in: 0..<10, using: &random) == 0 ? .add : .read
        return AccessEvent(
            at: at, actorType: .professional, actorId: actor.rpps, actorName: actor.name,
            action: denied ? .read : action,
            target: "document \(Int.random(in: 17...5_016, using: &random))",
            outcome: denied ? .denied : .done, reason: denied ? "blocked by the patient" : nil)
    }
}
