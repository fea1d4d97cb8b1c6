/// Heroku's Cedar dyno sizes as `GET /dyno-sizes` lists them, with the monthly list prices
/// Heroku publishes (https://www.heroku.com/pricing).
///
/// Names are spelled as Heroku's API spells them (`Standard-1X`); generated formations use
/// the same names. Memory, compute and dyno units follow Heroku's answers where known
/// (Heroku CLI's fixtures); those of `Performance-L-RAM`, `-XL` and `-2XL` are close guesses.
enum SandboxDynoSizes {
    /// What the sandbox says about a size's price.
    enum Price {
        /// A published list price per dyno per month, in cents: `{"cents": N, "unit": "monthly"}` (as Heroku writes it).
        case monthly(cents: Int)
        /// Priced by contract: a `cost` object without values, `{"cents": null, "unit": null}`,
        /// as Heroku's API answers for Private Space dynos.
        case contract
        /// No price at all: `"cost": null`.
        case none

        /// The `cost` value of the size's JSON.
        var json: SandboxJSON {
            switch self {
            case .monthly(let cents): ["cents": .int(cents), "unit": "monthly"]
            case .contract: ["cents": .null, "unit": .null]
            case .none: .null
            }
        }
    }

    /// One dyno size.
    struct Size {
        /// The name, as Heroku spells it (`Standard-1X`).
        let name: String
        /// RAM in GB, as JSON number text.
        let memory: String
        /// Heroku's `compute` (minimum vCPUs, or its relative compute for older sizes).
        let compute: Int
        /// Dyno units (Heroku Enterprise's unit of consumption), as JSON number text.
        let dynoUnits: String
        /// Whether the dyno has its host's CPUs to itself.
        let dedicated: Bool
        /// Whether only Private or Shield Spaces run it.
        let privateSpaceOnly: Bool
        /// The list price, if any.
        let price: Price
    }

    /// Every size, in Heroku's order: common runtime, then Private and Shield Spaces.
    static let all: [Size] = [
        // Eco is one $5 monthly plan for the account's pool of Eco dyno hours, shared by all its
        // Eco dynos (Heroku's own API answers 0 cents); listed here as 500 per dyno.
        Size(name: "Eco", memory: "0.5", compute: 1, dynoUnits: "0", dedicated: false, privateSpaceOnly: false,
             price: .monthly(cents: 500)),
        Size(name: "Basic", memory: "0.5", compute: 1, dynoUnits: "0.28", dedicated: false, privateSpaceOnly: false,
             price: .monthly(cents: 700)),
        Size(name: "Standard-1X", memory: "0.5", compute: 1, dynoUnits: "1", dedicated: false, privateSpaceOnly: false,
             price: .monthly(cents: 2_500)),
        Size(name: "Standard-2X", memory: "1", compute: 2, dynoUnits: "2", dedicated: false, privateSpaceOnly: false,
             price: .monthly(cents: 5_000)),
        Size(name: "Performance-M", memory: "2.5", compute: 11, dynoUnits: "8", dedicated: true, privateSpaceOnly: false,
             price: .monthly(cents: 25_000)),
        Size(name: "Performance-L", memory: "14", compute: 46, dynoUnits: "16", dedicated: true, privateSpaceOnly: false,
             price: .monthly(cents: 50_000)),
        Size(name: "Performance-L-RAM", memory: "30", compute: 24, dynoUnits: "16", dedicated: true,
             privateSpaceOnly: false, price: .monthly(cents: 50_000)),
        Size(name: "Performance-XL", memory: "62", compute: 50, dynoUnits: "32", dedicated: true, privateSpaceOnly: false,
             price: .monthly(cents: 75_000)),
        Size(name: "Performance-2XL", memory: "126", compute: 100, dynoUnits: "64", dedicated: true,
             privateSpaceOnly: false, price: .monthly(cents: 150_000)),
        Size(name: "Private-S", memory: "1", compute: 2, dynoUnits: "5", dedicated: true, privateSpaceOnly: true,
             price: .contract),
        Size(name: "Private-M", memory: "2.5", compute: 14, dynoUnits: "10", dedicated: true, privateSpaceOnly: true,
             price: .contract),
        Size(name: "Private-L", memory: "14", compute: 52, dynoUnits: "20", dedicated: true, privateSpaceOnly: true,
             price: .contract),
        Size(name: "Shield-S", memory: "1", compute: 2, dynoUnits: "6", dedicated: true, privateSpaceOnly: true,
             price: .none),
        Size(name: "Shield-M", memory: "2.5", compute: 14, dynoUnits: "12", dedicated: true, privateSpaceOnly: true,
             price: .none),
        Size(name: "Shield-L", memory: "14", compute: 52, dynoUnits: "24", dedicated: true, privateSpaceOnly: true,
             price: .none),
    ]

    /// The sizes generated formations pick from, in the order the generator draws them.
    static let formationSizes = ["Eco", "Basic", "Standard-1X", "Standard-2X", "Performance-M"]

    /// A size's id: the same for every account and seed (as Heroku's are), and for every
    /// spelling of its name.
    static func id(of name: String) -> String {
        var random = SplitMix64(seed: SandboxFormat.fnv1a(name.lowercased().utf8), stream: 17)
        return random.uuid()
    }
}

extension SandboxGenerator {
    /// `GET /dyno-sizes`: every size of ``SandboxDynoSizes/all``, on the Cedar generation.
    func generateDynoSizes() -> [SandboxJSON] {
        let generation = SandboxReferences.reference(id: references.generations["cedar"] ?? "", name: "cedar")
        return SandboxDynoSizes.all.map { size in
            [
                "architecture": "amd64",
                "compute": .int(size.compute),
                "cost": size.price.json,
                "dedicated": .bool(size.dedicated),
                "generation": generation,
                "id": .string(SandboxDynoSizes.id(of: size.name)),
                "memory": .number(size.memory),
                "name": .string(size.name),
                "precise_dyno_units": .number(size.dynoUnits),
                "private_space_only": .bool(size.privateSpaceOnly),
            ]
        }
    }
}
