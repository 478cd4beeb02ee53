import CarnetCore

/// What the top of the overlay stack decides, for each kind, in one place: which keys apply,
/// what an action does, what is drawn and what a screen reader hears. Below it, the pane.
extension KeyMap {
    /// The keys of the overlay on top; nil when the pane has the keys.
    static func overlayBindings(for state: AppState) -> [KeyBinding]? {
        switch state.topOverlay {
        case nil, .lock?: nil
        case .confirmation?: confirmKeys
        case .menu?: menuKeys
        case .form?: formKeys
        case .prompt?: promptKeys
        case .help?: helpKeys
        case .page(let page)?: pageKeys + documentPageKeys(page) + paneKeys
        }
    }

    /// Whether the digits 1 to 5 go to a pane: not while help or a dialog has the keys.
    static func digitsShowPanes(_ state: AppState) -> Bool {
        switch state.topOverlay {
        case nil, .page?: true
        case .help?, .prompt?, .menu?, .confirmation?, .form?, .lock?: false
        }
    }
}

extension Update {
    /// What an action does to the overlay on top; nil when it is the pane's to do (no
    /// overlay, or a key a page leaves to the pane, such as switching panes).
    static func performOnTop(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch state.topOverlay {
        case nil, .lock?: nil
        case .confirmation?: answer(action, &state)
        case .menu?: moveInMenu(action, &state)
        case .form?: moveInForm(action, &state)
        case .prompt?: submit(action, &state)
        case .help?: moveInHelp(action, &state)
        case .page?: moveInPage(action, &state)
        }
    }

    /// A key typed into the overlay on top (a prompt, a form's field); whether it was taken.
    static func typeIntoTop(_ key: Key, _ state: inout AppState) -> Bool {
        switch state.topOverlay {
        case .prompt?: edit(key, &state)
        case .form?: editForm(key, &state)
        default: false
        }
    }
}

extension AppView {
    /// Draws the overlays from the bottom up: help or a page in the body, dialogs over it.
    /// Returns whether the pane's body is covered (then the pane is not drawn beneath).
    static func drawCover(_ state: AppState, _ layout: ScreenLayout, into screen: inout Screen) -> Bool {
        let text = state.text
        switch state.cover {
        case .help?:
            screen.cursor = HelpView.render(
                title: state.pane.title(text), keys: KeyMap.helpLines(for: state), text,
                focus: state.helpFocus, into: &screen,
                area: layout.headingAndBody)
        case .page(let page)?:
            screen.write(page.title, row: layout.heading.row, col: 0, style: Style(.heading, [.bold]))
            screen.cursor = TextPageView.render(page, into: &screen, area: layout.body)
        default:
            return false
        }
        return true
    }

    static func drawDialogs(_ state: AppState, _ layout: ScreenLayout, into screen: inout Screen) {
        for overlay in state.overlays {
            switch overlay {
            case .form(let form):
                screen.cursor = FormView.render(form, state.text, into: &screen)
            case .menu(let menu):
                screen.cursor = DialogView.menu(menu, into: &screen)
            case .confirmation(let confirmation):
                screen.cursor = DialogView.confirmation(confirmation, state.text, into: &screen)
            case .prompt(let prompt):
                screen.cursor = DialogView.prompt(prompt, into: &screen, row: layout.status.row)
                screen.cursorVisible = true
            case .help, .page, .lock:
                break
            }
        }
    }
}

extension ScreenReaderView {
    /// The body when help or a page covers the pane: a heading, the announcement line, the
    /// lines. Returns whether it did.
    static func speakCover(_ state: AppState, _ layout: ScreenLayout, into screen: inout Screen) -> Bool {
        let text = state.text
        switch state.cover {
        case .help?:
            let keys = KeyMap.helpLines(for: state)
            screen.write(
                text[.helpHeadingSpoken, state.pane.title(text), String(keys.count)], row: layout.bar.row,
                col: 0,
                style: .heading)
            screen.write(
                TextWidth.truncate(state.announcement, to: screen.cols), row: layout.heading.row, col: 0)
            screen.cursor = helpLines(
                keys, text, focus: state.helpFocus, into: &screen, row: layout.body.row,
                height: state.listHeight)
        case .page(let page)?:
            screen.write(page.title, row: layout.bar.row, col: 0, style: .heading)
            screen.write(
                TextWidth.truncate(state.announcement, to: screen.cols), row: layout.heading.row, col: 0)
            screen.cursor = TextPageView.render(page, into: &screen, area: layout.body)
        default:
            return false
        }
        return true
    }

    /// Dialogs in plain lines, each replacing the body; a typed line goes on the status line.
    static func speakDialogs(_ state: AppState, _ layout: ScreenLayout, into screen: inout Screen) {
        let text = state.text
        for overlay in state.overlays {
            switch overlay {
            case .form(let form):
                screen.fill(row: layout.body.row, col: 0, height: state.listHeight, width: screen.cols)
                screen.cursor = FormView.renderSpoken(form, text, into: &screen, row: layout.body.row)
            case .menu(let menu):
                screen.fill(row: layout.body.row, col: 0, height: state.listHeight, width: screen.cols)
                screen.cursor = DialogView.spokenMenu(
                    menu, text, state.format, into: &screen, row: layout.body.row, height: state.listHeight)
            case .confirmation(let confirmation):
                screen.fill(row: layout.body.row, col: 0, height: state.listHeight, width: screen.cols)
                screen.cursor = DialogView.spokenConfirmation(
                    confirmation, text, into: &screen, row: layout.body.row)
            case .prompt, .help, .page, .lock:
                break
            }
        }
    }
}
