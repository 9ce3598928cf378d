// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sixcluster",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sixcluster", targets: ["sixcluster"]),
        .library(name: "SixClusterModel", targets: ["SixClusterModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Pure model: template, workshop, completeness, YAML codec, Markdown report. No I/O, no terminal.
        .target(
            name: "SixClusterModel",
            dependencies: ["CLibYAML", "CCmarkGFM"]
        ),
        // The system's cmark-gfm, which renders the report's Markdown as HTML (tables included).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // The system's libyaml, which reads and writes the workshop files' YAML.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Pure board: state, actions, reducer, key table, layout, views rendering into a screen grid.
        .target(
            name: "SixClusterBoard",
            dependencies: ["SixClusterModel"]
        ),
        // ncursesw behind a few C functions: no ncurses globals or macros reach Swift.
        .target(
            name: "CNcursesw",
            cSettings: [.define("_XOPEN_SOURCE_EXTENDED"), .define("NCURSES_WIDECHAR", to: "1")],
            // The fully static build (README, "To install") needs terminfo's library named; a shared build finds it
            // without.
            linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo", .when(platforms: [.linux]))]
        ),
        // The only Swift code that touches the terminal.
        .target(
            name: "TerminalUI",
            dependencies: ["CNcursesw", "SixClusterBoard"]
        ),
        // File access: bounded reading, atomic writing.
        .target(
            name: "SixClusterFiles",
            dependencies: ["SixClusterModel"]
        ),
        .executableTarget(
            name: "sixcluster",
            dependencies: [
                "SixClusterModel",
                "SixClusterFiles",
                "SixClusterBoard",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The system's libqrencode, which makes the room's QR code.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
        ),
        // The room: what phones may ask and send, checked and answered as values – no sockets here.
        .target(
            name: "SixClusterRoom",
            dependencies: ["SixClusterModel", "SixClusterFiles", "CQRencode"]
        ),
        // The room's web server, a program of its own so that the board's binary and start stay as they are.
        .executableTarget(
            name: "sixcluster-room",
            dependencies: ["SixClusterRoom", "SixClusterModel", "SixClusterFiles", "SixClusterBoard",
                           .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "sixcluster-bench",
            dependencies: ["SixClusterModel", "SixClusterBoard"],
            path: "Benchmarks/sixcluster-bench"
        ),
        // The fuzz target for the file reader (Fuzz/run builds it for libFuzzer; built normally it replays inputs).
        .executableTarget(
            name: "sixcluster-fuzz",
            dependencies: ["SixClusterModel"],
            path: "Fuzz/sixcluster-fuzz"
        ),
        // Helpers the test targets share: running programs, temporary folders, the package's paths.
        .target(
            name: "SixClusterTestSupport",
            dependencies: ["SixClusterModel"],
            path: "Tests/SixClusterTestSupport"
        ),
        .testTarget(
            name: "SixClusterModelTests",
            dependencies: ["SixClusterModel", "SixClusterFiles", "SixClusterTestSupport"]
        ),
        .testTarget(
            name: "SixClusterBoardTests",
            dependencies: [
                "SixClusterBoard", "SixClusterModel", "SixClusterTestSupport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "SixClusterRoomTests",
            dependencies: ["SixClusterRoom", "SixClusterBoard", "SixClusterModel", "SixClusterFiles", "SixClusterTestSupport", "sixcluster-room"]
        ),
        .testTarget(
            name: "SixClusterCLITests",
            dependencies: ["sixcluster", "sixcluster-fuzz", "SixClusterModel", "SixClusterTestSupport"]
        ),
    ]
)
