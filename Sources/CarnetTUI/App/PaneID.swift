import CarnetCore

/// The five panes of the record, in tab order (their digit is their position plus one).
public enum PaneID: Int, CaseIterable, Sendable {
    case documents, vaccinations, measurements, profile, accessHistory

    public func title(_ text: Catalog) -> String {
        switch self {
        case .documents: text[.paneDocuments]
        case .vaccinations: text[.paneVaccinations]
        case .measurements: text[.paneMeasurements]
        case .profile: text[.paneProfile]
        case .accessHistory: text[.paneAccessHistory]
        }
    }

    /// A shorter title for narrow windows.
    public func shortTitle(_ text: Catalog) -> String {
        switch self {
        case .documents: text[.shortDocuments]
        case .vaccinations: text[.shortVaccinations]
        case .measurements: text[.shortMeasurements]
        case .profile: text[.shortProfile]
        case .accessHistory: text[.shortAccessHistory]
        }
    }

    /// The pane after this one, wrapping around.
    var next: PaneID { PaneID(rawValue: (rawValue + 1) % Self.allCases.count)! }
    var previous: PaneID {
        PaneID(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)!
    }
}
