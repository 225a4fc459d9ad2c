using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Host;

/// <summary>The server's calls to the client: notifications (fire and forget, in order) and requests.</summary>
internal sealed class LanguageClient(JsonRpc rpc, TextWriter stderr)
{
    private readonly Lock _sendLock = new();
    private Task _lastNotification = Task.CompletedTask;

    /// <summary>Sends a notification after every earlier one, without waiting for it; a failure is written to stderr.</summary>
    /// <returns>Completes once the notification has been written or has failed.</returns>
    public Task Notify<T>(string method, T parameters)
    {
        lock (_sendLock)
        {
            return _lastNotification = _lastNotification.ContinueWith(
                _ => SendAsync(method, parameters),
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Completes when every notification sent so far has been written.</summary>
    public Task FlushAsync()
    {
        lock (_sendLock)
        {
            return _lastNotification;
        }
    }

    public Task<TResult> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<TResult>(method, parameters, cancellationToken);

    private async Task SendAsync<T>(string method, T parameters)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or IOException)
        {
            // The log cannot report this through the client it failed to reach.
            await stderr.WriteLineAsync($"[clawdev error] could not send '{method}': {exception.Message}");
        }
    }
}
