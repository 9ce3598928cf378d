import SixClusterModel

/// Draws the whole screen for a state: `view(state) -> screen grid`.
public enum BoardRenderer {
    /// The screen for the state at its size.
    public static func render(_ state: BoardState) -> ScreenGrid {
        var grid = ScreenGrid(width: state.width, height: state.height)
        let layout = state.layout
        if layout.mode == .tooSmall {
            drawTooSmall(state, into: &grid)
            return grid
        }
        if state.screen != .presentation { StatusLineView.drawTitle(state, into: &grid) }
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        switch state.screen {
        case .board:
            if layout.mode == .full {
                BoardView.draw(state, layout: layout, into: &grid)
            } else {
                CompactBoardView.draw(state, area: body, into: &grid)
            }
        case .field:
            FieldView.draw(state, area: Rect(x: 1, y: body.y, width: body.width - 2, height: body.height), into: &grid)
        case .parkingLot:
            ParkingLotView.draw(state, area: Rect(x: 1, y: body.y + 1, width: body.width - 2, height: body.height - 1), into: &grid)
        case .metadata:
            MetadataView.draw(state, area: Rect(x: 1, y: body.y + 1, width: body.width - 2, height: body.height - 1), into: &grid)
        case .presentation:
            // The row above the status line stays free for quick capture's editor and for errors.
            PresentationView.draw(state, area: Rect(x: 0, y: 0, width: state.width, height: state.height - 2), into: &grid)
        }
        StatusLineView.draw(state, y: state.height - 1, into: &grid)
        switch state.overlay {
        case .help(let scroll): HelpView.draw(state, scroll: scroll, into: &grid)
        case .dialog(let dialog): DialogView.draw(dialog, state: state, into: &grid)
        case .prompt(let prompt): PromptView.draw(prompt, state: state, y: state.height - 2, into: &grid)
        case .timer: DialogView.drawPanel(TimerPanelView.content(state), into: &grid)
        case .room: RoomView.draw(state, into: &grid)
        case nil: break
        }
        return grid
    }

    private static func drawTooSmall(_ state: BoardState, into grid: inout ScreenGrid) {
        let minimum = BoardLayout.minimumSize
        let words = state.language.pick(de: "Fenster zu klein – mind. \(minimum.width)×\(minimum.height)",
                                        en: "Terminal too small – at least \(minimum.width)×\(minimum.height)")
        for (y, line) in TextWrap.lines(words, width: grid.width).prefix(grid.height).enumerated() {
            grid.put(line, x: 0, y: y, style: Style(.accent, bold: true))
        }
    }
}
