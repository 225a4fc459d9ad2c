namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// When the server ends and with which exit code: 0 for <c>exit</c> after <c>shutdown</c>, 1 for <c>exit</c> without
/// it, for the end of the input, and for the death of the client process.
/// </summary>
internal sealed class ServerLifetime : IDisposable
{
    private readonly TaskCompletionSource<int> _exitCode = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _shutdown = new();
    private volatile bool _shutdownRequested;

    public Task<int> ExitCode => _exitCode.Task;

    /// <summary>Cancelled at shutdown: background work (indexing, analysis) stops then.</summary>
    public CancellationToken ShutdownToken => _shutdown.Token;

    public void RequestShutdown()
    {
        _shutdownRequested = true;
        _shutdown.Cancel();
    }

    public void Exit() => End(_shutdownRequested ? 0 : 1);

    /// <summary>Ends the server for a reason other than the client's <c>exit</c>.</summary>
    public void Abort() => End(1);

    private void End(int code)
    {
        if (_exitCode.TrySetResult(code) && !_shutdown.IsCancellationRequested)
        {
            _shutdown.Cancel();
        }
    }

    public void Dispose() => _shutdown.Dispose();
}
