// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "heroku-warehouse",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "heroku-warehouse", targets: ["heroku-warehouse"]),
        .library(name: "HerokuSandbox", targets: ["HerokuSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibpq",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(
            name: "Postgres",
            dependencies: ["CLibpq"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Schema",
            swiftSettings: strictSettings
        ),
        .target(
            name: "HerokuAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "HerokuSandbox",
            dependencies: [
                "Schema",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "WarehouseSQL",
            path: "sql",
            exclude: ["README.md"],
            resources: [.embedInCode("migrations"), .embedInCode("views")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Warehouse",
            dependencies: ["Postgres", "Schema", "WarehouseSQL"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Loader",
            dependencies: ["HerokuAPI", "Schema", "Warehouse",
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "heroku-warehouse",
            dependencies: [
                "Loader", "HerokuSandbox", "HerokuAPI", "Warehouse", "Schema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "heroku-warehouse-bench",
            dependencies: [
                "Loader", "Warehouse", "HerokuAPI", "HerokuSandbox", "Schema", "Postgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TestSupport",
            dependencies: ["Postgres", "HerokuSandbox"],
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "SchemaTests", dependencies: ["Schema"], swiftSettings: strictSettings),
        // Reads the repository's files (imports, Package.swift, docs): no module of its own.
        .testTarget(name: "RepositoryTests", swiftSettings: strictSettings),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "HerokuAPITests",
            dependencies: ["HerokuAPI", "HerokuSandbox", "TestSupport",
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "NIOHTTP1", package: "swift-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "HerokuSandboxTests", dependencies: ["HerokuSandbox", "HerokuAPI", "Schema"], swiftSettings: strictSettings),
        .testTarget(
            name: "CLITests",
            dependencies: ["HerokuSandbox", "TestSupport", "Postgres"],
            swiftSettings: strictSettings
        ),
        // No database, no network: the pure parts of Warehouse and Loader.
        .testTarget(name: "WarehouseUnitTests", dependencies: ["Warehouse", "Schema"], swiftSettings: strictSettings),
        // The load's orchestration on a warehouse in memory and the sandbox in process.
        .testTarget(name: "LoaderUnitTests",
                    dependencies: ["Loader", "HerokuAPI", "HerokuSandbox", "Schema", "Warehouse", "TestSupport",
                                   .product(name: "Logging", package: "swift-log")],
                    swiftSettings: strictSettings),
        .testTarget(
            name: "WarehouseTests",
            dependencies: ["Warehouse", "WarehouseSQL", "Loader", "HerokuSandbox", "HerokuAPI", "Schema", "Postgres", "TestSupport",
                           .product(name: "Logging", package: "swift-log")],
            // Read by path (`UpgradeTests`), not bundled.
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ]
)
