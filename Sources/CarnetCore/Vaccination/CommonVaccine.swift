/// Vaccines commonly given in France, to adults and in the children's calendar, offered by the
/// form that adds an entry: a choice fills in the diseases it protects against (a combined
/// vaccine, all of them). Any other vaccine can be typed.
public struct CommonVaccine: Sendable, Equatable {
    public var name: String
    /// Disease names as the card stores them.
    public var diseases: [String]
    public var requirement: Vaccination.Requirement

    public static let list: [CommonVaccine] = [
        CommonVaccine(
            name: "Revaxis", diseases: ["diphtheria", "tetanus", "poliomyelitis"], requirement: .recommended),
        CommonVaccine(
            name: "Boostrixtetra", diseases: ["diphtheria", "tetanus", "pertussis", "poliomyelitis"],
            requirement: .recommended),
        CommonVaccine(
            name: "Repevax", diseases: ["diphtheria", "tetanus", "pertussis", "poliomyelitis"],
            requirement: .recommended),
        CommonVaccine(name: "Vaxigrip Tetra", diseases: ["influenza"], requirement: .recommended),
        CommonVaccine(name: "Influvac Tetra", diseases: ["influenza"], requirement: .recommended),
        CommonVaccine(name: "Efluelda", diseases: ["influenza"], requirement: .recommended),
        CommonVaccine(name: "Comirnaty", diseases: ["COVID-19"], requirement: .recommended),
        CommonVaccine(name: "Spikevax", diseases: ["COVID-19"], requirement: .recommended),
        CommonVaccine(name: "Shingrix", diseases: ["shingles"], requirement: .recommended),
        CommonVaccine(name: "Prevenar 20", diseases: ["pneumococcus"], requirement: .recommended),
        CommonVaccine(name: "Abrysvo", diseases: ["RSV"], requirement: .recommended),
        CommonVaccine(name: "Engerix B", diseases: ["hepatitis B"], requirement: .recommended),
        CommonVaccine(name: "Havrix", diseases: ["hepatitis A"], requirement: .recommended),
        CommonVaccine(
            name: "M-M-RvaxPro", diseases: ["measles", "mumps", "rubella"], requirement: .recommended),
        CommonVaccine(name: "Gardasil 9", diseases: ["HPV"], requirement: .recommended),
        CommonVaccine(name: "Infanrix Hexa", diseases: hexavalent, requirement: .recommended),
        CommonVaccine(name: "Hexyon", diseases: hexavalent, requirement: .recommended),
        CommonVaccine(name: "Vaxelis", diseases: hexavalent, requirement: .recommended),
        CommonVaccine(
            name: "Tetravac-acellulaire", diseases: ["diphtheria", "tetanus", "pertussis", "poliomyelitis"],
            requirement: .recommended),
        CommonVaccine(name: "Prevenar 13", diseases: ["pneumococcus"], requirement: .recommended),
        CommonVaccine(name: "Vaxneuvance", diseases: ["pneumococcus"], requirement: .recommended),
        CommonVaccine(name: "Priorix", diseases: ["measles", "mumps", "rubella"], requirement: .recommended),
        CommonVaccine(name: "Bexsero", diseases: ["meningococcus B"], requirement: .recommended),
        CommonVaccine(name: "Nimenrix", diseases: meningococcalACWY, requirement: .recommended),
        CommonVaccine(name: "MenQuadfi", diseases: meningococcalACWY, requirement: .recommended),
        CommonVaccine(name: "NeisVac-C", diseases: ["meningococcus C"], requirement: .recommended),
        CommonVaccine(name: "Stamaril", diseases: ["yellow fever"], requirement: .recommended),
        CommonVaccine(name: "Typhim Vi", diseases: ["typhoid"], requirement: .recommended),
    ]

    private static let hexavalent = [
        "diphtheria", "tetanus", "pertussis", "poliomyelitis", "Hib", "hepatitis B",
    ]
    private static let meningococcalACWY = [
        "meningococcus A", "meningococcus C", "meningococcus W", "meningococcus Y",
    ]

    /// The common vaccine of this name, ignoring case.
    public static func named(_ name: String) -> CommonVaccine? {
        list.first {
            $0.name.caseInsensitiveCompare(name.trimmingCharacters(in: .whitespaces)) == .orderedSame
        }
    }
}
