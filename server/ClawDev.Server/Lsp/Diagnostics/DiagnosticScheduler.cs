using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>
/// Analyses open documents shortly after they change and publishes their diagnostics. Each document has at most
/// one live analysis: a newer edit cancels the older one, and a result is only published while it is still the
/// newest for its document, so diagnostics never go back to an older version or reappear after a close.
/// </summary>
internal sealed class DiagnosticScheduler(LanguageClient client, ServerLifetime lifetime, ServerLog log)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Run> _runs = new(StringComparer.Ordinal);

    public void Schedule(TextDocument document, ServerState state)
    {
        Run run;
        lock (_lock)
        {
            if (_runs.Remove(document.Uri, out var stale))
            {
                stale.Cancel();
            }
            run = new Run(CancellationTokenSource.CreateLinkedTokenSource(lifetime.ShutdownToken));
            _runs[document.Uri] = run;
        }
        _ = AnalyzeAsync(document, state, run);
    }

    /// <summary>Re-analyses every open document, after a change of settings or configuration.</summary>
    public void ScheduleAll(ServerState state)
    {
        foreach (var document in state.Documents.Values)
        {
            Schedule(document, state);
        }
    }

    /// <summary>Stops the document's analysis and clears its diagnostics (or, when <paramref name="replacement"/> is given, shows those).</summary>
    public void Close(string uri, IReadOnlyList<Diagnostic>? replacement = null)
    {
        lock (_lock)
        {
            if (_runs.Remove(uri, out var stale))
            {
                stale.Cancel();
            }
            Publish(new PublishDiagnosticsParams(uri, null, replacement ?? []));
        }
    }

    private async Task AnalyzeAsync(TextDocument document, ServerState state, Run run)
    {
        var token = run.Token;
        try
        {
            await Task.Delay(state.Settings.DebounceMilliseconds, token);
            var diagnostics = Analyze(document, state, token);
            lock (_lock)
            {
                if (_runs.TryGetValue(document.Uri, out var current) && current == run)
                {
                    Publish(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics));
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            log.Error($"analysing {document.Uri} failed: {exception}");
        }
        finally
        {
            lock (_lock)
            {
                if (_runs.TryGetValue(document.Uri, out var current) && current == run)
                {
                    _runs.Remove(document.Uri);
                }
            }
            run.Dispose();
        }
    }

    private IReadOnlyList<Diagnostic> Analyze(TextDocument document, ServerState state, CancellationToken token)
    {
        if (AnalysisTarget.Locate(document.Uri, state.Roots) is not { } target)
        {
            return [];
        }
        var outcome = DocumentAnalyzer.Analyze(document.Text, target, token);
        if (outcome.Analysis is not { } analysis)
        {
            log.Info($"no diagnostics for {document.Uri}: {outcome.Reason}");
            return [];
        }
        return DiagnosticFactory.Create(analysis, document, document.Version, state.Client.Encoding, state.Settings);
    }

    /// <summary>Called under the lock, so publishes leave in the order they were decided.</summary>
    private void Publish(PublishDiagnosticsParams diagnostics)
    {
        client.Notify(Methods.TextDocumentPublishDiagnostics, diagnostics);
    }

    private sealed class Run(CancellationTokenSource cancellation) : IDisposable
    {
        public CancellationToken Token { get; } = cancellation.Token;

        public void Cancel() => cancellation.Cancel();

        public void Dispose() => cancellation.Dispose();
    }
}
