import CarnetCore

/// Something shown whole over a pane: an access event, a document. Labelled fields, then a
/// body of paragraphs wrapped to the window's width, scrolled a line at a time.
public struct TextPage: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        /// The label as shown, with its punctuation ("When:", "Quand :").
        public var label: String
        /// Untrusted text: sanitised when drawn.
        public var value: String
        /// A role that marks the field (a broken chain, an emergency access).
        public var emphasis: Style.Role?

        public init(_ label: String, _ value: String, emphasis: Style.Role? = nil) {
            self.label = label
            self.value = value
            self.emphasis = emphasis
        }
    }

    /// What the page shows, so that an answer arriving later (a chain verification) finds it.
    public enum Subject: Equatable, Sendable {
        case accessEvent(AccessEvent, targetName: String?)
        case vaccination(Vaccination)
        /// A document's version, with every version to choose from.
        case document(id: Int64, title: String, versions: [DocumentVersionInfo], shown: Int)
        /// The summary of work done (an import's report, an export's).
        case summary
    }

    public var title: String
    public var fields: [Field]
    /// Paragraphs; an empty one is a blank line.
    public var body: [String]
    public var subject: Subject
    /// The first line shown.
    public var top = 0
    /// The last text looked for with `/`, found again with `n`.
    public var sought: String?
    /// The line last found, where the cursor goes while it is on screen.
    public var mark: Int?
    /// The lines laid out at the window's width, kept so that scrolling a long document
    /// does not wrap it again at every key.
    private var layout: Layout?

    /// Lines derived from the page's other fields: equal pages have equal layouts, so the
    /// cache takes no part in comparing them.
    private struct Layout: Equatable, Sendable {
        var width: Int
        var lines: [Line]

        static func == (_: Layout, _: Layout) -> Bool { true }
    }

    public init(title: String, fields: [Field], body: [String] = [], subject: Subject) {
        self.title = title
        self.fields = fields
        self.body = body
        self.subject = subject
    }

    /// A line of the page as drawn.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var style: Style
    }

    /// Every line at a width: the fields ("Label: value", wrapped under their value), a
    /// blank line, then the body wrapped.
    public func lines(width: Int) -> [Line] {
        let width = max(10, width)
        if let layout, layout.width == width { return layout.lines }
        return wrap(width: width)
    }

    /// Lays the page out at a width, once, for the views and keys that follow.
    mutating func layOut(width: Int) {
        let width = max(10, width)
        if layout?.width != width { layout = Layout(width: width, lines: wrap(width: width)) }
    }

    private func wrap(width: Int) -> [Line] {
        var lines: [Line] = []
        let labelWidth = min(width / 2, (fields.map { TextWidth.width(of: $0.label) }.max() ?? 0) + 1)
        for field in fields {
            let style = field.emphasis.map { Style($0, [.bold]) } ?? .normal
            let wrapped = TextWrap.wrap(field.value, width: width - labelWidth)
            for (index, part) in wrapped.enumerated() {
                let label =
                    index == 0
                    ? TextWidth.pad(field.label, to: labelWidth)
                    : String(repeating: " ", count: labelWidth)
                lines.append(Line(text: label + part, style: style))
            }
        }
        if !body.isEmpty {
            lines.append(Line(text: "", style: .normal))
            for paragraph in body {
                for part in TextWrap.wrap(paragraph, width: width) {
                    lines.append(Line(text: part, style: .normal))
                }
            }
        }
        return lines
    }

    /// Scrolls so that `line` is the first shown, within the page.
    mutating func scroll(to line: Int, width: Int, height: Int) {
        layOut(width: width)
        let count = lines(width: width).count
        top = max(0, min(line, count - max(1, height)))
        mark = nil
    }

    /// The first line at or after `start` (wrapping around) that holds `text`, ignoring case.
    func line(holding text: String, from start: Int, width: Int) -> Int? {
        let all = lines(width: width)
        guard !text.isEmpty, !all.isEmpty else { return nil }
        for step in 0..<all.count {
            let index = (start + step) % all.count
            if all[index].text.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil {
                return index
            }
        }
        return nil
    }
}
