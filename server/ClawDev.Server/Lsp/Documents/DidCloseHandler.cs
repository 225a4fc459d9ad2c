using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>Forgets the document and clears its diagnostics; the index goes back to the file on disk.</summary>
[LspMethod(Methods.TextDocumentDidClose, MutatesState = true)]
internal sealed class DidCloseHandler(ServerSession session, DiagnosticScheduler diagnostics, WorkspaceIndexer indexer) : INotificationHandler<DidCloseTextDocumentParams>
{
    public Task HandleAsync(DidCloseTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        session.Update(state => state with { Documents = state.Documents.Remove(uri) });
        diagnostics.Close(uri);
        if (DocumentUris.ToLocalPath(uri) is { } path)
        {
            indexer.Refresh([path], documentClosed: true);
        }
        return Task.CompletedTask;
    }
}
