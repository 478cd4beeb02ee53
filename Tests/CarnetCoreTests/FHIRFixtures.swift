import Foundation

/// A FHIR R4 export of one patient from another system, written from the shapes of the
/// specification's own examples (Patient, Practitioner, PractitionerRole, Organization,
/// Observation vital signs and laboratory results, DiagnosticReport, DocumentReference with
/// inline data, a Binary and a URL, Immunization, AllergyIntolerance, Condition,
/// MedicationStatement, MedicationRequest, FamilyMemberHistory, Encounter, RelatedPerson,
/// CarePlan), with the ANS FR Core identifiers (INS-NIR, IDNPS, IdNat_Struct).
enum FHIRFixtures {
    static let record = #"""
{
 "resourceType": "Bundle",
 "id": "export-1",
 "type": "collection",
 "meta": {
  "source": "https://hopital-exemple.fr/fhir"
 },
 "entry": [
  {
   "fullUrl": "urn:uuid:patient-p1",
   "resource": {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [
     {
      "type": {
       "coding": [
        {
         "system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203",
         "code": "INS-NIR"
        }
       ]
      },
      "system": "urn:oid:1.2.250.1.213.1.4.8",
      "value": "279035121518989"
     }
    ],
    "name": [
     {
      "family": "Durand",
      "given": [
       "Camille"
      ]
     }
    ],
    "gender": "female",
    "birthDate": "1979-03-15",
    "contact": [
     {
      "relationship": [
       {
        "coding": [
         {
          "system": "http://terminology.hl7.org/CodeSystem/v2-0131",
          "code": "C"
         }
        ]
       }
      ],
      "name": {
       "family": "Durand",
       "given": [
        "Paul"
       ]
      },
      "telecom": [
       {
        "system": "phone",
        "value": "06 12 34 56 78"
       }
      ]
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:practitioner-pr1",
   "resource": {
    "resourceType": "Practitioner",
    "id": "pr1",
    "identifier": [
     {
      "type": {
       "coding": [
        {
         "system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203",
         "code": "IDNPS"
        }
       ]
      },
      "system": "urn:oid:1.2.250.1.71.4.2.1",
      "value": "810101234567"
     }
    ],
    "name": [
     {
      "family": "Martin",
      "given": [
       "Claire"
      ],
      "prefix": [
       "Dr"
      ]
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:practitionerrole-role1",
   "resource": {
    "resourceType": "PractitionerRole",
    "id": "role1",
    "practitioner": {
     "reference": "Practitioner/pr1"
    },
    "code": [
     {
      "coding": [
       {
        "system": "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante",
        "code": "10"
       }
      ]
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:practitioner-pr2",
   "resource": {
    "resourceType": "Practitioner",
    "id": "pr2",
    "name": [
     {
      "text": "Infirmière Sophie Leroy"
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:organization-lab1",
   "resource": {
    "resourceType": "Organization",
    "id": "lab1",
    "identifier": [
     {
      "system": "urn:oid:1.2.250.1.71.4.2.2",
      "value": "1750712184"
     }
    ],
    "name": "Laboratoire BioValmont"
   }
  },
  {
   "fullUrl": "urn:uuid:observation-w1",
   "resource": {
    "resourceType": "Observation",
    "id": "w1",
    "status": "final",
    "category": [
     {
      "coding": [
       {
        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
        "code": "vital-signs"
       }
      ]
     }
    ],
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "29463-7",
       "display": "Body weight"
      }
     ]
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "effectiveDateTime": "2024-03-12T09:30:00+01:00",
    "valueQuantity": {
     "value": 154,
     "unit": "lb",
     "system": "http://unitsofmeasure.org",
     "code": "[lb_av]"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:observation-bp1",
   "resource": {
    "resourceType": "Observation",
    "id": "bp1",
    "status": "final",
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "85354-9",
       "display": "Blood pressure panel"
      }
     ]
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "effectiveDateTime": "2024-03-12T09:35:00+01:00",
    "component": [
     {
      "code": {
       "coding": [
        {
         "system": "http://loinc.org",
         "code": "8480-6"
        }
       ]
      },
      "valueQuantity": {
       "value": 128,
       "unit": "mmHg",
       "system": "http://unitsofmeasure.org",
       "code": "mm[Hg]"
      }
     },
     {
      "code": {
       "coding": [
        {
         "system": "http://loinc.org",
         "code": "8462-4"
        }
       ]
      },
      "valueQuantity": {
       "value": 82,
       "unit": "mmHg",
       "system": "http://unitsofmeasure.org",
       "code": "mm[Hg]"
      }
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:observation-spo2",
   "resource": {
    "resourceType": "Observation",
    "id": "spo2",
    "status": "final",
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "59408-5"
      }
     ]
    },
    "effectiveDateTime": "2024-03-12T09:36:00+01:00",
    "valueQuantity": {
     "value": 97,
     "unit": "%",
     "system": "http://unitsofmeasure.org",
     "code": "%"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:observation-rr",
   "resource": {
    "resourceType": "Observation",
    "id": "rr",
    "status": "final",
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "9279-1"
      }
     ]
    },
    "effectiveDateTime": "2024-03-12T09:36:00+01:00",
    "valueQuantity": {
     "value": 16,
     "unit": "breaths/minute",
     "system": "http://unitsofmeasure.org",
     "code": "/min"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:observation-temp",
   "resource": {
    "resourceType": "Observation",
    "id": "temp",
    "status": "final",
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "8310-5"
      }
     ]
    },
    "effectiveDateTime": "2024-03-12T09:37:00+01:00",
    "valueQuantity": {
     "value": 99.5,
     "unit": "F",
     "system": "http://unitsofmeasure.org",
     "code": "[degF]"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:observation-glu",
   "resource": {
    "resourceType": "Observation",
    "id": "glu",
    "status": "final",
    "category": [
     {
      "coding": [
       {
        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
        "code": "laboratory"
       }
      ]
     }
    ],
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "2345-7",
       "display": "Glucose [Mass/volume] in Serum or Plasma"
      }
     ],
     "text": "Glycémie à jeun"
    },
    "effectiveDateTime": "2024-03-10T08:00:00+01:00",
    "valueQuantity": {
     "value": 6.3,
     "unit": "mmol/L",
     "system": "http://unitsofmeasure.org",
     "code": "mmol/L"
    },
    "interpretation": [
     {
      "coding": [
       {
        "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
        "code": "H"
       }
      ]
     }
    ],
    "referenceRange": [
     {
      "low": {
       "value": 3.9,
       "unit": "mmol/L"
      },
      "high": {
       "value": 5.5,
       "unit": "mmol/L"
      }
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:observation-k",
   "resource": {
    "resourceType": "Observation",
    "id": "k",
    "status": "final",
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "2823-3",
       "display": "Potassium [Moles/volume] in Serum or Plasma"
      }
     ],
     "text": "Potassium"
    },
    "effectiveDateTime": "2024-03-10T08:00:00+01:00",
    "valueQuantity": {
     "value": 4.1,
     "unit": "mmol/L",
     "system": "http://unitsofmeasure.org",
     "code": "mmol/L"
    },
    "referenceRange": [
     {
      "low": {
       "value": 3.5,
       "unit": "mmol/L"
      },
      "high": {
       "value": 5.1,
       "unit": "mmol/L"
      }
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:diagnosticreport-lab1",
   "resource": {
    "resourceType": "DiagnosticReport",
    "id": "lab1",
    "status": "final",
    "category": [
     {
      "coding": [
       {
        "system": "http://terminology.hl7.org/CodeSystem/v2-0074",
        "code": "LAB"
       }
      ]
     }
    ],
    "code": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "24323-8"
      }
     ],
     "text": "Bilan métabolique"
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "effectiveDateTime": "2024-03-10T08:00:00+01:00",
    "issued": "2024-03-10T16:00:00+01:00",
    "performer": [
     {
      "reference": "Organization/lab1",
      "display": "Laboratoire BioValmont"
     }
    ],
    "result": [
     {
      "reference": "Observation/glu"
     },
     {
      "reference": "Observation/k"
     }
    ],
    "conclusion": "Glycémie légèrement élevée."
   }
  },
  {
   "fullUrl": "urn:uuid:documentreference-cr1",
   "resource": {
    "resourceType": "DocumentReference",
    "id": "cr1",
    "status": "current",
    "type": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "11488-4",
       "display": "Consult note"
      }
     ]
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "date": "2024-03-12T18:00:00+01:00",
    "author": [
     {
      "reference": "Practitioner/pr1"
     }
    ],
    "description": "Compte rendu de consultation",
    "content": [
     {
      "attachment": {
       "contentType": "text/plain",
       "data": "Q29uc3VsdGF0aW9uIGR1IDEyIG1hcnMgMjAyNC4KVGVuc2lvbiBub3JtYWxlLgo="
      }
     }
    ],
    "context": {
     "period": {
      "start": "2024-03-12T09:00:00+01:00"
     }
    }
   }
  },
  {
   "fullUrl": "urn:uuid:binary-bin1",
   "resource": {
    "resourceType": "Binary",
    "id": "bin1",
    "contentType": "text/plain",
    "data": "T3Jkb25uYW5jZSA6IHBhcmFjw6l0YW1vbCAxIGcuCg=="
   }
  },
  {
   "fullUrl": "urn:uuid:documentreference-ord1",
   "resource": {
    "resourceType": "DocumentReference",
    "id": "ord1",
    "status": "current",
    "type": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "57833-6"
      }
     ]
    },
    "date": "2024-03-12T18:05:00+01:00",
    "author": [
     {
      "reference": "Practitioner/pr2",
      "display": "Sophie Leroy"
     }
    ],
    "content": [
     {
      "attachment": {
       "contentType": "text/plain",
       "url": "Binary/bin1",
       "title": "Ordonnance"
      }
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:documentreference-ext1",
   "resource": {
    "resourceType": "DocumentReference",
    "id": "ext1",
    "status": "current",
    "type": {
     "coding": [
      {
       "system": "http://loinc.org",
       "code": "18748-4"
      }
     ]
    },
    "date": "2024-02-01",
    "content": [
     {
      "attachment": {
       "contentType": "application/pdf",
       "url": "https://pacs.example.org/report/123.pdf",
       "title": "Scanner"
      }
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:immunization-imm1",
   "resource": {
    "resourceType": "Immunization",
    "id": "imm1",
    "status": "completed",
    "vaccineCode": {
     "coding": [
      {
       "system": "http://hl7.org/fhir/sid/cvx",
       "code": "115"
      }
     ],
     "text": "Boostrixtetra"
    },
    "patient": {
     "reference": "Patient/p1"
    },
    "occurrenceDateTime": "2023-10-02",
    "primarySource": true,
    "lotNumber": "AB123",
    "performer": [
     {
      "actor": {
       "reference": "Practitioner/pr1"
      }
     }
    ],
    "protocolApplied": [
     {
      "series": "Rappel adulte",
      "doseNumberPositiveInt": 4,
      "targetDisease": [
       {
        "text": "diphtheria"
       },
       {
        "text": "tetanus"
       },
       {
        "text": "pertussis"
       },
       {
        "text": "poliomyelitis"
       }
      ]
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:immunization-imm2",
   "resource": {
    "resourceType": "Immunization",
    "id": "imm2",
    "status": "completed",
    "vaccineCode": {
     "text": "Vaccin inconnu X"
    },
    "patient": {
     "reference": "Patient/p1"
    },
    "occurrenceDateTime": "2010-05-04",
    "primarySource": false
   }
  },
  {
   "fullUrl": "urn:uuid:immunization-imm3",
   "resource": {
    "resourceType": "Immunization",
    "id": "imm3",
    "status": "not-done",
    "vaccineCode": {
     "text": "Comirnaty"
    },
    "patient": {
     "reference": "Patient/p1"
    },
    "occurrenceDateTime": "2022-01-04"
   }
  },
  {
   "fullUrl": "urn:uuid:allergyintolerance-al1",
   "resource": {
    "resourceType": "AllergyIntolerance",
    "id": "al1",
    "code": {
     "text": "Pénicilline"
    },
    "patient": {
     "reference": "Patient/p1"
    },
    "reaction": [
     {
      "manifestation": [
       {
        "text": "Urticaire"
       }
      ]
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:condition-c1",
   "resource": {
    "resourceType": "Condition",
    "id": "c1",
    "code": {
     "text": "Asthme"
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "onsetDateTime": "1995-06-01"
   }
  },
  {
   "fullUrl": "urn:uuid:medicationstatement-ms1",
   "resource": {
    "resourceType": "MedicationStatement",
    "id": "ms1",
    "status": "active",
    "medicationCodeableConcept": {
     "text": "Ventoline 100 µg"
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "effectivePeriod": {
     "start": "2020-01-01"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:medicationrequest-mr1",
   "resource": {
    "resourceType": "MedicationRequest",
    "id": "mr1",
    "status": "active",
    "intent": "order",
    "medicationCodeableConcept": {
     "text": "Paracétamol 1 g"
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "authoredOn": "2024-03-12",
    "dosageInstruction": [
     {
      "text": "1 comprimé 3 fois par jour"
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:familymemberhistory-f1",
   "resource": {
    "resourceType": "FamilyMemberHistory",
    "id": "f1",
    "status": "completed",
    "patient": {
     "reference": "Patient/p1"
    },
    "relationship": {
     "coding": [
      {
       "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
       "code": "FTH"
      }
     ]
    },
    "condition": [
     {
      "code": {
       "text": "Diabète de type 2"
      }
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:encounter-e1",
   "resource": {
    "resourceType": "Encounter",
    "id": "e1",
    "status": "finished",
    "class": {
     "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
     "code": "IMP"
    },
    "subject": {
     "reference": "Patient/p1"
    },
    "reasonCode": [
     {
      "text": "Appendicectomie"
     }
    ],
    "period": {
     "start": "2001-07-02",
     "end": "2001-07-06"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:encounter-e2",
   "resource": {
    "resourceType": "Encounter",
    "id": "e2",
    "status": "finished",
    "class": {
     "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
     "code": "AMB"
    },
    "subject": {
     "reference": "Patient/p1"
    }
   }
  },
  {
   "fullUrl": "urn:uuid:relatedperson-rp1",
   "resource": {
    "resourceType": "RelatedPerson",
    "id": "rp1",
    "patient": {
     "reference": "Patient/p1"
    },
    "relationship": [
     {
      "coding": [
       {
        "system": "http://terminology.hl7.org/CodeSystem/v2-0131",
        "code": "C"
       }
      ]
     }
    ],
    "name": [
     {
      "family": "Durand",
      "given": [
       "Léa"
      ]
     }
    ],
    "telecom": [
     {
      "system": "phone",
      "value": "+33 6 98 76 54 32"
     }
    ]
   }
  },
  {
   "fullUrl": "urn:uuid:careplan-cp1",
   "resource": {
    "resourceType": "CarePlan",
    "id": "cp1",
    "status": "active",
    "intent": "plan",
    "subject": {
     "reference": "Patient/p1"
    }
   }
  }
 ]
}
"""#

    /// The fixture as JSON objects, to change a value and write it back.
    static func recordJSON() -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any]
    }

    static func data(_ json: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: json)
    }

    /// The resource of the entry with this id, changed by `change`.
    static func changing(_ id: String, in json: [String: Any], _ change: (inout [String: Any]) -> Void)
        -> [String: Any]
    {
        var json = json
        var entries = json["entry"] as! [[String: Any]]
        for index in entries.indices {
            var resource = entries[index]["resource"] as! [String: Any]
            if resource["id"] as? String == id {
                change(&resource)
                entries[index]["resource"] = resource
            }
        }
        json["entry"] = entries
        return json
    }
}
