using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Drafts the edit of a code action the user picked.</summary>
[LspMethod(Methods.CodeActionResolve)]
internal sealed class CodeActionResolveHandler(DocstringFixes fixes) : IRequestHandler<CodeAction, CodeAction>, ITextDocumentHandler<CodeAction>
{
    public string? GetTextDocumentUri(CodeAction parameters) => parameters.Data?.Uri;

    public Task<CodeAction> HandleAsync(CodeAction parameters, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(fixes.Resolve(parameters, context.Document, context.State, cancellationToken));
}
