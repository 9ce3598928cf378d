import SixClusterFiles
import SixClusterModel

/// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`).
enum EnvironmentLanguage {
    static var current: Language {
        Language.preferred(by: ProcessEnvironment.variables(["LC_ALL", "LC_MESSAGES", "LANG"]))
    }
}
