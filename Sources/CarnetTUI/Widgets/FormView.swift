import CarnetCore

/// A form drawn as a box over the pane (or, in screen-reader mode, as plain lines): one
/// line per field, "Label: text", its error in words below it, the record's message and
/// the keys at the bottom. The cursor sits after the focused field's text, where typing goes.
enum FormView {
    static func render(_ form: Form, _ text: Catalog, into screen: inout Screen) -> (row: Int, col: Int) {
        let inner = min(screen.cols - 2, 64) - 4
        let labelWidth = min(inner / 2, (form.fields.map { TextWidth.width(of: $0.label) }.max() ?? 0) + 2)
        var lines: [(text: String, style: Style)] = []
        var fieldLine: [Int] = []
        var cursorColumn: [Int] = []
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let label = TextWidth.pad(field.label + ":", to: labelWidth)
            // One column is kept for the cursor after the text.
            let room = max(1, inner - labelWidth - 2)
            let (shown, end) = visible(field, focused: focused, room: room, text)
            fieldLine.append(lines.count)
            cursorColumn.append(labelWidth + end)
            lines.append((label + shown, focused ? Style(.focus, [.reverse]) : Style(.selection)))
            if let error = field.error {
                for part in TextWrap.wrap(error, width: max(1, inner - labelWidth)) {
                    lines.append((String(repeating: " ", count: labelWidth) + part, Style(.alert, [.bold])))
                }
            }
        }
        lines.append(("", Style(.selection)))
        if let message = form.message {
            for part in TextWrap.wrap(message, width: inner) { lines.append((part, Style(.alert, [.bold]))) }
        }
        for part in TextWrap.wrap(form.keysLine ?? text[.formKeys], width: inner) {
            lines.append((part, Style(.selection)))
        }
        let origin = DialogView.box(form.title, lines, into: &screen)
        return (origin.row + fieldLine[form.focus], origin.col + min(cursorColumn[form.focus], inner - 1))
    }

    /// Screen-reader mode: the title, then "File, field 1 of 4: /tmp/x" lines (errors on
    /// their own lines), from `row`; the cursor after the focused field's text.
    static func renderSpoken(_ form: Form, _ text: Catalog, into screen: inout Screen, row: Int) -> (
        row: Int, col: Int
    ) {
        screen.write(form.title, row: row, col: 0, style: .heading)
        var line = row + 1
        var cursor = (row: line, col: 0)
        for index in form.fields.indices {
            let words = spoken(form, field: index, text)
            let focused = index == form.focus
            let end = screen.write(
                words, row: line, col: 0, style: focused ? Style(.focus, [.reverse]) : .normal)
            if focused { cursor = (line, min(end, screen.cols - 1)) }
            line += 1
            if let error = form.fields[index].error {
                screen.write(error, row: line, col: 0, style: Style(.alert, [.bold]))
                line += 1
            }
        }
        if let message = form.message {
            screen.write(message, row: line, col: 0, style: Style(.alert, [.bold]))
        }
        return cursor
    }

    /// A field in words: "Title, field 3 of 4: Bilan sanguin"; a choice field adds how to
    /// choose. Ends with the text, so that the cursor after it is where typing goes.
    static func spoken(_ form: Form, field index: Int, _ text: Catalog) -> String {
        let field = form.fields[index]
        let label = field.isChoice ? field.label + " (" + text[.formChoose] + ")" : field.label
        return text[
            .formFieldSpoken, label, String(index + 1), String(form.fields.count),
            field.text.isEmpty ? (field.placeholder ?? "") : field.text]
    }

    /// What a field's line shows after its label, and the column after its text. A long
    /// text shows its end, where typing goes; an empty one its placeholder.
    private static func visible(_ field: Form.Field, focused: Bool, room: Int, _ text: Catalog) -> (
        String, Int
    ) {
        if field.text.isEmpty {
            let placeholder = field.placeholder ?? (field.isChoice ? "—" : "")
            let hint = field.isChoice && focused ? placeholder + "  (" + text[.formChoose] + ")" : placeholder
            return (" " + TextWidth.truncate(hint, to: room), 1)
        }
        var shown = field.text
        if TextWidth.width(of: shown) > room {
            while TextWidth.width(of: shown) > room - 1 { shown.removeFirst() }
            shown = "…" + shown
        }
        let end = 1 + TextWidth.width(of: shown)
        if field.isChoice && focused {
            return (" " + shown + "  (" + text[.formChoose] + ")", end)
        }
        return (" " + shown, end)
    }
}
