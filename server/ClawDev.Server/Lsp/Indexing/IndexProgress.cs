using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>
/// Work-done progress for one indexing: created with <c>window/workDoneProgress/create</c>, then <c>$/progress</c>
/// begin, a report whenever the whole percentage changes, and end. For a client without progress support it does nothing.
/// </summary>
internal sealed class IndexProgress
{
    public const string Title = "ClawDev: indexing Python files";

    private readonly LanguageClient _client;
    private readonly string? _token;
    private int _lastPercentage = -1;

    private IndexProgress(LanguageClient client, string? token)
    {
        _client = client;
        _token = token;
    }

    /// <exception cref="OperationCanceledException">The indexing was cancelled before the client answered.</exception>
    public static async Task<IndexProgress> BeginAsync(LanguageClient client, bool clientShowsProgress, string token, ServerLog log, CancellationToken cancellationToken)
    {
        if (!clientShowsProgress)
        {
            return new IndexProgress(client, null);
        }
        try
        {
            await client.RequestAsync<object?>(Methods.WindowWorkDoneProgressCreate, new WorkDoneProgressCreateParams(token), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.Warning($"the client refused a progress indicator for indexing: {exception.Message}");
            return new IndexProgress(client, null);
        }
        _ = client.Notify(Methods.Progress, new ProgressParams<WorkDoneProgressBegin>(token, new WorkDoneProgressBegin(Title, Cancellable: true, "listing files", 0)));
        return new IndexProgress(client, token);
    }

    public void Report(int done, int total)
    {
        var percentage = total == 0 ? 100 : (int)(100L * done / total);
        if (_token is null || percentage == _lastPercentage)
        {
            return;
        }
        _lastPercentage = percentage;
        _client.Notify(Methods.Progress, new ProgressParams<WorkDoneProgressReport>(_token, new WorkDoneProgressReport($"{done} of {total} files", percentage)));
    }

    public void End(string message)
    {
        if (_token is not null)
        {
            _client.Notify(Methods.Progress, new ProgressParams<WorkDoneProgressEnd>(_token, new WorkDoneProgressEnd(message)));
        }
    }
}
