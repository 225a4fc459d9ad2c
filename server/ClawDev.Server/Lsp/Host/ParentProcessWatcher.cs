using System.Diagnostics;

namespace ClawDev.Server.Lsp.Host;

/// <summary>Notices when the client's process is gone, so an orphaned server does not linger.</summary>
internal static class ParentProcessWatcher
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Completes when process <paramref name="processId"/> no longer runs (at once when it never did).</summary>
    public static async Task WaitForExitAsync(int processId, CancellationToken cancellationToken)
    {
        Process process;
        try
        {
            process = Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            return;
        }
        using (process)
        {
            // Polling works for any process; WaitForExitAsync is only dependable for our own children.
            while (!HasExited(process))
            {
                await Task.Delay(PollInterval, cancellationToken);
            }
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
