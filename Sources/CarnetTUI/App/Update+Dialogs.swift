import CarnetCore

/// Keys while a dialog or a text page has them: a question, a menu, a typed line, a page.
extension Update {
    /// Typing into the prompt: printable characters, Backspace, Ctrl-U. Returns whether the
    /// key was taken as typing.
    static func edit(_ key: Key, _ state: inout AppState) -> Bool {
        switch key {
        case .char(let character)
        where !character.isNewline && character.asciiValue.map({ $0 >= 32 }) ?? true:
            state.prompt?.text.append(character)
        case .backspace:
            guard state.prompt?.text.isEmpty == false else { return true }
            state.prompt?.text.removeLast()
        case .ctrl("u"):
            state.prompt?.text = ""
        default:
            return false
        }
        return true
    }

    /// Yes or no to the pending change.
    static func answer(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard let confirmation = state.confirmation else { return [] }
        switch action {
        case .confirm:
            state.confirmation = nil
            if let job = confirmation.job { return start(job, &state) }
            return confirmation.change.map { [.apply($0)] } ?? []
        case .cancel:
            state.confirmation = nil
            say(state.text[.nothingChanged], &state)
        default:
            break
        }
        return []
    }

    static func moveInMenu(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard var menu = state.menu else { return [] }
        let last = menu.options.count - 1
        switch action {
        case .up: menu.focus -= 1
        case .down: menu.focus += 1
        case .pageUp, .first: menu.focus = 0
        case .last: menu.focus = last
        case .cancel:
            state.menu = nil
            state.announcement = state.text[.announceMenuClosed]
            return []
        case .choose:
            state.menu = nil
            return chose(menu.options[menu.focus], for: menu.purpose, &state)
        default: break
        }
        menu.focus = min(max(0, menu.focus), last)
        state.menu = menu
        return []
    }

    /// Enter or Esc on the typed line.
    static func submit(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard let prompt = state.prompt else { return [] }
        switch action {
        case .cancel:
            if prompt.purpose == .documentSearch { return cancelSearch(&state) }
            state.prompt = nil
            state.announcement = state.text[.announceMenuClosed]
            return []
        case .submit:
            state.prompt = nil
            return typed(prompt.text, for: prompt.purpose, &state)
        default:
            return []
        }
    }

    /// What a typed line asks for.
    static func typed(_ text: String, for purpose: PromptPurpose, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case .historySince, .historyUntil:
            return typedHistoryDate(text, for: purpose, &state)
        case .findInPage:
            state.page?.sought = text.isEmpty ? nil : text
            findInPage(from: state.page?.top ?? 0, &state)
            return []
        case .documentSearch:
            return keepSearch(&state)
        }
    }

    /// Keys on a text page; nil for keys the page leaves to the pane (switching panes).
    static func moveInPage(_ action: Action, _ state: inout AppState) -> [Effect]? {
        guard var page = state.page else { return nil }
        let width = state.pageWidth
        let height = state.pageHeight
        switch action {
        case .up: page.scroll(to: page.top - 1, width: width, height: height)
        case .down: page.scroll(to: page.top + 1, width: width, height: height)
        case .pageUp: page.scroll(to: page.top - height, width: width, height: height)
        case .pageDown: page.scroll(to: page.top + height, width: width, height: height)
        case .first: page.scroll(to: 0, width: width, height: height)
        case .last: page.scroll(to: Int.max / 2, width: width, height: height)
        case .back:
            state.page = nil
            state.announcement = state.text[.announceBack]
            return loadVisible(&state)
        case .find:
            state.prompt = Prompt(
                label: state.text[.findPrompt], text: page.sought ?? "", purpose: .findInPage)
            state.announcement = state.text[.findPrompt]
            return []
        case .findNext:
            findInPage(from: page.top + 1, &state)
            return []
        case .showVersions:
            return showVersions(&state)
        case .help, .quit, .nextPane, .previousPane, .showPane:
            return nil
        default:
            return []
        }
        state.page = page
        return []
    }

    /// Scrolls the page to the next line holding the sought text, from `start`.
    static func findInPage(from start: Int, _ state: inout AppState) {
        guard var page = state.page, let sought = page.sought else { return }
        guard let line = page.line(holding: sought, from: start, width: state.pageWidth) else {
            say(state.text[.notFound, sought], &state)
            return
        }
        page.scroll(to: line, width: state.pageWidth, height: state.pageHeight)
        page.mark = line
        state.page = page
        state.announcement = page.lines(width: state.pageWidth)[line].text
    }
}
