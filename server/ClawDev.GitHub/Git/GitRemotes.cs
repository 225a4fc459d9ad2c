namespace ClawDev.GitHub.Git;

/// <summary>A configured remote and where it fetches from.</summary>
public sealed record GitRemote(string Name, string Url);

/// <summary>The remotes of a repository, and adding one.</summary>
public static class GitRemotes
{
    public static IReadOnlyList<GitRemote> List(GitSession git, CancellationToken cancellationToken)
    {
        var names = git.Read(cancellationToken, "remote").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. names.Select(name => new GitRemote(name, git.TryRead(cancellationToken, "remote", "get-url", "--", name) ?? ""))];
    }

    /// <exception cref="GitCommandException">The name is taken or not valid.</exception>
    public static void Add(GitSession git, string name, string url, CancellationToken cancellationToken) =>
        git.Read(cancellationToken, "remote", "add", "--", name, url);

    /// <summary>
    /// The owner and repository name in a GitHub remote URL (https://host/owner/name(.git), git@host:owner/name.git,
    /// ssh://git@host/owner/name), or null for anything else (local paths, other layouts).
    /// </summary>
    public static (string Owner, string Name)? OwnerAndName(string url)
    {
        var trimmed = url.Trim().TrimEnd('/');
        if (trimmed.EndsWith(".git", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^4];
        }
        string path;
        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var hostEnd = trimmed.IndexOf('/', scheme + 3);
            if (hostEnd < 0 || trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            path = trimmed[(hostEnd + 1)..];
        }
        else
        {
            var colon = trimmed.IndexOf(':');
            if (colon < 0 || trimmed.IndexOf('/') is var slash && slash >= 0 && slash < colon)
            {
                return null;
            }
            path = trimmed[(colon + 1)..];
        }
        var parts = path.Split('/');
        return parts.Length >= 2 && parts[^2].Length > 0 && parts[^1].Length > 0 ? (parts[^2], parts[^1]) : null;
    }
}
