import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

@Suite("sixcluster survey: interview guides and questionnaires")
struct SurveyCommandTests {
    @Test("the Markdown guide holds the chosen fields only, each question with its code and a notes column")
    func markdown() throws {
        let run = try CLI.run("survey", CLI.complete, "--fields", "6,1")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("# Gesprächsleitfaden – "))
        #expect(run.stdout.contains("## 1 Kundenbedürfnisse") && run.stdout.contains("## 6 Konfiguration"))
        #expect(run.stdout.range(of: "## 1 ")!.lowerBound < run.stdout.range(of: "## 6 ")!.lowerBound, "in the model's order")
        #expect(run.stdout.contains("| Code | Frage | Notizen |") && run.stdout.contains("| F06.1 | Wird dieses Produkt schon konfiguriert?"))
        #expect(!run.stdout.contains("F02.") && !run.stdout.contains("## 2 "))
        let english = try CLI.run("survey", CLI.complete, "--fields", "1", "--lang", "en")
        #expect(english.stdout.hasPrefix("# Interview guide") && english.stdout.contains("| Code | Question | Notes |"))
    }

    @Test("the CSV questionnaire: a byte order mark, a row of codes, a row of questions, quoted where needed, every question of the fields")
    func csv() throws {
        let run = try CLI.run("survey", CLI.complete, "--fields", "5-7", "--format", "csv", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("\u{FEFF}F05.1,"))
        let rows = run.stdout.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 2)
        let template = ModelTemplate.builtIn
        let questions = (5...7).flatMap { template.topic($0).questions[.en] }
        #expect(rows[0].split(separator: ",").count == questions.count)
        #expect(rows[0].split(separator: ",").allSatisfy { QuestionCode(String($0)).map { (5...7).contains($0.field) } == true })
        for question in questions {
            let cell = question.contains(",") || question.contains("\"") ? "\"" + question.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : question
            #expect(rows[1].contains(cell), "\(question)")
        }
    }

    @Test("-o writes the file as readable as the workshop, its ending picking the format; a bad --fields is named")
    func outputAndBadInput() throws {
        let folder = try TestPaths.temporaryFolder()
        let workshop = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "private.yaml")
        chmod(workshop.path, 0o600)
        let out = folder.appendingPathComponent("fragebogen.csv")
        let run = try CLI.run("survey", workshop.path, "-o", out.path)
        #expect(run.status == 0 && run.stderr.contains("fragebogen.csv: written"), "\(run.stderr)")
        #expect(try Data(contentsOf: out).starts(with: Array("\u{FEFF}F01.1,F01.2".utf8)))
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        for bad in ["0", "21", "3-1", "1,,2", "x", "1-2-3"] {
            let refused = try CLI.run("survey", workshop.path, "--fields", bad)
            #expect(refused.status == 64 && refused.stderr.contains("--fields:"), "\(bad): \(refused.stderr)")
        }
    }

    @Test("question codes read back as written, and field lists as the fields they name")
    func codesAndLists() {
        #expect(QuestionCode(field: 7, question: 2).description == "F07.2" && QuestionCode("F07.2") == QuestionCode(field: 7, question: 2))
        #expect(QuestionCode("f20.11") == QuestionCode(field: 20, question: 11))
        for bad in ["F21.1", "F07", "F07.0", "X07.1", "F07.x"] { #expect(QuestionCode(bad) == nil, "\(bad)") }
        #expect((try? FieldSelection.parse("7, 1-3,2").get()) == [1, 2, 3, 7])
        #expect((try? FieldSelection.parse(nil).get())?.count == 20)
        #expect(FieldSelection.parse("1,4-2") == .failure(FieldSelection.Problem(part: "4-2")))
    }
}
