import CarnetCore
import Foundation

extension PostgresTransaction {
    /// Many readings in one `COPY`: one round trip for the batch, the reading counts and the
    /// daily roll-up kept by the table's statement triggers in one pass.
    func addMeasurements(_ measurements: [NewMeasurement], patient: Int64) throws {
        var rows = PostgresCopyRows()
        for measurement in measurements {
            try measurement.checkStorable()
            let type = measurement.type
            rows.add([
                String(patient), type.code, String(measurement.value), type.unit,
                String(measurement.at.unixSeconds), measurement.source.rawValue,
            ])
        }
        try session.copy(
            into: "measurement", columns: ["patientId", "code", "value", "unit", "at", "source"], rows: rows)
    }
}
