using System.Diagnostics;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Host;

/// <summary>Reports each handled message with <c>$/logTrace</c> while the client has asked for it with <c>$/setTrace</c>.</summary>
internal sealed class ProtocolTrace(LanguageClient client, ServerSession session)
{
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
        client.Notify(Methods.LogTrace, new LogTraceParams($"handled '{method}' in {elapsed:0.###} ms", verbose));
    }
}
