extension Task {
    /// The task's result, waited for so that cancelling the waiting task cancels this one too
    /// (an unstructured task does not follow the cancellation of the task that made it).
    var resultFollowingCancellation: Result<Success, Failure> {
        get async {
            await withTaskCancellationHandler { await result } onCancel: { cancel() }
        }
    }

    /// Cancels the task and waits until it has ended, so that it no longer uses what it shares
    /// (an HTTP client about to shut down, say).
    func cancelAndWait() async {
        cancel()
        _ = await result
    }
}
