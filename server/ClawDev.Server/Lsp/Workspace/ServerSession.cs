namespace ClawDev.Server.Lsp.Workspace;

/// <summary>Holds the current <see cref="ServerState"/>; replaced only by state-changing handlers, which the queue runs one at a time.</summary>
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
