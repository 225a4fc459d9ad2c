using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>The user cancelled a progress the server showed: the only cancellable one is workspace indexing.</summary>
[LspMethod(Methods.WindowWorkDoneProgressCancel)]
internal sealed class WorkDoneProgressCancelHandler(WorkspaceIndexer indexer, ServerLog log) : INotificationHandler<WorkDoneProgressCancelParams>
{
    public Task HandleAsync(WorkDoneProgressCancelParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        if (!indexer.Cancel(parameters.Token.Value))
        {
            log.Info($"nothing to cancel for progress '{parameters.Token}' (it has ended)");
        }
        return Task.CompletedTask;
    }
}
