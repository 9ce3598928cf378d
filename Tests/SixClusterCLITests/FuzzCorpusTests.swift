import Foundation
import Testing
import SixClusterTestSupport

@Suite("The fuzz target's corpus")
struct FuzzCorpusTests {
    @Test("every seed and every crash ever found replays without a failure")
    func replay() throws {
        let run = try ProgramRun.run(TestPaths.product("sixcluster-fuzz"),
                                     [TestPaths.root.appendingPathComponent("Fuzz/corpus").path,
                                      TestPaths.root.appendingPathComponent("Fuzz/crashes").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("replayed "))
    }
}
