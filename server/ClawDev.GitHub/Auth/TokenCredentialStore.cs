using Octokit;

namespace ClawDev.GitHub.Auth;

/// <summary>Hands Octokit the token (or anonymous credentials); <see cref="TokenHostGuard"/> decides where it may go.</summary>
internal sealed class TokenCredentialStore(GitHubToken? token) : ICredentialStore
{
    private readonly Credentials _credentials = token is null ? Credentials.Anonymous : new Credentials(token.Value, AuthenticationType.Bearer);

    public Task<Credentials> GetCredentials() => Task.FromResult(_credentials);
}
