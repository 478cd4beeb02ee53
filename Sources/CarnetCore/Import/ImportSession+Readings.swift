import Foundation

/// Observations with a LOINC code carnet knows as a measurement become readings, through
/// the rules a reading typed by hand follows (units converted, impossible values and future
/// times refused).
extension ImportSession {
    static let observationStatuses: Set<String> = [
        "registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error",
        "unknown",
    ]

    /// UCUM units of a FHIR Quantity, as the units a person types (MeasurementType.acceptedUnits).
    static let ucum: [String: String] = [
        "[lb_av]": "lb", "[in_i]": "in", "{beats}/min": "/min", "{beat}/min": "/min", "/min": "/min",
        "{breaths}/min": "/min", "{steps}/d": "/d", "kg/m2": "kg/m2", "kg/m^2": "kg/m2",
    ]

    func importObservation(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(element, Self.observationStatuses)
        guard let code = try element.concept("code") else { throw ImportIssue.missing("code") }
        if code.code(in: CodeableConcept.loinc) == Self.bloodGroupCode {
            readingObservations.insert(position)
            try importBloodGroup(position, element, status: status)
            return
        }
        guard let loinc = code.code(in: CodeableConcept.loinc), let type = MeasurementType(rawValue: loinc)
        else {
            return
        }
        if status == "cancelled" || status == "entered-in-error" {
            skippedObservations.insert(position)
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        guard let at = try Self.effective(element) else { throw ImportIssue.missing("effectiveDateTime") }
        var values: [Double] = []
        var unit: String?
        if type == .bloodPressure {
            let components = try element.objects("component")
            for part in [MeasurementType.systolic, .diastolic] {
                guard
                    let component = try components.first(where: {
                        try $0.concept("code")?.code(in: CodeableConcept.loinc) == part.code
                    })
                else { throw ImportIssue.missing("component (\(part.code))") }
                let (value, given) = try Self.quantity(component)
                values.append(value)
                unit = given
            }
        } else {
            let (value, given) = try Self.quantity(element)
            values = [value]
            unit = given
        }
        let readings = try MeasurementEntry(type: type, values: values, unit: unit, at: at).checked(
            now: context.now)
        readingObservations.insert(position)
        let source: MeasurementSource =
            element.has("device") ? .device : try performedByPatient(element) ? .patient : .professional
        for reading in readings {
            var reading = reading
            reading.source = source
            let outcome = try upsert(
                position, part: readings.count > 1 ? reading.type.code : "", kind: .measurement,
                add: { try writer.addMeasurement(reading, patient: context.patient) },
                update: { try writer.updateMeasurement($0, reading) })
            report.count(.readings, outcome)
        }
    }

    /// valueQuantity's number and unit (its UCUM `code`, else its `unit`), read as typed.
    static func quantity(_ element: FHIRElement) throws -> (Double, String?) {
        guard let quantity = try element.object("valueQuantity") else {
            throw ImportIssue.missing(element.at("valueQuantity"))
        }
        guard let value = try quantity.number("value") else {
            throw ImportIssue.missing(quantity.at("value"))
        }
        let given = try quantity.string("code", limit: 64) ?? quantity.string("unit", limit: 64)
        return (value, given.map { ucum[$0] ?? $0 })
    }

    /// When an observation was made: effective[x], else when it was issued.
    static func effective(_ element: FHIRElement) throws -> Date? {
        if let date = try element.date("effectiveDateTime") { return date }
        if let date = try element.date("effectiveInstant") { return date }
        if let period = try element.object("effectivePeriod"), let start = try period.date("start") {
            return start
        }
        return try element.date("issued")
    }
}

/// The blood group, an Observation of LOINC 882-1 (ABO and Rh group), and who took a reading.
extension ImportSession {
    static let bloodGroupCode = "882-1"

    /// Its value's words must be one of the eight groups the record holds ("A+"…); another
    /// wording is left out and reported, and a record that has a blood group keeps it.
    func importBloodGroup(_ position: Int, _ element: FHIRElement, status: String) throws {
        if status == "cancelled" || status == "entered-in-error" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        let words = try element.concept("valueCodeableConcept")?.words ?? element.string("valueString")
        guard let group = words?.replacingOccurrences(of: " ", with: ""),
            ProfileEntry.bloodGroups.contains(group)
        else {
            skip(position, .leftOut("valueCodeableConcept", "\"\(words ?? "")\""))
            return
        }
        let source = scan.resources[position].sourceKey
        if try writer.importedItem(patient: context.patient, source: source) == nil,
            try writer.hasBloodGroup(patient: context.patient)
        {
            skip(position, .leftOut("valueCodeableConcept", "\"\(group)\""))
            return
        }
        try profile(
            position,
            ProfileEntry(
                section: .bloodGroup, label: group, detail: try element.noteText(),
                start: try Self.effective(element)))
    }

    /// A reading whose performer is the file's Patient was taken by the patient.
    func performedByPatient(_ element: FHIRElement) throws -> Bool {
        try element.objects("performer").contains { performer in
            guard let target = scan.resolve(try FHIRReference(performer).reference) else { return false }
            return scan.resources[target].type == "Patient"
        }
    }
}
