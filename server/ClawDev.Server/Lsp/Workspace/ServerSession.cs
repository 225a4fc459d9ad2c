namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Holds the current <see cref="ServerState"/>. State-changing handlers replace it one at a time, in message order;
/// background indexing replaces only its index. Each replacement is atomic, so nobody loses another's change.
/// </summary>
internal sealed class ServerSession
{
    private readonly Lock _updateLock = new();
    private volatile ServerState _current = ServerState.Initial;

    public ServerState Current => _current;

    public ServerState Update(Func<ServerState, ServerState> change)
    {
        lock (_updateLock)
        {
            return _current = change(_current);
        }
    }
}
