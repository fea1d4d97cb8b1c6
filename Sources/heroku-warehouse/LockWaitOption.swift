import ArgumentParser
import Loader
import Warehouse

/// `--lock-wait`: how long a column change or an upgrade waits, in all, for analysts'
/// queries holding the tables it must change (shared by `load`, `schedule` and `migrate`).
struct LockWaitOption: ParsableArguments {
    @Option(name: .customLong("lock-wait"),
            help: ArgumentHelp("About how long a column change or upgrade waits in all for analysts' queries holding its tables (attempts waiting up to 2 s per lock, pauses between), before that report or upgrade fails; e.g. 10m, at most 1d. Default: about 75 s.", valueName: "duration"))
    var lockWait: String?

    func validate() throws {
        if let lockWait {
            let seconds: Int
            do { seconds = try Schedule.parseDuration(lockWait) } catch { throw ValidationError("--lock-wait: \(error)") }
            guard seconds <= 86_400 else {
                throw ValidationError("--lock-wait takes at most a day (1d), got \(lockWait.debugDescription)")
            }
        }
    }

    /// The policy asked for, the standard one without the option.
    func policy() throws -> LockWaitPolicy {
        guard let lockWait else { return .standard }
        return .waiting(atMost: .seconds(try Schedule.parseDuration(lockWait)))
    }
}
