import Foundation
import SixClusterBoard
import SixClusterModel
import SixClusterTestSupport

/// Workshops and states the board tests start from.
enum BoardFixtures {
    /// A shipped workshop.
    /// A shipped workshop; a shipped file that is missing or broken stops the tests that need it, never hands
    /// them an empty workshop to pass on.
    static func shipped(_ name: String) -> Workshop {
        WorkshopFiles.shipped(name)
    }

    static var bicycle: Workshop { shipped("fahrradhandel-city-c200.yaml") }
    static var joinery: Workshop { shipped("joinery-kitchen-fronts.yaml") }

    /// A board state on a workshop at a size.
    static func state(_ workshop: Workshop = joinery, language: Language = .en, width: Int = 120, height: Int = 40,
                      file: String = "workshop.yaml") -> BoardState {
        BoardState(workshop: workshop, filePath: file, language: language, width: width, height: height)
    }

    /// Sends keys through the reducer, collecting the effects.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout BoardState) -> [Effect] {
        keys.flatMap { BoardReducer.reduce(&state, .input(.key($0))) }
    }

    /// Pastes text as a terminal's bracketed paste hands it over.
    @discardableResult
    static func paste(_ text: String, _ state: inout BoardState) -> [Effect] {
        BoardReducer.reduce(&state, .input(.paste(text)))
    }

    /// Types text key by key.
    static func type(_ text: String, _ state: inout BoardState) {
        press(text.map { .character($0) }, &state)
    }
}
