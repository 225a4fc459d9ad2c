using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Documents;

[LspMethod(Methods.TextDocumentDidChange, MutatesState = true)]
internal sealed class DidChangeHandler(ServerSession session, DiagnosticScheduler diagnostics, ServerLog log)
    : INotificationHandler<DidChangeTextDocumentParams>, ITextDocumentHandler<DidChangeTextDocumentParams>
{
    public string GetTextDocumentUri(DidChangeTextDocumentParams parameters) => parameters.TextDocument.Uri;

    public Task HandleAsync(DidChangeTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document)
        {
            log.Warning($"ignoring a change to {parameters.TextDocument.Uri}, which is not open");
            return Task.CompletedTask;
        }
        var changed = TextChanges.Apply(document, parameters.TextDocument.Version, parameters.ContentChanges, context.State.Client.Encoding);
        var state = session.Update(state => state with { Documents = state.Documents.SetItem(document.Uri, changed) });
        diagnostics.Schedule(changed, state, context.ArrivedAt);
        return Task.CompletedTask;
    }
}
