using ClawDev.GitHub.Issues.Matching;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using MatchKind = ClawDev.GitHub.Issues.Matching.UpstreamMatchKind;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary><c>clawdev/findUpstreamIssues</c>: issues and pull requests upstream that track, change or fixed a symbol.</summary>
[LspMethod(Methods.ClawDevFindUpstreamIssues)]
internal sealed class FindUpstreamIssuesHandler(GitHubConnections github, TimeProvider clock)
    : IRequestHandler<FindUpstreamIssuesParams, FindUpstreamIssuesResult>, ITextDocumentHandler<FindUpstreamIssuesParams>
{
    public string GetTextDocumentUri(FindUpstreamIssuesParams parameters) => parameters.Uri;

    public bool ReadsClosedDocuments => true;

    public async Task<FindUpstreamIssuesResult> HandleAsync(FindUpstreamIssuesParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var (source, symbol) = SymbolRequest.Resolve(parameters.Uri, parameters.Symbol, parameters.Position, context, github.Git, cancellationToken);
        return await GitHubConnections.GuardAsync(
            async token =>
            {
                var session = await github.TokenAsync("to search the upstream's issues", createIfNone: false, token);
                using var connection = await github.ConnectAsync(source.RepositoryRoot, state.Settings, session, token);
                var results = await SymbolIssueSearch.FindAsync(connection.Upstream, source.RepositoryPath, symbol, clock.GetUtcNow(), token);
                var about = results.About;
                if (about.Problem is { } problem)
                {
                    github.Failed(problem, session);
                }
                return new FindUpstreamIssuesResult(symbol, about.Authenticated, ProtocolAnswers.Notes(about), [.. results.Matches.Select(Match)])
                {
                    Upstream = ProtocolAnswers.Upstream(about.Upstream),
                    Problem = about.Problem is { } failure ? ProtocolAnswers.Problem(failure, about.Authenticated) : null,
                };
            },
            problem => new FindUpstreamIssuesResult(symbol, false, [], []) { Problem = problem },
            cancellationToken);
    }

    private static UpstreamMatch Match(ClawDev.GitHub.Issues.Matching.UpstreamMatch match)
    {
        var item = match.Item;
        var kind = match.Kind switch
        {
            MatchKind.OpenPullRequest => UpstreamMatchKind.OpenPullRequest,
            MatchKind.TrackedBy => UpstreamMatchKind.Tracked,
            _ => UpstreamMatchKind.Fixed,
        };
        var itemState = item.IsOpen ? "open" : item.Merged ? "merged" : "closed";
        return new UpstreamMatch(item.Number, item.Title, item.HtmlUrl.AbsoluteUri, kind, itemState, string.Join("; ", match.Reasons));
    }
}
