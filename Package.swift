// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "khth-report",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "khth", targets: ["khth"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // The system library, nothing else: pkg-config `xlsxwriter`, Debian's libxlsxwriter-dev.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The only Swift code that calls libxlsxwriter. No domain words.
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter", "XlsxReader"]),
        // The system libraries the reader uses, nothing else: minizip (already beside
        // libxlsxwriter) and libxml2's streaming reader. Debian's libminizip-dev, libxml2-dev.
        .systemLibrary(
            name: "CXlsxReader",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "libminizip-dev"])]
        ),
        // The only Swift code that calls minizip and libxml2: workbooks read safely. No domain words.
        .target(name: "XlsxReader", dependencies: ["CXlsxReader"]),
        // The domain: plan, intake, consolidation. No C, no file system.
        .target(
            name: "ReportCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Report model -> sheets, through XlsxWriter. Layout only, no rules.
        .target(name: "ReportWorkbook", dependencies: ["ReportCore", "XlsxWriter"]),
        // The edges: folders, files, clock, console text; runs the pipeline.
        .target(name: "ReportApp", dependencies: ["ReportCore", "ReportWorkbook", "XlsxWriter", "XlsxReader"]),
        .executableTarget(
            name: "khth",
            dependencies: [
                "ReportApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "khth-bench", dependencies: ["ReportApp", "XlsxWriter", "XlsxReader"],
            // The peer (pandas + XlsxWriter) and the check past Excel's last row, run by the bench.
            exclude: ["peer.py", "split_check.py"]),
        // The floor the bench holds the tool against: a minimal C program over libxlsxwriter.
        .executableTarget(name: "khth-floor", linkerSettings: [.linkedLibrary("xlsxwriter")]),
        // libFuzzer targets (`make fuzz`); without -DFUZZING, a replayer of a corpus.
        .executableTarget(name: "khth-fuzz", dependencies: ["ReportApp"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "TestSupport"]),
        .testTarget(
            name: "XlsxReaderTests", dependencies: ["XlsxReader", "XlsxWriter", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ReportCoreTests",
            dependencies: [
                "ReportCore", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ReportApp", "TestSupport"],
            exclude: ["Rendering"]
        ),
    ]
)
