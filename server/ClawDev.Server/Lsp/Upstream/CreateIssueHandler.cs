using ClawDev.GitHub.Api;
using ClawDev.GitHub.Upstream;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>
/// <c>clawdev/createIssue</c>: sends a drafted issue to the upstream with the user's token (the client may ask
/// the user to sign in). Every failure is a ResponseError whose message is for the user.
/// </summary>
[LspMethod(Methods.ClawDevCreateIssue)]
internal sealed class CreateIssueHandler(GitHubConnections github) : IRequestHandler<CreateIssueParams, CreateIssueResult>
{
    public async Task<CreateIssueResult> HandleAsync(CreateIssueParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var settings = context.State.Settings;
        var repository = RequestFailures.RepositoryOf(parameters.Uri, github.Git, cancellationToken);
        return await GitHubConnections.GuardAsync<CreateIssueResult>(
            async token =>
            {
                var named = new LocalUpstreamDetector(github.Git).Detect(repository, settings.GitHubUpstream, token)?.Upstream.FullName ?? "the upstream";
                var session = await github.TokenAsync($"to create the issue in {named}", createIfNone: true, token)
                    ?? throw RequestFailures.Failed("Creating an issue needs a GitHub sign-in. Sign in, or open the prefilled issue in the browser.");
                using var connection = await github.ConnectAsync(repository, settings, session, token);
                var upstream = connection.Upstream.Location.Upstream;
                try
                {
                    var created = await connection.Upstream.Api.CreateIssueAsync(upstream, parameters.Title, parameters.Body, parameters.Labels, token);
                    return new CreateIssueResult(created.Number, created.HtmlUrl.AbsoluteUri);
                }
                catch (GitHubProblemException e)
                {
                    github.Failed(e.Problem, session);
                    throw RequestFailures.Failed(e.Problem.Message);
                }
            },
            problem => throw RequestFailures.Failed(problem.Message),
            cancellationToken);
    }
}
