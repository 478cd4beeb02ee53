import CarnetCore

extension PaneID {
    public static let measurements = PaneID("measurements")
}

/// The Measurements pane's own state: the kind opened, and each opened kind's summary and
/// chart once read.
struct MeasurementsState: PaneState {
    var opened: MeasurementType?
    var summaries: [MeasurementType: String] = [:]
    var charts: [MeasurementType: ChartState] = [:]
}

extension AppState {
    /// The kind of measurement opened in the Measurements pane, if any.
    public var openedMeasurement: MeasurementType? {
        get { panes[MeasurementsState.self].opened }
        set { panes[MeasurementsState.self].opened = newValue }
    }
    /// Each opened kind of measurement's summary sentence, once read.
    public var summaries: [MeasurementType: String] {
        get { panes[MeasurementsState.self].summaries }
        set { panes[MeasurementsState.self].summaries = newValue }
    }
    /// Each opened kind of measurement's chart: its range, cursor and buckets.
    public var charts: [MeasurementType: ChartState] {
        get { panes[MeasurementsState.self].charts }
        set { panes[MeasurementsState.self].charts = newValue }
    }
}

/// The kinds of measurement the record holds, with their latest value (read whole), or
/// the readings of one kind, newest first.
enum MeasurementList: PaneList {
    case kinds
    case readings(MeasurementType)

    var description: String {
        switch self {
        case .kinds: "measurementTypes"
        case .readings(let type): "readings(\(type))"
        }
    }

    func describe(_ text: Catalog) -> ListDescription {
        switch self {
        case .kinds: MeasurementsPane.typesList(text)
        case .readings(let type): MeasurementsPane.readingsList(type, text)
        }
    }

    func bindings(_ state: AppState) -> [KeyBinding] {
        switch self {
        case .kinds:
            KeyMap.listKeys(with: [
                KeyBinding(
                    [.enter, .right, .char("l")], "Enter", .open, .keyOpenReadings, status: .statusOpen),
                KeyMap.addMeasurementKey,
            ])
        case .readings where state.chartLayout != nil:
            KeyMap.chartKeys(focused: state.chartFocused)
        case .readings:
            KeyMap.listKeys(with: [
                KeyBinding(
                    [.escape, .left, .char("h"), .backspace], "Esc", .back, .keyBack, status: .statusBack),
                KeyMap.addMeasurementKey,
            ])
        }
    }

    func linearCommands(_ text: Catalog) -> String { text[.linearMeasureCommands] }

    func count(in record: StoreSource) throws -> Int {
        switch self {
        case .kinds: try record.store.measurementOverview(of: record.patient).count
        case .readings(let type):
            // A blood pressure is one row: count its systolic values.
            try record.store.measurementCount(
                of: record.patient, type: type == .bloodPressure ? .systolic : type)
        }
    }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        let (store, patient, text, format) = (record.store, record.patient, record.text, record.format)
        switch self {
        case .kinds:
            // A short list (one row per kind): read whole.
            guard request == .first else { return [] }
            return try store.measurementOverview(of: patient).map {
                MeasurementsPane.row(
                    $0, try store.measurementSummary(of: patient, type: $0.type), text, format)
            }
        case .readings(.bloodPressure):
            return try store.bloodPressures(of: patient, page: request, limit: limit).map {
                MeasurementsPane.row($0, text, format)
            }
        case .readings(let type):
            return try store.measurements(of: patient, type: type, page: request, limit: limit).map {
                MeasurementsPane.row(
                    $0, text, format,
                    growth: GrowthAssessment($0, birthDate: record.birthDate, sex: record.sex))
            }
        }
    }

    func position(of key: PageKey, in record: StoreSource) throws -> Int? {
        guard case .readings(let type) = self else { return nil }
        return try record.store.measurementPosition(of: key, patient: record.patient, type: type)
    }
}

extension ListID {
    /// The kinds of measurement the record holds, with their latest value.
    public static let measurementTypes = ListID(MeasurementList.kinds)
    /// The readings of one kind, newest first.
    public static func readings(_ type: MeasurementType) -> ListID { ListID(MeasurementList.readings(type)) }

    /// The kind whose readings it is, if it is a kind's readings.
    var measurementType: MeasurementType? {
        if case .readings(let type)? = self.as(MeasurementList.self) { type } else { nil }
    }
}

extension MeasurementsPane: PaneModule {
    static var id: PaneID { .measurements }
    static func title(_ text: Catalog) -> String { text[.paneMeasurements] }
    static func shortTitle(_ text: Catalog) -> String { text[.shortMeasurements] }

    static func currentList(_ state: AppState) -> ListID {
        state.openedMeasurement.map(ListID.readings) ?? .measurementTypes
    }

    static func linesAboveList(_ state: AppState) -> [DueLine] {
        guard let type = state.openedMeasurement, let summary = state.summaries[type] else { return [] }
        return [DueLine(summary, isDue: false)]
    }

    static func loadVisible(_ state: inout AppState, list: [Effect]) -> [Effect] {
        if let type = state.openedMeasurement, state.summaries[type] == nil {
            // The list first: its answer asks again for what is still missing, and a summary
            // asked twice costs less than a count and a page read twice.
            return list + [.loadSummary(type)] + Update.loadChart(&state)
        }
        return Update.loadChart(&state) + list
    }

    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .open:
            let list = state.current
            guard let type = list.row(at: list.focus)?.opens?.measurementType else { return nil }
            state.openedMeasurement = type
            state.announcement = state.text[.announceReadingsOpened, type.label(state.text)]
        case .back:
            state.openedMeasurement = nil
            state.announcement = state.text[.announceBack]
        case .addMeasurement:
            return Update.openMeasurementForm(&state)
        default:
            return nil
        }
        return Update.loadVisible(&state)
    }
}
