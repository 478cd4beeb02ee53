import Foundation

extension MeasurementSummary {
    /// "Weight 82.1 kg on 3 March 2026; −1.4 kg over 30 days; range 81–84 kg; 2 readings
    /// above the band"; for a child, the percentile band after the latest reading.
    public func sentence(_ text: Catalog, _ format: TextFormat) -> String {
        let type = type
        let values = latest.map { format.number($0.value) }.joined(separator: "/")
        var parts = [
            text[.summaryLatest, type.label(text), type.withUnit(values, text), format.longDay(latest[0].at)]
        ]
        if let growth { parts.append(growth.words(text)) }
        if let change {
            let sign = change > 0 ? "+" : (change < 0 ? "−" : "±")
            let amount = latest[0].type.withUnit(sign + format.number(abs(change)), text)
            let what = type == .bloodPressure ? text[.measureSystolic].lowercased() + " " : ""
            parts.append(what + text[.summaryChange, amount, String(days)])
        } else {
            parts.append(text[.summarySingle, String(days)])
        }
        if count > 1 {
            let range = ranges.map { format.number($0.lowerBound) + "–" + format.number($0.upperBound) }
                .joined(separator: " / ")
            parts.append(text[.summaryRange, type.withUnit(range, text)])
        }
        if let band = type.referenceBand {
            if above > 0 {
                parts.append(above == 1 ? text[.summaryAboveOne] : text[.summaryAbove, format.count(above)])
            }
            if below > 0 {
                parts.append(below == 1 ? text[.summaryBelowOne] : text[.summaryBelow, format.count(below)])
            }
            if above == 0 && below == 0 {
                let bands = latest.compactMap(\.type.referenceBand).map {
                    format.number($0.lowerBound) + "–" + format.number($0.upperBound)
                }.joined(separator: " / ")
                parts.append(text[.summaryInBand, type.withUnit(bands.isEmpty ? "\(band)" : bands, text)])
            }
        }
        return parts.joined(separator: text[.summarySeparator])
    }
}

extension ReferenceJudgement {
    /// HIGH or LOW in words, nil in the band or without one.
    public func words(_ text: Catalog) -> String? {
        switch self {
        case .high: text[.judgementHigh]
        case .low: text[.judgementLow]
        case .inBand, .noBand: nil
        }
    }
}
