using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Documents;

[LspMethod(Methods.TextDocumentDidOpen, MutatesState = true)]
internal sealed class DidOpenHandler(ServerSession session, DiagnosticScheduler diagnostics) : INotificationHandler<DidOpenTextDocumentParams>
{
    public Task HandleAsync(DidOpenTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var item = parameters.TextDocument;
        var document = new TextDocument(item.Uri, item.LanguageId, item.Version, item.Text);
        var state = session.Update(state => state with { Documents = state.Documents.SetItem(item.Uri, document) });
        diagnostics.Schedule(document, state, context.ArrivedAt);
        return Task.CompletedTask;
    }
}
