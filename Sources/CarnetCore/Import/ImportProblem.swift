import Foundation

/// What is wrong with one resource of an imported file, said where it is.
public enum ImportIssue: Error, Sendable, Equatable {
    case notJSON
    case notAnObject
    case noResourceType
    case unknownResourceType(String)
    /// A Bundle entry with no `resource` (a DELETE of a transaction, for instance).
    case noResource
    case lineTooLong(limit: Int)
    /// A required element of FHIR R4 is absent.
    case missing(String)
    /// An element has the wrong JSON type; `expected` in words (text, number, object, list).
    case wrongType(String, expected: String)
    case notANumber(String, String)
    case notADate(String, String)
    /// A code outside the element's value set.
    case notACode(String, String)
    case tooLong(String, limit: Int)
    case notBase64(String)
    /// A reference carnet needs and cannot find in the file or the record.
    case unresolved(String, String)
    /// Left out on purpose: a status such as not-done or entered-in-error.
    case leftOut(String, String)
    /// An attachment given by URL: not fetched.
    case notFetched(String, String)
    /// `pro import`: this profession may not add this.
    case notForProfession(String)
    case measurement(MeasurementError)
    case vaccination(VaccinationError)
    case file(DocumentFileError)
    case document(DocumentChangeError)
    case profile(ProfileError)
    /// A rule the database enforces (its own words).
    case refused(String)

    public func message(_ text: Catalog) -> String {
        let format = TextFormat(text.language)
        switch self {
        case .notJSON: return text[.importNotJSON]
        case .notAnObject: return text[.importNotAnObject]
        case .noResourceType: return text[.importNoResourceType]
        case .unknownResourceType(let type): return text[.importUnknownType, type]
        case .noResource: return text[.importNoResource]
        case .lineTooLong(let limit): return text[.importLineTooLong, text.fileSize(limit)]
        case .missing(let path): return text[.importMissing, path]
        case .wrongType(let path, let expected): return text[.importWrongType, path, expected]
        case .notANumber(let path, let value): return text[.importNotANumber, path, value]
        case .notADate(let path, let value): return text[.importNotADate, path, value]
        case .notACode(let path, let value): return text[.importNotACode, path, value]
        case .tooLong(let path, let limit): return text[.importTooLong, path, String(limit)]
        case .notBase64(let path): return text[.importNotBase64, path]
        case .unresolved(let path, let reference): return text[.importUnresolved, path, reference]
        case .leftOut(let path, let value): return text[.importLeftOut, path, value]
        case .notFetched(let path, let url): return text[.importNotFetched, path, url]
        case .notForProfession(let what): return text[.importNotForProfession, what]
        case .measurement(let error): return error.message(text, format)
        case .vaccination(let error): return error.message(text, format)
        case .file(let error): return error.message(text)
        case .document(let error): return error.message(text)
        case .profile(let error): return error.message(text, format)
        case .refused(let words): return words
        }
    }
}

/// One problem and where it is: `entry[12] (Observation/obs-12): valueQuantity.value "abc"
/// is not a number`.
public struct ImportProblem: Error, Sendable, Equatable {
    public var place: ResourcePlace
    /// `Type/id` of the resource, when it could be read.
    public var resource: String?
    public var issue: ImportIssue

    public init(place: ResourcePlace, resource: String?, issue: ImportIssue) {
        self.place = place
        self.resource = resource
        self.issue = issue
    }

    public func message(_ text: Catalog) -> String {
        let here = place.description + (resource.map { " (\($0))" } ?? "")
        return here + ": " + issue.message(text)
    }
}

/// Why an import wrote nothing.
public enum ImportFailure: Error, Sendable, Equatable {
    public enum FileProblem: Sendable, Equatable {
        case notFound, unreadable, empty, notFHIR
        case malformed(offset: Int)
        case tooDeep(offset: Int)
        case tooLarge(size: Int, limit: Int)
        case bundleType(String)
    }

    case file(String, FileProblem)
    case resource(ResourcePlace, String?, ImportIssue)
    /// Every problem found; nothing was written.
    case problems([ImportProblem])
    /// The file's patient is not the record's.
    case otherPerson(file: String, record: String)
    case severalPatients([String])
    /// No record at the path, and no Patient in the file to create one from.
    case noPatientToCreate(path: String)

    public func message(_ text: Catalog) -> String {
        switch self {
        case .file(let name, let problem):
            let reason =
                switch problem {
                case .notFound: text[.importFileNotFound]
                case .unreadable: text[.importFileUnreadable]
                case .empty: text[.importFileEmpty]
                case .notFHIR: text[.importFileNotFHIR]
                case .malformed(let offset): text[.importFileMalformed, String(offset)]
                case .tooDeep(let offset): text[.importFileTooDeep, String(offset), String(JSONSkimmer.maximumDepth)]
                case .tooLarge(let size, let limit):
                    text[.importFileTooLarge, text.fileSize(size), text.fileSize(limit)]
                case .bundleType(let type): text[.importBundleType, type]
                }
            return name + ": " + reason
        case .resource(let place, let resource, let issue):
            return ImportProblem(place: place, resource: resource, issue: issue).message(text)
        case .problems(let problems):
            return text[.importProblems, String(problems.count)] + "\n"
                + problems.map { "  " + $0.message(text) }.joined(separator: "\n")
        case .otherPerson(let file, let record): return text[.importOtherPerson, file, record]
        case .severalPatients(let names): return text[.importSeveralPatients, names.joined(separator: ", ")]
        case .noPatientToCreate(let path): return text[.importNoPatient, path]
        }
    }
}
