using ClawDev.Core.MicroTasks;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary><c>clawdev/findFirstIssues</c>: the upstream's beginner issues ranked by closeness to the open file, and the repository's micro-tasks.</summary>
[LspMethod(Methods.ClawDevFindFirstIssues)]
internal sealed class FindFirstIssuesHandler(GitHubConnections github, TimeProvider clock)
    : IRequestHandler<FindFirstIssuesParams, FindFirstIssuesResult>, ITextDocumentHandler<FindFirstIssuesParams>
{
    public string? GetTextDocumentUri(FindFirstIssuesParams parameters) => parameters.Uri;

    public bool ReadsClosedDocuments => true;

    public async Task<FindFirstIssuesResult> HandleAsync(FindFirstIssuesParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var source = SourceFile.Open(context, github.Git, cancellationToken);
        var folder = source?.RepositoryRoot
            ?? state.Roots.Select(root => SourceFile.RepositoryRootOf(github.Git, root.Directory, cancellationToken) ?? root.Directory).FirstOrDefault();
        if (folder is null)
        {
            return new FindFirstIssuesResult(false, [], [], []) { Problem = new("Open a folder of a repository to find its upstream's issues.") };
        }
        var microTasks = MicroTasks(folder, cancellationToken);
        var codeContext = source?.Context(parameters.Position, state.Client.Encoding) ?? CodeContext.NoFile;
        return await GitHubConnections.GuardAsync(
            async token =>
            {
                var session = await github.TokenAsync("to list the upstream's issues", createIfNone: false, token);
                using var connection = await github.ConnectAsync(folder, state.Settings, session, token);
                var results = await FirstIssueSearch.FindAsync(connection.Upstream, codeContext, new FirstIssueOptions(), clock.GetUtcNow(), token);
                var about = results.About;
                if (about.Problem is { } problem)
                {
                    github.Failed(problem, session);
                }
                return new FindFirstIssuesResult(about.Authenticated, ProtocolAnswers.Notes(about), [.. results.Issues.Select(Item)], microTasks)
                {
                    Upstream = ProtocolAnswers.Upstream(about.Upstream),
                    CachedAgeSeconds = about.CachedAge is { } age ? (long)age.TotalSeconds : null,
                    Problem = about.Problem is { } failure ? ProtocolAnswers.Problem(failure, about.Authenticated) : null,
                };
            },
            problem => new FindFirstIssuesResult(false, [], [], microTasks) { Problem = problem },
            cancellationToken);
    }

    private static FirstIssue Item(RankedIssue ranked)
    {
        var issue = ranked.Issue;
        return new FirstIssue(issue.Number, issue.Title, issue.HtmlUrl.AbsoluteUri, issue.Labels, issue.CreatedAt, issue.UpdatedAt, issue.CommentCount, ranked.Reasons)
        {
            Claimed = ranked.Claims.Count > 0 ? new IssueClaim(ranked.Claims[0].Date, ranked.Claims[0].Reason) { By = ranked.Claims[0].Who } : null,
        };
    }

    /// <summary>The maintainers' own lists, read offline from the checkout.</summary>
    private static IReadOnlyList<MicroTask> MicroTasks(string folder, CancellationToken cancellationToken)
    {
        var files = new GitFileLister().ListPythonFiles(folder, cancellationToken).RelativePaths;
        return MicroTaskFinder.Find(folder, files, cancellationToken).Tasks.Select(task => new MicroTask(
            task.ObjectName,
            new SourceLine(UriOf(folder, task.Entry.Path), task.Entry.Line - 1),
            ActionOf(task))
        {
            DefinedAt = task.DefinedAt is { } at
                ? new Location(UriOf(folder, at.Path), new Protocol.Range(new Position(at.Line - 1, 0), new Position(at.Line - 1, 0)))
                : null,
        }).ToList();
    }

    private static string ActionOf(ClawDev.Core.MicroTasks.MicroTask task) => task.Action switch
    {
        MicroTaskAction.DocumentAndDelete => $"document {task.ObjectName}, then delete its line in {task.Entry.Path}",
        MicroTaskAction.FixAndDelete => $"fix the docstring of {task.ObjectName}, then delete its lines in {task.Entry.Path}",
        _ => $"document the objects `{task.ObjectName}` excludes, then narrow or delete it in {task.Entry.Path}",
    };

    private static string UriOf(string folder, string relativePath) => DocumentUris.FromLocalPath(Path.Combine(folder, relativePath));
}
