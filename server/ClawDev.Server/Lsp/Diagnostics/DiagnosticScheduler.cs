using System.Diagnostics;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>
/// Analyses open documents shortly after they change, publishes their diagnostics and records the result in the
/// workspace index. Each document has at most one live analysis: a newer edit cancels the older one, and a result is
/// only used while it is still the newest for its document, so diagnostics never go back to an older version or
/// reappear after a close.
/// </summary>
internal sealed class DiagnosticScheduler(DiagnosticPublisher publisher, WorkspaceIndexer index, ResolvedFindings resolved, ProtocolTrace trace, ServerLifetime lifetime, ServerLog log)
{
    /// <summary>After this many analyses, the next moment none is running gives the collector's memory back.</summary>
    private const int AnalysesBeforeTrim = 500;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Run> _runs = new(StringComparer.Ordinal);
    private int _scheduledSinceTrim;

    /// <param name="changeArrivedAt">When the change that made this version arrived, to trace the latency; null when no edit caused this analysis.</param>
    public void Schedule(TextDocument document, ServerState state, long? changeArrivedAt = null)
    {
        Run run;
        lock (_lock)
        {
            publisher.Opened(document.Uri);
            if (_runs.Remove(document.Uri, out var stale))
            {
                stale.Cancel();
            }
            run = new Run(CancellationTokenSource.CreateLinkedTokenSource(lifetime.ShutdownToken), changeArrivedAt);
            _runs[document.Uri] = run;
            _scheduledSinceTrim++;
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

    /// <summary>Stops the document's analysis and clears its diagnostics.</summary>
    public void Close(string uri)
    {
        lock (_lock)
        {
            if (_runs.Remove(uri, out var stale))
            {
                stale.Cancel();
            }
            publisher.Closed(uri);
        }
    }

    private async Task AnalyzeAsync(TextDocument document, ServerState state, Run run)
    {
        var token = run.Token;
        try
        {
            // Without a debounce the analysis still leaves the message queue free: the next edit can cancel it.
            var debounce = state.Settings.DebounceMilliseconds;
            if (debounce > 0)
            {
                await Task.Delay(debounce, token);
            }
            else
            {
                await Task.Yield();
            }
            token.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var (diagnostics, entry) = Analyze(document, state, token);
            var analysis = Stopwatch.GetElapsedTime(started);
            lock (_lock)
            {
                if (!_runs.TryGetValue(document.Uri, out var current) || current != run)
                {
                    return;
                }
                var written = publisher.PublishOpen(document.Uri, document.Version, diagnostics);
                if (entry is not null)
                {
                    index.RecordOpenDocument(entry);
                }
                if (run.ChangeArrivedAt is { } arrivedAt)
                {
                    trace.DiagnosticsPublished(document.Uri, document.Version, diagnostics.Count, arrivedAt, analysis, written);
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
            var trim = false;
            lock (_lock)
            {
                if (_runs.TryGetValue(document.Uri, out var current) && current == run)
                {
                    _runs.Remove(document.Uri);
                }
                if (_runs.Count == 0 && _scheduledSinceTrim >= AnalysesBeforeTrim)
                {
                    _scheduledSinceTrim = 0;
                    trim = true;
                }
            }
            run.Dispose();
            if (trim)
            {
                // A burst of edits (Replace All, a paste storm) leaves the collector holding what it grew to: ~280 MiB
                // after 10,000 edits to a 1 MB document on a loaded machine. Once the burst is over, one compacting
                // collection returns it to the system.
                _ = Task.Run(() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));
            }
        }
    }

    /// <returns>The diagnostics to publish, and the document's entry for the index when it belongs to a workspace folder.</returns>
    private (IReadOnlyList<Diagnostic> Diagnostics, IndexedFile? Entry) Analyze(TextDocument document, ServerState state, CancellationToken token)
    {
        if (AnalysisTarget.Locate(document.Uri, state.Roots, state.Settings.Rules) is not { } target)
        {
            return ([], null);
        }
        var stamp = IndexStamps.Next();
        var outcome = state.Analyses.Analyze(document, target, token);
        if (outcome.Analysis is not { } analysis)
        {
            log.Info($"no diagnostics for {document.Uri}: {outcome.Reason}");
            return ([], null);
        }
        var encoding = state.Client.Encoding;
        var findings = DiagnosticFactory.Locate(analysis, document, encoding);
        var entry = target.IsInWorkspace
            ? new IndexedFile(target.Path, document.Uri, target.Root.Directory, target.RelativePath, stamp, document.Version,
                FileFactsBuilder.Build(analysis, findings, document, encoding))
            : null;
        var reported = resolved.Of(findings, analysis.ModuleName, target.Root, target.IsInWorkspace, state).Reported;
        return (DiagnosticFactory.Create(reported, document.Version, state.Settings, target.Root.Profile), entry);
    }

    private sealed class Run(CancellationTokenSource cancellation, long? changeArrivedAt) : IDisposable
    {
        public CancellationToken Token { get; } = cancellation.Token;

        public long? ChangeArrivedAt { get; } = changeArrivedAt;

        public void Cancel() => cancellation.Cancel();

        public void Dispose() => cancellation.Dispose();
    }
}
