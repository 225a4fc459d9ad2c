using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.GitHub.Templates;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>
/// <c>clawdev/draftIssue</c>: a new issue about a symbol's documentation in the repository's own template, with
/// a permalink and the ClawDev findings for that symbol. Works without a token (and offline): the draft comes from
/// the checkout; the prefilled new-issue URL is there for the browser.
/// </summary>
[LspMethod(Methods.ClawDevDraftIssue)]
internal sealed class DraftIssueHandler(GitHubConnections github)
    : IRequestHandler<DraftIssueParams, DraftIssueResult>, ITextDocumentHandler<DraftIssueParams>
{
    public string GetTextDocumentUri(DraftIssueParams parameters) => parameters.Uri;

    public bool ReadsClosedDocuments => true;

    public async Task<DraftIssueResult> HandleAsync(DraftIssueParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var (source, symbol) = SymbolRequest.Resolve(parameters.Uri, parameters.Symbol, parameters.Position, context, github.Git, cancellationToken);
        var definition = source.Named(symbol)
            ?? throw RequestFailures.Failed($"{source.RepositoryPath} defines no `{symbol}`.");
        var lines = source.Document.Lines;
        var gap = new DocumentationGap(
            source.RepositoryPath,
            symbol,
            CodeContext.ForFile(source.RepositoryPath, [], []).ModuleName,
            lines.LineOf(definition.KeywordOffset) + 1,
            lines.LineOf(definition.Span.End) + 1,
            [.. source.FindingsOf(symbol).Select(finding => $"{finding.Message} ({finding.Code})")]);
        return await GitHubConnections.GuardAsync<DraftIssueResult>(
            async token =>
            {
                var session = await github.TokenAsync("to read the upstream's labels", createIfNone: false, token);
                using var connection = await github.ConnectAsync(source.RepositoryRoot, state.Settings, session, token);
                var draft = await IssueDrafting.DraftAsync(connection.Upstream, new GitSession(github.Git, source.RepositoryRoot), gap, token);
                return new DraftIssueResult(draft.Title, draft.Body, draft.Labels, draft.NewIssueUrl.AbsoluteUri, CanCreate: session is not null)
                {
                    Template = draft.Template is { } template ? $"{IssueTemplateReader.Folder}/{template.FileName}" : null,
                };
            },
            problem => throw RequestFailures.Failed(problem.Message),
            cancellationToken);
    }
}
