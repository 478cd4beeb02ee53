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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Timings on a large record, run by hand in release (see BENCHMARKS.md); never in tests.
        .executableTarget(
            name: "carnet-benchmarks",
            dependencies: ["CarnetCore", "CarnetTUI"],
            path: "Benchmarks/CarnetBenchmarks"
        ),
        // What more than one test target needs (reading a terminal's escape sequences).
        .target(name: "CarnetTestSupport", path: "Tests/CarnetTestSupport"),
        .testTarget(name: "CarnetCoreTests", dependencies: ["CarnetCore"]),
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
