using ClawDev.GitHub.Auth;

namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>Opens sealed sessions with this process's session key.</summary>
public sealed class GitHubSessionOpener(SessionKeyReading key)
{
    /// <exception cref="GitHubSessionException">There is no key, or the value does not open with it.</exception>
    public GitHubToken Open(string sealedToken, string? account)
    {
        if (key.Key is not { } sessionKey)
        {
            throw new GitHubSessionException($"the GitHub session cannot be opened: {key.Problem}");
        }
        var token = SealedToken.Open(sessionKey, sealedToken);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new GitHubSessionException("the GitHub session holds no token");
        }
        return new GitHubToken(token, "VS Code session", account);
    }
}
