import Testing
import SixClusterModel

@Suite("The language from the environment")
struct LanguageTests {
    @Test("LC_ALL comes before LC_MESSAGES, which comes before LANG; an empty variable counts as unset", arguments: [
        (["LANG": "de_DE.UTF-8"] as EnvironmentVariables, Language.de),
        (["LANG": "de_DE.UTF-8", "LC_ALL": "en_GB.UTF-8"] as EnvironmentVariables, .en),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"] as EnvironmentVariables, .de),
        (["LC_ALL": "", "LANG": "DE_ch"] as EnvironmentVariables, .de),
        (["LANG": "C.UTF-8"] as EnvironmentVariables, .en),
        ([:] as EnvironmentVariables, .en),
    ])
    func preferred(environment: EnvironmentVariables, expected: Language) {
        #expect(Language.preferred(by: environment) == expected)
    }

    @Test("variables are found by name, set, replaced and removed")
    func variables() {
        var variables: EnvironmentVariables = ["HOME": "/home/ana", "LANG": "de_DE.UTF-8"]
        #expect(variables["HOME"] == "/home/ana")
        #expect(variables["home"] == nil, "names are case-sensitive")
        variables["HOME"] = "/home/ben"
        variables["XDG_STATE_HOME"] = "/state"
        variables["LANG"] = nil
        #expect(variables["HOME"] == "/home/ben")
        #expect(variables["XDG_STATE_HOME"] == "/state")
        #expect(variables["LANG"] == nil)
    }
}
