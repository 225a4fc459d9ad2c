using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>
/// A save puts the open text on disk: the file's entry in the workspace index and, for a configuration file, the
/// rules change. Clients that watch files report the same change again, which costs one re-read.
/// </summary>
[LspMethod(Methods.TextDocumentDidSave, MutatesState = true)]
internal sealed class DidSaveHandler(WorkspaceChanges changes) : INotificationHandler<DidSaveTextDocumentParams>
{
    public Task HandleAsync(DidSaveTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        changes.OnDiskChange([new FileEvent(parameters.TextDocument.Uri, FileChangeType.Changed)]);
        return Task.CompletedTask;
    }
}
