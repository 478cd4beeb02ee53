import CarnetCore

extension PaneID {
    public static let vaccinations = PaneID("vaccinations")
}

/// The Vaccinations pane's own state: the disease the card is filtered on, and what the
/// calendar asks for once read.
struct VaccinationsState: PaneState {
    var disease: String?
    var due: [DueLine]?
}

extension AppState {
    /// The disease the vaccination card is filtered on, if any.
    public var vaccinationDisease: String? {
        get { panes[VaccinationsState.self].disease }
        set { panes[VaccinationsState.self].disease = newValue }
    }
    /// What the vaccination calendar asks for, once read.
    public var vaccinationsDue: [DueLine]? {
        get { panes[VaccinationsState.self].due }
        set { panes[VaccinationsState.self].due = newValue }
    }
}

/// The vaccination card; with a disease, only the lines against it.
struct VaccinationList: PaneList {
    var disease: String?

    var description: String { "vaccinations(disease: \(disease ?? "nil"))" }

    func describe(_ text: Catalog) -> ListDescription { VaccinationsPane.list(text) }

    func headingDetail(_ text: Catalog, _ format: TextFormat) -> String? {
        disease.map { VaccinationsPane.describe($0, text) }
    }

    func bindings(_ state: AppState) -> [KeyBinding] { KeyMap.listKeys(with: KeyMap.vaccinationKeys) }

    func linearCommands(_ text: Catalog) -> String { text[.linearVaccinationCommands] }

    var unfiltered: ListID { .vaccinations() }

    func count(in record: StoreSource) throws -> Int {
        try record.store.vaccinationCount(of: record.patient, disease: disease)
    }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        try record.store.vaccinations(of: record.patient, disease: disease, page: request, limit: limit).map {
            VaccinationsPane.row($0, record.text, record.format)
        }
    }

    func position(of key: PageKey, in record: StoreSource) throws -> Int? {
        try record.store.vaccinationPosition(of: key, patient: record.patient, disease: disease)
    }
}

extension ListID {
    /// The vaccination card; with a disease, only the lines against it.
    public static func vaccinations(disease: String? = nil) -> ListID {
        ListID(VaccinationList(disease: disease))
    }
    /// Whether it is the vaccination card, filtered or not.
    var isVaccinationCard: Bool { self.as(VaccinationList.self) != nil }
}

extension VaccinationsPane: PaneModule {
    static var id: PaneID { .vaccinations }
    static func title(_ text: Catalog) -> String { text[.paneVaccinations] }
    static func shortTitle(_ text: Catalog) -> String { text[.shortVaccinations] }

    static func currentList(_ state: AppState) -> ListID { .vaccinations(disease: state.vaccinationDisease) }

    static func linesAboveList(_ state: AppState) -> [DueLine] { state.vaccinationsDue ?? [] }

    static func loadVisible(_ state: inout AppState, list: [Effect]) -> [Effect] {
        state.vaccinationsDue == nil ? [.loadDue] + list : list
    }

    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .filterDisease:
            return [.loadDiseases]
        case .addVaccination:
            state.form = VaccinationsPane.addForm(state.text)
            state.announcement = state.text[.announceFormOpened, state.text[.formAddVaccination]]
            return []
        case .clearFilter:
            state.vaccinationDisease = nil
            state.announcement = VaccinationsPane.describe(nil, state.text)
            return Update.loadVisible(&state)
        default:
            return nil
        }
    }
}
