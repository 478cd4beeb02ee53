/// The people of the demo record. Every name, number and phone is fictitious; RPPS numbers
/// start with 1000000, FINESS numbers with 99 (a département that does not exist), phones use
/// the 06 39 98 range set aside for fiction.
public enum DemoCast {
    public static let patient = NewPatient(
        name: "Camille Durand", birthDate: "1981-03-14", ins: "281037511234546")

    public static let treatingDoctor = Professional(
        rpps: "10000000001", name: "Dr Claire Martin", profession: .physician,
        specialty: "general practice")
    public static let pharmacist = Professional(
        rpps: "10000000002", name: "Julien Bernard", profession: .pharmacist)
    public static let cardiologist = Professional(
        rpps: "10000000003", name: "Dr Sophie Lefèvre", profession: .physician,
        specialty: "cardiology")
    public static let physiotherapist = Professional(
        rpps: "10000000004", name: "Marc Dubois", profession: .physiotherapist)
    /// The professional the patient blocked.
    public static let blocked = Professional(
        rpps: "10000000005", name: "Dr Paul Moreau", profession: .physician,
        specialty: "dermatology")
    /// Known to the record, with no decision either way.
    public static let nurse = Professional(
        rpps: "10000000006", name: "Inès Petit", profession: .nurse)
    /// The SAMU regulating doctor of the emergency access.
    public static let samuDoctor = Professional(
        rpps: "10000000007", name: "Dr Hugo Lambert", profession: .physician,
        specialty: "emergency medicine", samuRegulation: true)

    public static let hospital = Establishment(
        finess: "990000010", name: "Centre hospitalier de Valmont", kind: .hospital)
    public static let laboratory = Establishment(
        finess: "990000028", name: "Laboratoire BioValmont", kind: .laboratory)

    public static let professionals = [
        treatingDoctor, pharmacist, cardiologist, physiotherapist, blocked, nurse, samuDoctor,
    ]
    public static let establishments = [hospital, laboratory]
    public static let authorized = [
        treatingDoctor.rpps, pharmacist.rpps, cardiologist.rpps, physiotherapist.rpps,
        hospital.finess, laboratory.finess,
    ]
}
