import Foundation

/// Documents, readings and vaccinations.
extension ExportResources {
    /// carnet's own system for the DMP categories: no published code system carrying the
    /// codes of Mon Espace Santé's categories (SYNTHESE, ORD_SOIN…) was found.
    static let dmpCategorySystem = "urn:carnet:fhir:dmp-category"

    static func documentId(_ document: Int64, version: Int) -> String { "document-\(document)-v\(version)" }

    /// One version of a document: the newest is current and replaces the one before, older
    /// ones are superseded; a masked document carries v3-Confidentiality R and carnet's label.
    func documentReference(_ version: ExportedVersion, authorName: String?) -> FHIRJSON {
        let document = version.document
        let id = Self.documentId(document.id, version: version.version)
        let labels: FHIRJSON? =
            document.masked
            ? .array([
                FHIR.concept([FHIR.coding(FHIRVocabulary.confidentiality, "R", "restricted")]),
                FHIR.concept([FHIR.coding(ImportSession.maskedLabel.system, ImportSession.maskedLabel.code)]),
            ]) : nil
        let replaces: FHIRJSON? =
            version.version > 1
            ? .array([
                .object([
                    ("code", .string("replaces")),
                    (
                        "target",
                        names.reference(
                            "DocumentReference", Self.documentId(document.id, version: version.version - 1))
                    ),
                ])
            ]) : nil
        return .members([
            "resourceType": .string("DocumentReference"), "id": .string(id),
            "identifier": names.identifier(id),
            "status": .string(version.version == version.versionCount ? "current" : "superseded"),
            "category": .array([FHIR.concept([FHIR.coding(Self.dmpCategorySystem, document.category.code)])]),
            "subject": patientReference, "date": FHIR.instant(version.created),
            "author": .array([authorReference(version.author, name: authorName)]),
            "relatesTo": replaces, "description": .string(document.title), "securityLabel": labels,
            "content": .array([
                .object([
                    (
                        "attachment",
                        .object([
                            ("contentType", .string(version.mediaType.rawValue)),
                            ("data", .string(version.content.base64EncodedString())),
                            ("size", .integer(Int64(version.content.count))),
                            ("title", .string(document.title)),
                        ])
                    )
                ])
            ]),
            "context": .object([("period", .object([("start", FHIR.instant(document.date))]))]),
        ])
    }

    /// Observation.category of each kind (FHIR R4 observation-category): the vital signs of
    /// the R4 vital-signs profile, laboratory for glucose and HbA1c, activity for steps,
    /// survey for a pain score (an assessment scale), exam for the waist.
    static func observationCategory(_ type: MeasurementType) -> String {
        switch type {
        case .bloodGlucose, .interstitialGlucose, .hba1c: "laboratory"
        case .steps: "activity"
        case .pain: "survey"
        case .waist: "exam"
        default: "vital-signs"
        }
    }

    static func readingId(_ measurement: Measurement) -> String { "reading-\(measurement.id)" }

    /// A reading, or a blood pressure panel (85354-9) with its systolic and diastolic components.
    func observation(_ reading: ExportedReading, diastolic: Measurement? = nil) -> FHIRJSON {
        let measurement = reading.measurement
        let type: MeasurementType = diastolic == nil ? measurement.type : .bloodPressure
        let id = Self.readingId(measurement)
        func quantity(_ value: Double, _ unit: String) -> FHIRJSON {
            .object([
                ("value", .number(value)), ("unit", .string(unit)),
                ("system", .string("http://unitsofmeasure.org")),
                ("code", .string(unit)),
            ])
        }
        func code(_ type: MeasurementType) -> FHIRJSON {
            FHIR.concept([FHIR.coding(FHIRVocabulary.loinc, type.code)])
        }
        var members: [(String, FHIRJSON)] = [
            ("resourceType", .string("Observation")), ("id", .string(id)),
            ("identifier", names.identifier(id)),
            ("status", .string("final")),
            (
                "category",
                .array([
                    FHIR.concept([
                        FHIR.coding(FHIRVocabulary.observationCategory, Self.observationCategory(type))
                    ])
                ])
            ),
            ("code", code(type)), ("subject", patientReference),
            ("effectiveDateTime", FHIR.instant(measurement.at)),
        ]
        switch reading.source {
        case .patient: members.append(("performer", .array([patientReference])))
        case .device: members.append(("device", .object([("display", .string("connected device"))])))
        case .professional: break
        }
        if let diastolic {
            members.append(
                (
                    "component",
                    .array([
                        .object([
                            ("code", code(.systolic)),
                            ("valueQuantity", quantity(measurement.value, measurement.unit)),
                        ]),
                        .object([
                            ("code", code(.diastolic)),
                            ("valueQuantity", quantity(diastolic.value, diastolic.unit)),
                        ]),
                    ])
                ))
        } else {
            members.append(("valueQuantity", quantity(measurement.value, measurement.unit)))
        }
        return .object(members)
    }

    /// A line of the vaccination card. Who entered it is `primarySource` (true: the
    /// professional who gave it) and, for the patient, `reportOrigin` in words; its kind and
    /// requirement, which R4 has no element for, are carnet extensions.
    func immunization(_ vaccination: Vaccination) -> FHIRJSON {
        let id = "vaccination-\(vaccination.id)"
        let performer: FHIRJSON? = {
            if let rpps = vaccination.vaccinatorRpps, professionals.contains(rpps) {
                return .array([
                    .object([
                        (
                            "actor",
                            names.reference(
                                "Practitioner", Self.practitionerId(rpps), display: vaccination.vaccinator)
                        )
                    ])
                ])
            }
            return vaccination.vaccinator.map {
                .array([.object([("actor", .object([("display", .string($0))]))])])
            }
        }()
        return .members([
            "resourceType": .string("Immunization"), "id": .string(id),
            "extension": .array([
                FHIR.extensionCode(FHIRVocabulary.vaccinationKind, vaccination.kind.rawValue),
                FHIR.extensionCode(FHIRVocabulary.vaccinationRequirement, vaccination.requirement.rawValue),
            ]),
            "identifier": names.identifier(id), "status": .string("completed"),
            "vaccineCode": FHIR.text(vaccination.vaccine), "patient": patientReference,
            "occurrenceDateTime": FHIR.instant(vaccination.date),
            "primarySource": .bool(vaccination.enteredBy == .professional),
            "reportOrigin": vaccination.enteredBy == .patient ? FHIR.text("entered by the patient") : nil,
            "lotNumber": vaccination.lotNumber.map(FHIRJSON.string), "performer": performer,
            "protocolApplied": .array([
                .object([
                    ("targetDisease", .array(vaccination.diseases.map(FHIR.text))),
                    ("doseNumberString", .string(vaccination.kind.rawValue)),
                ])
            ]),
        ])
    }
}
