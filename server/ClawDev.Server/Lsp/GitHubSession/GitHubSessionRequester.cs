using ClawDev.GitHub.Auth;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>
/// What a feature calls when it needs the user's GitHub token: the one at hand, else the client is asked with
/// <c>clawdev/requestGitHubSession</c> (it asks VS Code, which asks the user only when <c>createIfNone</c>).
/// </summary>
internal sealed class GitHubSessionRequester(LanguageClient client, GitHubSessionOpener opener, GitHubTokenHolder holder, ServerLog log)
{
    /// <param name="reason">Why, for the sign-in prompt ("to create the issue in owner/repo").</param>
    /// <param name="createIfNone">Whether the user may be asked to sign in; false for reading features, which work without a token.</param>
    /// <returns>The token; null when there is no session (or the user declined, or the client cannot hand one over).</returns>
    /// <exception cref="GitHubSessionException">The client's answer does not open (another key): the message says why.</exception>
    public async Task<GitHubToken?> GetAsync(string reason, bool createIfNone, CancellationToken cancellationToken)
    {
        if (holder.Current is { } current)
        {
            return current;
        }
        RequestGitHubSessionResult? answer;
        try
        {
            answer = await client.RequestAsync<RequestGitHubSessionResult?>(
                Methods.ClawDevRequestGitHubSession, new RequestGitHubSessionParams(reason, createIfNone), cancellationToken);
        }
        catch (RemoteMethodNotFoundException)
        {
            // An editor other than ClawDev's extension: it has no sessions to give.
            return null;
        }
        catch (RemoteInvocationException exception)
        {
            log.Warning($"the client could not get a GitHub session: {exception.Message}");
            return null;
        }
        if (answer?.Sealed is null)
        {
            return null;
        }
        var token = opener.Open(answer.Sealed, answer.Account);
        holder.Set(token);
        return token;
    }

    /// <summary>GitHub refused <paramref name="token"/> (401): the next <see cref="GetAsync"/> asks the client again.</summary>
    public void Refused(GitHubToken token) => holder.Forget(token);
}
