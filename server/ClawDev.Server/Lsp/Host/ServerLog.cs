using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// The server's log: every line goes to stderr (never stdout, which carries only frames) and, once the client has
/// initialized the connection, to the client as <c>window/logMessage</c>.
/// </summary>
internal sealed class ServerLog(TextWriter stderr)
{
    private readonly Lock _writeLock = new();
    private volatile LanguageClient? _client;

    /// <summary>From here on log lines also go to the client (LSP allows logMessage once initialize has arrived).</summary>
    public void ForwardTo(LanguageClient client) => _client = client;

    public void Error(string message) => Write(MessageType.Error, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Info(string message) => Write(MessageType.Info, message);

    private void Write(MessageType type, string message)
    {
        lock (_writeLock)
        {
            stderr.WriteLine($"[clawdev {type.ToString().ToLowerInvariant()}] {message}");
            stderr.Flush();
        }
        _client?.Notify(Methods.WindowLogMessage, new LogMessageParams(type, message));
    }
}
