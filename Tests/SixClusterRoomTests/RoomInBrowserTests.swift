import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// Whether Python has Selenium and axe-core's wrapper (in CI they must, and a missing one fails the test).
private let hasPythonModules = ProcessInfo.processInfo.environment["CI"] != nil
    || (try? ProgramRun.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import selenium, axe_selenium_python"]).status) == 0

/// The room's page in a real browser at a phone's size: Selenium drives the system's Chromium (offline), axe-core
/// looks for accessibility problems; the board runs in tmux beside it. The screenshots stay in
/// `.build/artifacts/room`.
@Suite("The room on a phone (Selenium, Chromium, axe-core)",
       .enabled(if: TestPaths.canRun("chromium", "chromedriver", "tmux", "python3") && hasPythonModules,
                "needs chromium, chromium-driver and the Python packages selenium and axe-selenium-python: run `bash .ci/run`"))
struct RoomInBrowserTests {
    @Test("join through the link, take a name, send a card of markup: text on the phone and on the board, nothing runs, no serious axe finding in either theme")
    func phone() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "phone.yaml")
        let room = try RoomBoard(file)
        let (board, link) = (room.board, room.link)
        defer { board.close() }
        let shots = TestPaths.root.appendingPathComponent(".build/artifacts/room")
        let run = try ProgramRun.run(try TestPaths.program("python3"),
                                     [TestPaths.root.appendingPathComponent("Tests/Browser/room_phone.py").path, link, shots.path],
                                     environment: ["SE_OFFLINE": "true"])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains(#""images": 0"#) && run.stdout.contains(#""alert": false"#))
        #expect(run.stdout.contains(#""poster": true"#), "the whole board shows as an image")
        #expect(run.stdout.contains(#""axe_light": []"#) && run.stdout.contains(#""axe_dark": []"#))
        try board.waitFor("Joined: 1")
        try board.send("Escape", "Enter")
        try board.waitFor("<img src=x onerror=alert(1)> Termin per SMS")
        for name in ["room-phone-light.png", "room-phone-dark.png"] {
            #expect(FileManager.default.fileExists(atPath: shots.appendingPathComponent(name).path), "\(name) kept")
        }
    }
}
