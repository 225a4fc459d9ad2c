using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>
/// <c>clawdev/startWorkingOnIssue</c>: a branch for the issue from the upstream's freshly fetched default branch.
/// It changes the git repository, not the server's state, so it does not hold up other requests; a refusal
/// (uncommitted changes, no upstream remote) is a ResponseError that says why.
/// </summary>
[LspMethod(Methods.ClawDevStartWorkingOnIssue)]
internal sealed class StartWorkingOnIssueHandler(GitHubConnections github) : IRequestHandler<StartWorkingOnIssueParams, StartWorkingOnIssueResult>
{
    public async Task<StartWorkingOnIssueResult> HandleAsync(StartWorkingOnIssueParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var repository = RequestFailures.RepositoryOf(parameters.Uri, github.Git, cancellationToken);
        return await GitHubConnections.GuardAsync<StartWorkingOnIssueResult>(
            async token =>
            {
                var session = await github.TokenAsync("to read the upstream's default branch", createIfNone: false, token);
                using var connection = await github.ConnectAsync(repository, context.State.Settings, session, token);
                try
                {
                    var started = await StartWorking.StartAsync(
                        new GitSession(github.Git, repository), connection.Upstream.Location, connection.Upstream.Api, parameters.Number, parameters.Title, token);
                    return new StartWorkingOnIssueResult(started.Branch, started.Base, started.Message);
                }
                catch (StartWorkingException e)
                {
                    throw RequestFailures.Failed(e.Message);
                }
            },
            problem => throw RequestFailures.Failed(problem.Message),
            cancellationToken);
    }
}
