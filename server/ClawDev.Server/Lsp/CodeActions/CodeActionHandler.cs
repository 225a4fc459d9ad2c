using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Lists the drafting actions for the diagnostics at a place, and the whole-file one (edits come with
/// codeAction/resolve), then "Find upstream issue" for each symbol diagnosed there.</summary>
[LspMethod(Methods.TextDocumentCodeAction)]
internal sealed class CodeActionHandler(DocstringFixes fixes)
    : IRequestHandler<CodeActionParams, IReadOnlyList<CodeAction>>, ITextDocumentHandler<CodeActionParams>
{
    public string GetTextDocumentUri(CodeActionParams parameters) => parameters.TextDocument.Uri;

    public Task<IReadOnlyList<CodeAction>> HandleAsync(CodeActionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var drafts = fixes.List(parameters, context.Document, context.State, cancellationToken);
        var upstream = context.State.Client.TakesCodeActions ? UpstreamIssueActions.List(parameters) : [];
        return Task.FromResult<IReadOnlyList<CodeAction>>([.. drafts, .. upstream]);
    }
}
