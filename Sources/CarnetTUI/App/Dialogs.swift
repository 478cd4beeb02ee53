import CarnetCore
import Foundation

/// A yes/no question before a change: the change is written (or the work run) only on yes.
/// The question says in words what will change.
public struct Confirmation: Equatable, Sendable {
    public var question: String
    public var change: RecordChange?
    /// Work to run on yes instead (an export replacing a file).
    public var job: RecordJob?

    public init(question: String, change: RecordChange) {
        self.question = question
        self.change = change
    }

    public init(question: String, job: RecordJob) {
        self.question = question
        self.job = job
    }
}

/// A line of text being typed: a date, a search.
public struct Prompt: Equatable, Sendable {
    /// What to type, said before the text ("Since (date):").
    public var label: String
    public var text = ""
    public var purpose: PromptPurpose
    /// Why the last Enter was refused, shown above the line until the text is accepted.
    public var error: String?

    public init(label: String, text: String = "", purpose: PromptPurpose, error: String? = nil) {
        self.label = label
        self.text = text
        self.purpose = purpose
        self.error = error
    }
}

/// What a typed line is for; `update` acts on it when Enter is pressed.
public enum PromptPurpose: Equatable, Sendable {
    /// The start of the access history's date range.
    case historySince
    /// The end of the access history's date range, after its start.
    case historyUntil(since: Date?)
    /// A word to find in the opened text.
    case findInPage
    /// Words to find in the documents, the list following each key.
    case documentSearch
}

/// A choice among a few options (a filter's values): a short list over the pane.
public struct Menu: Equatable, Sendable {
    public struct Option: Equatable, Sendable {
        public var label: String
        /// What choosing it means, read by the menu's purpose (nil: no restriction).
        public var value: String?
        /// A shorter name for it, to say the choice in a heading ("Dr Martin").
        public var shortLabel: String

        public init(_ label: String, value: String?, shortLabel: String? = nil) {
            self.label = label
            self.value = value
            self.shortLabel = shortLabel ?? label
        }
    }

    public var title: String
    public var options: [Option]
    public var focus = 0
    public var purpose: MenuPurpose

    public init(title: String, options: [Option], focus: Int = 0, purpose: MenuPurpose) {
        self.title = title
        self.options = options
        self.focus = focus
        self.purpose = purpose
    }
}

/// What a menu chooses.
public enum MenuPurpose: Equatable, Sendable {
    /// The actor the access history shows (value: an actor id).
    case historyActor
    /// The action the access history shows (value: an `AccessAction` raw value).
    case historyAction
    /// Which notifications show a banner (value: a `BannerTopic` raw value).
    case banners
    /// The disease the vaccination card shows (value: the disease as the card names it).
    case vaccinationDisease
    /// The category the Documents pane shows (value: a DMP code).
    case documentCategory
    /// A version of an opened document (value: its number).
    case documentVersion(id: Int64)
    /// The option of a form's choice field.
    case formChoice(field: Int)
    /// The record to open (value: its id).
    case record
}
