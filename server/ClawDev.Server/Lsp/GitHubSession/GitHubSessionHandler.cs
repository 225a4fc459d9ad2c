using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>
/// <c>clawdev/githubSession</c>: the client hands over the user's session (after a sign-in, or when the account
/// changed) or says there is none any more. A session that does not open leaves the server signed out, with the
/// reason in the log.
/// </summary>
[LspMethod(Methods.ClawDevGitHubSession, MutatesState = true)]
internal sealed class GitHubSessionHandler(GitHubSessionOpener opener, GitHubTokenHolder holder, ServerLog log) : INotificationHandler<GitHubSessionParams>
{
    public Task HandleAsync(GitHubSessionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        if (parameters.Sealed is null)
        {
            holder.Clear();
            log.Info("signed out of GitHub: requests to GitHub go without a token");
            return Task.CompletedTask;
        }
        try
        {
            holder.Set(opener.Open(parameters.Sealed, parameters.Account));
            log.Info($"GitHub session received{(parameters.Account is { } account ? $" for {account}" : "")}");
        }
        catch (GitHubSessionException exception)
        {
            holder.Clear();
            log.Warning($"{exception.Message}; requests to GitHub go without a token");
        }
        return Task.CompletedTask;
    }
}
