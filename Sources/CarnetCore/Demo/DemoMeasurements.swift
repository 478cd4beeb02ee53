import Foundation

/// Two years of weight, blood pressure and fasting blood glucose, with a few other types.
enum DemoMeasurements {
    static func write(_ writer: any RecordWriter, patient: Int64) throws {
        var random = DemoRandom(seed: 2026)
        let end = DemoRecord.today
        let day = 86_400.0
        let start = end.addingTimeInterval(-730 * day)
        func add(_ type: MeasurementType, _ value: Double, _ at: Date, _ source: MeasurementSource = .patient)
            throws
        {
            try writer.addMeasurement(
                NewMeasurement(type: type, value: value, at: at, source: source), patient: patient)
        }

        try add(.height, 168, start, .professional)
        for week in 0..<105 {
            let at = start.addingTimeInterval(Double(week) * 7 * day + 14.5 * 3_600)
            let progress = Double(week) / 104
            let weight = (random.around(84 - 5 * progress, spread: 0.8) * 10).rounded() / 10
            try add(.weight, weight, at)
            try add(.bodyMassIndex, (weight / (1.68 * 1.68) * 10).rounded() / 10, at)
        }
        // Twice a week, in the morning, over the same two years.
        for reading in 0..<208 {
            let at = start.addingTimeInterval(Double(reading * 7 / 2) * day + 14 * 3_600)
            let progress = Double(reading) / 207
            try add(.systolic, random.around(142 - 14 * progress, spread: 8).rounded(), at)
            try add(.diastolic, random.around(88 - 8 * progress, spread: 5).rounded(), at)
            try add(.heartRate, random.around(74, spread: 6).rounded(), at)
        }
        for dayIndex in 0..<730 {
            let at = start.addingTimeInterval(Double(dayIndex) * day + 13 * 3_600)
            try add(.bloodGlucose, random.around(128 - 18 * Double(dayIndex) / 729, spread: 14).rounded(), at)
        }
        for quarter in 0..<8 {
            let at = start.addingTimeInterval(Double(quarter) * 91 * day + 15 * 3_600)
            try add(
                .hba1c, (random.around(7.6 - 0.1 * Double(quarter), spread: 0.2) * 10).rounded() / 10, at,
                .professional)
        }
        let hospital = DemoCalendar.date("2025-10-30", hour: 4)
        for (index, temperature) in [38.6, 38.9, 37.8, 37.2, 36.9].enumerated() {
            try add(
                .temperature, temperature, hospital.addingTimeInterval(Double(index) * 0.5 * day),
                .professional)
        }
        let physio = DemoCalendar.date("2026-04-14", hour: 18)
        for (index, pain) in [6.0, 5, 5, 4, 3, 3, 2, 2, 1, 1].enumerated() {
            try add(.pain, pain, physio.addingTimeInterval(Double(index) * 7 * day))
        }
    }
}
