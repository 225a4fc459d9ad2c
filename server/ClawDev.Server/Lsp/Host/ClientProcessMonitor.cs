namespace ClawDev.Server.Lsp.Host;

/// <summary>Ends the server when the client's process dies: the one named on the command line, else the initialize request's processId.</summary>
internal sealed class ClientProcessMonitor(ServerLifetime lifetime, ServerLog log)
{
    private int _watching;

    public void Watch(int processId)
    {
        if (Interlocked.Exchange(ref _watching, 1) == 1)
        {
            return;
        }
        _ = WatchAsync(processId);
    }

    private async Task WatchAsync(int processId)
    {
        try
        {
            await ParentProcessWatcher.WaitForExitAsync(processId, lifetime.ShutdownToken);
            log.Warning($"the client process {processId} has exited; stopping");
            lifetime.Abort();
        }
        catch (OperationCanceledException)
        {
        }
    }
}
