using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

[LspMethod(Methods.WorkspaceDidChangeWorkspaceFolders, MutatesState = true)]
internal sealed class DidChangeWorkspaceFoldersHandler(WorkspaceChanges changes) : INotificationHandler<DidChangeWorkspaceFoldersParams>
{
    public Task HandleAsync(DidChangeWorkspaceFoldersParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        changes.ChangeFolders(parameters.Event.Added, parameters.Event.Removed);
        return Task.CompletedTask;
    }
}
