using ClawDev.GitHub.Auth;

namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>The user's GitHub token while the server runs, in memory only; replaced or removed as the client says.</summary>
public sealed class GitHubTokenHolder
{
    private GitHubToken? _token;

    /// <summary>The token at hand; null when signed out or never asked for.</summary>
    public GitHubToken? Current => Volatile.Read(ref _token);

    public void Set(GitHubToken token) => Volatile.Write(ref _token, token);

    public void Clear() => Volatile.Write(ref _token, null);

    /// <summary>Removes <paramref name="refused"/> (GitHub answered 401 to it), unless a newer token replaced it meanwhile.</summary>
    public void Forget(GitHubToken refused) => Interlocked.CompareExchange(ref _token, null, refused);

    public override string ToString() => Current?.ToString() ?? "no GitHub token";
}
