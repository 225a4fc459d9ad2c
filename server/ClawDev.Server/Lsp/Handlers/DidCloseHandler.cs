using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Handlers;

[LspMethod(Methods.TextDocumentDidClose, MutatesState = true)]
internal sealed class DidCloseHandler(ServerSession session, DiagnosticScheduler diagnostics) : INotificationHandler<DidCloseTextDocumentParams>
{
    public Task HandleAsync(DidCloseTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        session.Update(state => state with { Documents = state.Documents.Remove(uri) });
        diagnostics.Close(uri);
        return Task.CompletedTask;
    }
}
