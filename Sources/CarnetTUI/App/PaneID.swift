/// The five panes of the record, in tab order (their digit is their position plus one).
public enum PaneID: Int, CaseIterable, Sendable {
    case documents, vaccinations, measurements, profile, accessHistory

    public var title: String {
        switch self {
        case .documents: "Documents"
        case .vaccinations: "Vaccinations"
        case .measurements: "Measurements"
        case .profile: "Profile"
        case .accessHistory: "Access history"
        }
    }

    /// A shorter title for narrow windows.
    public var shortTitle: String {
        switch self {
        case .documents: "Docs"
        case .vaccinations: "Vaccines"
        case .measurements: "Measures"
        case .profile: "Profile"
        case .accessHistory: "History"
        }
    }

    /// The pane after this one, wrapping around.
    var next: PaneID { PaneID(rawValue: (rawValue + 1) % Self.allCases.count)! }
    var previous: PaneID {
        PaneID(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)!
    }
}
