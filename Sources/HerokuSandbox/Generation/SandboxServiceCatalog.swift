/// Static facts the generator draws from: real add-on services with plans and prices,
/// regions, stacks and words for names.
enum SandboxServiceCatalog {
    /// An add-on service template.
    struct Service {
        let name: String
        let humanName: String
        let cliPluginName: String?
        let configVar: String
        /// (plan name, monthly price in cents)
        let plans: [(String, Int)]
    }

    static let services: [Service] = [
        Service(name: "heroku-postgresql", humanName: "Heroku Postgres", cliPluginName: "heroku-pg-extras",
                configVar: "DATABASE_URL",
                plans: [("essential-0", 500), ("essential-1", 900), ("standard-0", 5000), ("premium-0", 20000)]),
        Service(name: "heroku-redis", humanName: "Heroku Key-Value Store", cliPluginName: "heroku-redis",
                configVar: "REDIS_URL", plans: [("mini", 300), ("premium-0", 1500), ("premium-5", 20000)]),
        Service(name: "papertrail", humanName: "Papertrail", cliPluginName: nil,
                configVar: "PAPERTRAIL_API_TOKEN", plans: [("choklad", 0), ("fixa", 700), ("volmar", 1400)]),
        Service(name: "sendgrid", humanName: "Twilio SendGrid", cliPluginName: nil,
                configVar: "SENDGRID_API_KEY", plans: [("starter", 0), ("bronze", 995)]),
        Service(name: "scheduler", humanName: "Heroku Scheduler", cliPluginName: nil,
                configVar: "SCHEDULER_URL", plans: [("standard", 0)]),
        Service(name: "heroku-kafka", humanName: "Apache Kafka on Heroku", cliPluginName: "heroku-kafka",
                configVar: "KAFKA_URL", plans: [("basic-0", 10000), ("standard-0", 100000)]),
        Service(name: "newrelic", humanName: "New Relic APM", cliPluginName: nil,
                configVar: "NEW_RELIC_LICENSE_KEY", plans: [("wayne", 0)]),
        Service(name: "cloudamqp", humanName: "CloudAMQP", cliPluginName: nil,
                configVar: "CLOUDAMQP_URL", plans: [("lemur", 0), ("tiger", 1900)]),
        Service(name: "bonsai", humanName: "Bonsai Elasticsearch", cliPluginName: nil,
                configVar: "BONSAI_URL", plans: [("sandbox", 0), ("standard-sm", 5000)]),
        Service(name: "memcachier", humanName: "MemCachier", cliPluginName: nil,
                configVar: "MEMCACHIER_SERVERS", plans: [("dev", 0), ("100", 1400)]),
        Service(name: "cloudinary", humanName: "Cloudinary – Image and Video Management", cliPluginName: nil,
                configVar: "CLOUDINARY_URL", plans: [("starter", 0), ("plus", 9900)]),
        Service(name: "sentry", humanName: "Sentry", cliPluginName: nil,
                configVar: "SENTRY_DSN", plans: [("f1", 0), ("team", 2600)]),
        Service(name: "rollbar", humanName: "Rollbar", cliPluginName: nil,
                configVar: "ROLLBAR_ACCESS_TOKEN", plans: [("free", 0), ("essentials", 2100)]),
        Service(name: "bucketeer", humanName: "Bucketeer", cliPluginName: nil,
                configVar: "BUCKETEER_BUCKET_NAME", plans: [("hobbyist", 500), ("micro", 2500)]),
        Service(name: "mailgun", humanName: "Mailgun", cliPluginName: nil,
                configVar: "MAILGUN_API_KEY", plans: [("starter", 0)]),
        Service(name: "coralogix", humanName: "Coralogix Logging", cliPluginName: nil,
                configVar: "CORALOGIX_PRIVATE_KEY", plans: [("free-30mb", 0), ("standard", 3500)]),
    ]

    /// The service template for index `i`; past the real list, synthetic services.
    static func service(at index: Int) -> Service {
        if index < services.count { return services[index] }
        let number = index - services.count + 1
        return Service(name: "sandbox-service-\(number)", humanName: "Sandbox Service \(number) ✓",
                       cliPluginName: nil, configVar: "SANDBOX_SERVICE_\(number)_URL",
                       plans: [("basic", 0), ("pro", 1000 * number)])
    }

    static let regions = ["us", "eu"]
    static let stacks = ["heroku-22", "heroku-24"]
    static let generations = ["cedar", "fir"]
    static let buildpackDescriptions: [String?] = ["Node.js ✓", "Ruby", "Python", "Go", "Java", "PHP", nil]
    static let adjectives = ["brave", "calm", "eager", "fancy", "gentle", "happy", "jolly", "kind",
                             "lively", "mighty", "nimble", "proud", "quiet", "rapid", "shiny", "tidy"]
    static let nouns = ["falcon", "river", "meadow", "canyon", "harbor", "comet", "forest", "glacier",
                        "island", "lagoon", "mesa", "nebula", "orchard", "prairie", "summit", "tundra"]
    static let teamNames = ["acme-platform", "data-science", "growth", "payments", "mobile", "infra",
                            "research", "support"]
    static let colors = ["AMBER", "BLUE", "COBALT", "CRIMSON", "GOLD", "GREEN", "IVORY", "JADE", "ONYX", "PINK"]
}
