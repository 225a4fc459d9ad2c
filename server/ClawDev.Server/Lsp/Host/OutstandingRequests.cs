using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// The ids of the server's own requests to the client that still await their response. StreamJsonRpc ends the
/// connection on a response it did not ask for (a client that answers twice, or answers an id it made up), so the
/// framing layer lets through only the first response to each of these ids.
/// </summary>
internal sealed class OutstandingRequests
{
    private readonly Lock _lock = new();
    private readonly HashSet<RequestId> _ids = [];

    /// <summary>Called before the request is written, so its response can never arrive first.</summary>
    public void Sent(RequestId id)
    {
        lock (_lock)
        {
            _ids.Add(id);
        }
    }

    /// <summary>The request could not be sent; no response will come for it.</summary>
    public void Abandoned(RequestId id) => TryAnswer(id);

    /// <returns>True for the first response to a request the server sent; it is no longer outstanding then.</returns>
    public bool TryAnswer(RequestId id)
    {
        lock (_lock)
        {
            return _ids.Remove(id);
        }
    }
}
