using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Drafts the edit of a code action the user picked.</summary>
[LspMethod(Methods.CodeActionResolve)]
internal sealed class CodeActionResolveHandler(DocstringFixes fixes) : IRequestHandler<CodeAction, CodeAction>
{
    public Task<CodeAction> HandleAsync(CodeAction parameters, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(fixes.Resolve(parameters, context.State, cancellationToken));
}
