// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "carnet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "carnet", targets: ["carnet"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // The C side of ncursesw: a module map and a shim header for the macros and globals.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The model layer: domain types, the SQLite store, the demo record. No terminal code.
        .target(
            name: "CarnetCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SHA-256 for the access history's hash chain (Foundation on Linux has no CryptoKit).
                .product(name: "Crypto", package: "swift-crypto"),
                // PBKDF2 for the kiosk PIN: stored only as a salted slow hash.
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The PostgreSQL side: where a server is (a URL), a session on it, its schema and roles.
        // Kept apart so SwiftNIO never enters CarnetCore.
        .target(
            name: "CarnetPostgres",
            dependencies: [
                "CarnetCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // State, update, views into a Screen, and the ncurses backend. The shipped themes
        // (`Themes` links to the top-level `themes/`) are compiled in, so an installed binary
        // needs no resource bundle beside it.
        .target(
            name: "CarnetTUI",
            dependencies: ["CarnetCore", "CNcursesw"],
            resources: [.embedInCode("Themes")]
        ),
        .executableTarget(
            name: "carnet",
            dependencies: [
                "CarnetCore",
                "CarnetTUI",
                "CarnetPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Linked by lld with packed relative relocations: the loader otherwise reads a
            // 2.3 MB table of them at every start. The Swift runtime linked in asks for every
            // symbol to be exported (311,000 of them, 3.5 MB of tables the loader searches);
            // none needs to be. The functions a launch runs are placed together
            // (scripts/launch-order writes the list). See BENCHMARKS.md, Browser memory.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                        "-Xlinker", "--no-export-dynamic",
                        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/scripts/launch.order",
                        "-Xlinker", "--no-warn-symbol-ordering",
                    ],
                    .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // Timings on a large record, run by hand in release (see BENCHMARKS.md); never in tests.
        .executableTarget(
            name: "carnet-benchmarks",
            dependencies: ["CarnetCore", "CarnetTUI", "CarnetPostgres"],
            path: "Benchmarks/CarnetBenchmarks"
        ),
        // What more than one test target needs (reading a terminal's escape sequences).
        .target(name: "CarnetTestSupport", path: "Tests/CarnetTestSupport"),
        // Runs against a throwaway PostgreSQL cluster that the tests start themselves.
        .testTarget(
            name: "CarnetPostgresTests",
            dependencies: [
                "CarnetPostgres", "CarnetCore", "CarnetTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        .testTarget(name: "CarnetCoreTests", dependencies: ["CarnetCore", "CarnetPostgres", "CarnetTestSupport"]),
        .testTarget(name: "CarnetTUITests", dependencies: ["CarnetTUI", "CarnetCore", "CarnetTestSupport"]),
        // Runs the built `carnet` binary as a user would.
        .testTarget(name: "CarnetCLITests", dependencies: ["carnet", "CarnetCore", "CarnetTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Coverage-guided fuzzing (scripts/fuzz): only when CARNET_FUZZ is set, built in its own
// folder with libFuzzer; never part of `swift build` or CI's `swift test`.
if Context.environment["CARNET_FUZZ"] != nil {
    let instrumented: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
    for target in package.targets where ["CarnetCore", "CarnetTUI"].contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + instrumented
    }
    package.targets.append(
        .executableTarget(
            name: "carnet-fuzz",
            dependencies: ["CarnetCore", "CarnetTUI"],
            path: "Fuzz/CarnetFuzz",
            swiftSettings: instrumented + [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]))
}
