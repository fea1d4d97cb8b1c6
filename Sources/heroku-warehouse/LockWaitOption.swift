import ArgumentParser
import Loader
import Warehouse

/// `--lock-wait`: how long a column change or an upgrade waits, in all, for analysts'
/// queries holding the tables it must change (shared by `load`, `schedule` and `migrate`).
struct LockWaitOption: ParsableArguments {
    @Option(name: .customLong("lock-wait"),
            help: ArgumentHelp("How long a column change or upgrade waits in all for analysts' queries holding its tables, in attempts of 2 s with pauses between, before that report or upgrade fails (e.g. 10m). Default: about 75 s.", valueName: "duration"))
    var lockWait: String?

    func validate() throws {
        if let lockWait {
            do { _ = try Schedule.parseDuration(lockWait) } catch { throw ValidationError("--lock-wait: \(error)") }
        }
    }

    /// The policy asked for, the standard one without the option.
    func policy() throws -> LockWaitPolicy {
        guard let lockWait else { return .standard }
        return .waiting(atMost: .seconds(try Schedule.parseDuration(lockWait)))
    }
}
