using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

[LspMethod(Methods.WorkspaceDidChangeWatchedFiles, MutatesState = true)]
internal sealed class DidChangeWatchedFilesHandler(WorkspaceChanges changes) : INotificationHandler<DidChangeWatchedFilesParams>
{
    public Task HandleAsync(DidChangeWatchedFilesParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        changes.OnDiskChange(parameters.Changes);
        return Task.CompletedTask;
    }
}
