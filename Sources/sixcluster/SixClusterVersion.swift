/// The program's version.
enum SixClusterVersion {
    /// Printed by `sixcluster --version`.
    static let current = "0.1.0"
}
