import CarnetCore

/// A form: labelled fields filled in one after another, checked when accepted. Text fields
/// are typed into; a choice field opens a menu of its options. Each field can carry a
/// message in words saying what is wrong with it, and the form one from the record.
///
/// ```swift
/// var form = Form(title: "Add a document", fields: [
///     .init(label: "File", placeholder: "/path/to/file.pdf"),
///     .init(label: "Category", options: categories),
/// ], purpose: .addDocument)
/// ```
public struct Form: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var label: String
        /// The options of a choice field; empty for a text field.
        public var options: [Menu.Option]
        /// The typed text, or the chosen option's label.
        public var text = ""
        /// The chosen option's value; nil while none is chosen.
        public var value: String?
        /// Shown dimmed while the field is empty: an example, or what empty means.
        public var placeholder: String?
        /// What is wrong with the field, in words.
        public var error: String?

        /// A text field.
        public init(label: String, text: String = "", placeholder: String? = nil) {
            self.label = label
            self.options = []
            self.text = text
            self.placeholder = placeholder
        }

        /// A choice among options.
        public init(label: String, options: [Menu.Option], placeholder: String? = nil) {
            self.label = label
            self.options = options
            self.placeholder = placeholder
        }

        public var isChoice: Bool { !options.isEmpty }

        /// Takes an option as the field's value.
        mutating func choose(_ option: Menu.Option) {
            text = option.label
            value = option.value
            error = nil
        }
    }

    public var title: String
    public var fields: [Field]
    /// The field being edited.
    public var focus = 0
    public var purpose: FormPurpose
    /// Why the record refused the form as a whole, in words.
    public var message: String?
    /// What the keys do, when it differs from adding (a form that changes an entry saves).
    public var keysLine: String?

    public init(title: String, fields: [Field], purpose: FormPurpose) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
    }

    public var focused: Field { fields[focus] }

    /// A field's trimmed text.
    public func text(_ index: Int) -> String {
        fields[index].text.trimmingCharacters(in: .whitespaces)
    }

    /// Marks a field as wrong, or clears it with nil.
    mutating func flag(_ index: Int, _ error: String?) {
        fields[index].error = error
    }

    /// Whether every field passed its checks.
    public var isValid: Bool { fields.allSatisfy { $0.error == nil } }
}

/// What a form is for; `update` checks and acts on it when it is accepted.
public enum FormPurpose: Equatable, Sendable {
    case addDocument
    case addVaccination
    case addMeasurement
    /// An entry of a profile section: a new one, or changes to `editing`.
    case profileEntry(section: ProfileEntry.Section, editing: ProfileEntry?)
    /// A view module's form, named by the action that opened it.
    case module(ModuleAction)
}
