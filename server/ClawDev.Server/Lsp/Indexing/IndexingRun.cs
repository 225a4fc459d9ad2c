namespace ClawDev.Server.Lsp.Indexing;

/// <summary>One background indexing of some workspace folders: its progress token and how it can be stopped.</summary>
internal sealed class IndexingRun(string progressToken, IReadOnlySet<string> directories, CancellationTokenSource cancellation) : IDisposable
{
    private volatile bool _cancelledByUser;
    private volatile bool _finished;

    public string ProgressToken { get; } = progressToken;

    /// <summary>The folders to index, by directory.</summary>
    public IReadOnlySet<string> Directories { get; } = directories;

    public CancellationToken Token { get; } = cancellation.Token;

    public bool CancelledByUser => _cancelledByUser;

    public bool IsFinished => _finished;

    /// <param name="byUser">True when the user cancelled it; false when a newer indexing takes over.</param>
    public void Cancel(bool byUser)
    {
        _cancelledByUser |= byUser;
        cancellation.Cancel();
    }

    public void Finish() => _finished = true;

    public void Dispose() => cancellation.Dispose();
}
