import Testing
import SixClusterModel
@testable import SixClusterBoard

/// The board's parts on their own: each changes only through its methods, given what it reads of the others.
@Suite("State parts and their own logic")
struct StatePartsTests {
    private let workshop = BoardFixtures.joinery

    @Test("the document: a reload is one undo step or none; a save forgets the comments; presentation time is no edit")
    func document() {
        var document = DocumentState(workshop: workshop, savedWorkshop: workshop, commentLines: [3, 7])
        var reloaded = workshop
        reloaded[topic: 2].ist.append(Card("From disk"))
        document.replace(with: reloaded, saved: reloaded, undoableAt: CardLocation(topic: 2, column: .ist, index: 0))
        #expect(document.workshop == reloaded && document.undoStack.count == 1 && !document.isModified)
        document.replace(with: workshop, saved: workshop, undoableAt: nil)
        #expect(document.workshop == workshop && document.undoStack.count == 1, "the others' writes are no step of mine")
        document.spend(30, on: 4)
        #expect(document.workshop[topic: 4].seconds == workshop[topic: 4].seconds + 30)
        #expect(!document.isModified && document.undoStack.count == 1)
        document.saved(document.workshop)
        #expect(document.commentLines.isEmpty && document.savedWorkshop == document.workshop)
    }

    @Test("navigation: after a reload the selected card is found where it went; the focus stays inside the columns and the lot")
    func navigationKeepsSelection() {
        var navigation = NavigationState()
        navigation.open()
        navigation.focus(CardLocation(topic: 1, column: .ist, index: 1), in: workshop)
        var shorter = workshop
        shorter[topic: 1].ist = [shorter[topic: 1].ist[1]]
        navigation.keep(CardLocation(topic: 1, column: .ist, index: 0), in: shorter)
        #expect(navigation.cardIndex == 0 && navigation.column == .ist)
        navigation.focus(CardLocation(topic: 1, column: .soll, index: 0), in: workshop)
        var empty = workshop
        empty[topic: 1].soll = []
        navigation.keep(nil, in: empty)
        #expect(navigation.cardIndex == 0 && navigation.column == .soll)
        navigation.keep(CardLocation(topic: 5, column: .ist, index: 3), in: workshop)
        #expect(navigation.column == .soll, "a card found in another field does not move the focus there")
    }

    @Test("navigation: presentation mode opens on the capture line and leaves to the field view inside the column")
    func navigationPresentation() {
        var navigation = NavigationState()
        navigation.togglePresentation(in: workshop)
        #expect(navigation.screen == .presentation && navigation.cardIndex == workshop[topic: 1].ist.count)
        navigation.togglePresentation(in: workshop)
        #expect(navigation.screen == .field && navigation.cardIndex == workshop[topic: 1].ist.count - 1)
        navigation.select(topic: 9)
        #expect(navigation.focusTopic == 9 && navigation.screen == .field)
    }

    @Test("facilitation: the review walks its fields and ends after the last; a timebox pauses and runs again")
    func facilitation() {
        var facilitation = FacilitationState()
        facilitation.startReview(of: [3, 8])
        #expect(facilitation.review?.topic == 3)
        let steps = [facilitation.stepReview(by: 1), facilitation.stepReview(by: -5), facilitation.stepReview(by: 2)]
        #expect(steps == [8, 3, nil], "on, back (never before the first), past the last")
        #expect(facilitation.review == nil)
        let ended = facilitation.endReview()
        #expect(!ended, "nothing left to end")
        let noTimebox = facilitation.startOrPauseTimebox()
        #expect(noTimebox == nil)
        _ = facilitation.advance(to: 100, counting: false)
        facilitation.startTimebox(minutes: 5, scope: .field(2))
        let runs = [facilitation.startOrPauseTimebox(), facilitation.startOrPauseTimebox()]
        #expect(runs == [false, true])
        let method = facilitation.cycleCaptureMethod()
        #expect(method == CaptureDefaults.methodCycle[1])
        facilitation.setCaptureAuthor("Jana")
        #expect(facilitation.capture.card("x").author == "Jana")
    }

    @Test("sharing: a held-back change is said once until a write works; a failed write pauses and is not confirmed")
    func sharingWrites() {
        var sharing = SharingState()
        let said = [sharing.holdBack(), sharing.holdBack()]
        #expect(said == [true, false])
        sharing.confirmNextWrite()
        sharing.writeFailed(at: 10)
        #expect(sharing.writePausedUntil == 12 && !sharing.confirmsWrite)
        sharing.confirmNextWrite()
        let confirmed = [sharing.written(), sharing.written()]
        #expect(confirmed == [true, false], "confirmed once")
        let saidAgain = sharing.holdBack()
        #expect(sharing.writePausedUntil == 0 && saidAgain)
        let (leads, follows) = (sharing.toggleLead(), sharing.toggleFollowing())
        #expect(leads && !follows)
    }

    @Test("the file session: saving as another file goes on with it, writable")
    func fileSession() {
        var session = FileSession(filePath: "a.yaml", fileExists: false, isReadOnly: false, follows: false)
        session.protect(because: "no write permission")
        session.saved(as: "b.yaml")
        #expect(session.filePath == "b.yaml" && session.fileExists && session.writeProtection == nil)
        session.exported(to: "b.html", in: .de)
        #expect(session.exportPath == "b.html")
    }
}
