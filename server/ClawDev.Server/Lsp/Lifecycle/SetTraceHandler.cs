using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Lifecycle;

[LspMethod(Methods.SetTrace, MutatesState = true)]
internal sealed class SetTraceHandler(ServerSession session, ServerLog log) : INotificationHandler<SetTraceParams>
{
    public Task HandleAsync(SetTraceParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        if (parameters.Value is not (TraceValue.Off or TraceValue.Messages or TraceValue.Verbose))
        {
            log.Warning($"ignoring $/setTrace with the unknown value '{parameters.Value}'");
            return Task.CompletedTask;
        }
        session.Update(state => state with { Trace = parameters.Value });
        return Task.CompletedTask;
    }
}
