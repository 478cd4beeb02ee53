import CarnetCore
import Foundation

/// The record: where it is, who may read it, its schema and each patient's access history.
/// Read through `StoreLocation.inspect(file:)`, which writes nothing, not even a `-wal` file.
struct RecordChecks {
    let path: String
    let text: Catalog

    var findings: [DoctorFinding] {
        guard FileManager.default.fileExists(atPath: path) else {
            return [
                DoctorFinding(
                    check: .record, status: .problem, value: path, found: text[.doctorRecordMissing, path],
                    advice: text[.doctorRecordMissingAdvice])
            ]
        }
        return [.ok(.record, path, text[.doctorRecordFound, path])] + permissions + contents
    }

    // MARK: - Permissions

    /// The record and its `-wal` and `-shm` files must be private; carnet's own data folder too.
    private var permissions: [DoctorFinding] {
        var findings: [DoctorFinding] = []
        for file in [path, path + "-wal", path + "-shm"] {
            guard let mode = Self.mode(of: file), mode & 0o077 != 0 else { continue }
            findings.append(
                DoctorFinding(
                    check: .permissions, status: .problem, value: Self.octal(mode),
                    found: text[.doctorOpenFile, file, Self.octal(mode)],
                    advice: text[.doctorOpenFileAdvice, ShellWord.quoted(file)]))
        }
        // Only carnet's own folder: a record given with --db may well sit in /tmp.
        let folder = (path as NSString).deletingLastPathComponent
        if folder == DataPaths.dataDirectory(), let mode = Self.mode(of: folder), mode & 0o077 != 0 {
            findings.append(
                DoctorFinding(
                    check: .permissions, status: .warning, value: Self.octal(mode),
                    found: text[.doctorOpenFolder, folder, Self.octal(mode)],
                    advice: text[.doctorOpenFolderAdvice, ShellWord.quoted(folder)]))
        }
        let mode = Self.octal(Self.mode(of: path) ?? 0)
        if access(path, R_OK) != 0 {
            findings.append(
                DoctorFinding(
                    check: .permissions, status: .problem, value: mode,
                    found: text[.doctorUnreadable, path, mode],
                    advice: text[.doctorUnreadableAdvice, ShellWord.quoted(path)]))
        } else if access(path, W_OK) != 0 {
            findings.append(
                DoctorFinding(
                    check: .permissions, status: .warning, value: mode,
                    found: text[.doctorReadOnly, path, mode],
                    advice: text[.doctorReadOnlyAdvice, ShellWord.quoted(path)]))
        }
        return findings.isEmpty ? [.ok(.permissions, mode, text[.doctorPrivate, path, mode])] : findings
    }

    private static func mode(of path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    private static func octal(_ mode: mode_t) -> String {
        String(format: "%04o", UInt32(mode))
    }

    // MARK: - Schema and chains

    private var contents: [DoctorFinding] {
        let inspection: RecordInspection
        do {
            inspection = try StoreLocation.inspect(file: path)
        } catch let error as StoreError {
            let advice: Phrase =
                if case .notARecord = error { .doctorNotARecordAdvice } else { .doctorCannotOpenAdvice }
            return [
                DoctorFinding(
                    check: .schema, status: .problem, value: nil, found: error.message(text),
                    advice: text[advice])
            ]
        } catch {
            return [
                DoctorFinding(
                    check: .schema, status: .problem, value: nil, found: String(describing: error),
                    advice: text[.doctorCannotOpenAdvice])
            ]
        }
        return [schema(inspection)] + chains(inspection)
    }

    private func schema(_ inspection: RecordInspection) -> DoctorFinding {
        let version = String(inspection.schemaVersion)
        let current = String(StoreLocation.schemaVersion)
        return switch inspection.schema {
        case .current: .ok(.schema, version, text[.doctorSchemaCurrent, version])
        case .older:
            DoctorFinding(
                check: .schema, status: .warning, value: version,
                found: text[.doctorSchemaOlder, version, current],
                advice: text[.doctorSchemaOlderAdvice])
        case .newer:
            DoctorFinding(
                check: .schema, status: .problem, value: nil, found: text[.doctorSchemaNewer, current],
                advice: text[.doctorSchemaNewerAdvice])
        }
    }

    /// One line per patient, worded as `carnet log verify` words a break.
    private func chains(_ inspection: RecordInspection) -> [DoctorFinding] {
        guard inspection.schema == .current else { return [] }
        guard !inspection.chains.isEmpty else {
            return [
                DoctorFinding(
                    check: .chain, status: .warning, value: nil, found: text[.doctorNoPatient],
                    advice: text[.doctorRecordMissingAdvice])
            ]
        }
        return inspection.chains.map { chain in
            switch chain.report {
            case .intact(let events):
                return .ok(
                    .chain, "intact",
                    text[.doctorChainIntact, chain.patient.name, TextFormat(text.language).count(events)])
            case .broken(let event, let problem, _):
                return DoctorFinding(
                    check: .chain, status: .problem, value: "broken",
                    found: text[
                        .doctorChainBroken, chain.patient.name,
                        LogCommand.Verify.message(event, problem, text)],
                    advice: text[.doctorChainAdvice])
            }
        }
    }
}

/// A path as one shell word, so that advice can be pasted as it is.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "/._-+,:@%".unicodeScalars.contains($0)
        }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
