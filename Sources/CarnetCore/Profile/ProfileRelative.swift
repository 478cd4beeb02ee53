import Foundation

extension ProfileEntry {
    /// The relatives family history names. The record stores the raw value; an entry
    /// imported with another word keeps it and shows it as written.
    public enum Relative: String, CaseIterable, Sendable {
        case mother, father, sister, brother, daughter, son
        case grandmother, grandfather, aunt, uncle, cousin, other

        /// A relative named by its raw value or its word in either language, as typed on
        /// the command line ("mother", "Mère", "grand-père").
        public init?(typed: String) {
            let key = Self.fold(typed)
            guard
                let found = Self.allCases.first(where: { relative in
                    [relative.rawValue, relative.label(Catalog(.en)), relative.label(Catalog(.fr))]
                        .contains { Self.fold($0) == key }
                })
            else { return nil }
            self = found
        }

        private static func fold(_ text: String) -> String {
            text.trimmingCharacters(in: .whitespaces)
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
    }
}
