namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Holds the current <see cref="ServerState"/> of one server. State-changing handlers replace it one at a time, in
/// message order; background indexing replaces only its index. Each replacement is atomic, so nobody loses another's
/// change. Disposing it lets go of the caches every state shares.
/// </summary>
internal sealed class ServerSession : IDisposable
{
    private readonly Lock _updateLock = new();
    private volatile ServerState _current = new();

    public ServerState Current => _current;

    public ServerState Update(Func<ServerState, ServerState> change)
    {
        lock (_updateLock)
        {
            return _current = change(_current);
        }
    }

    public void Dispose()
    {
        _current.Analyses.Dispose();
        _current.Drafters.Dispose();
    }
}
