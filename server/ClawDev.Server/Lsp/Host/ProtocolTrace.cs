using System.Diagnostics;
using System.Globalization;
using ClawDev.Server.Lsp.Lifecycle;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Host;

/// <summary>Reports each handled message, and how long diagnostics took, with <c>$/logTrace</c> while the client has asked for it with <c>$/setTrace</c>.</summary>
internal sealed class ProtocolTrace(LanguageClient client, ServerSession session)
{
    /// <summary>The words that precede the latency in a diagnostics trace line (benchmarks look for them).</summary>
    public const string DiagnosticsLatencyMarker = "ms after the change arrived";

    public void Handled(string method, bool mutatesState, long startTimestamp)
    {
        var level = session.Current.Trace;
        if (level == TraceValue.Off)
        {
            return;
        }
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        var verbose = level == TraceValue.Verbose
            ? mutatesState ? "changes server state: run alone, in arrival order" : "reads a snapshot: run concurrently"
            : null;
        client.Notify(Methods.LogTrace, new LogTraceParams(Invariant($"handled '{method}' in {elapsed:0.###} ms"), verbose));
    }

    /// <summary>
    /// Once <paramref name="written"/> completes, reports the time from the arrival of the change that made
    /// <paramref name="version"/> to the moment its diagnostics were written to the client (debounce included).
    /// </summary>
    public void DiagnosticsPublished(string uri, int version, int count, long changeArrivedAt, TimeSpan analysis, Task written)
    {
        if (session.Current.Trace == TraceValue.Off)
        {
            return;
        }
        written.ContinueWith(
            _ =>
            {
                var elapsed = Stopwatch.GetElapsedTime(changeArrivedAt).TotalMilliseconds;
                client.Notify(Methods.LogTrace, new LogTraceParams(
                    Invariant($"published {count} diagnostics of {uri} version {version} {elapsed:0.###} {DiagnosticsLatencyMarker}"),
                    Invariant($"analysis took {analysis.TotalMilliseconds:0.###} ms")));
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
