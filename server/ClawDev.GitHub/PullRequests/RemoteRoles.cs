using ClawDev.GitHub.Git;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>Which remote is the upstream and which is the user's fork.</summary>
internal static class RemoteRoles
{
    public const string ForkRemoteName = "fork";

    /// <summary>The remote whose URL names the upstream repository, else one called "upstream", else null.</summary>
    public static GitRemote? Upstream(IReadOnlyList<GitRemote> remotes, RepositoryId upstream) =>
        remotes.FirstOrDefault(r => Names(r, upstream.Owner, upstream.Name))
        ?? remotes.FirstOrDefault(r => r.Name == "upstream");

    /// <summary>
    /// The user's fork among the other remotes: one called "fork" or after the login, one whose URL is under the
    /// login, else "origin" (a clone of one's fork, with the upstream added as "upstream").
    /// </summary>
    public static GitRemote? Fork(IReadOnlyList<GitRemote> remotes, GitRemote? upstreamRemote, string? login)
    {
        var candidates = remotes.Where(r => r.Name != upstreamRemote?.Name).ToList();
        return candidates.FirstOrDefault(r => r.Name == ForkRemoteName)
            ?? (login is null ? null : candidates.FirstOrDefault(r => r.Name == login || OwnerOf(r) is { } owner && string.Equals(owner, login, StringComparison.OrdinalIgnoreCase)))
            ?? candidates.FirstOrDefault(r => r.Name == "origin");
    }

    /// <summary>The owner in a remote's GitHub URL, or null for other URLs.</summary>
    public static string? OwnerOf(GitRemote remote) => RemoteUrlParser.Parse(remote.Url)?.Owner;

    /// <summary>A name for a new fork remote: "fork", else the login, else "fork-2", ...</summary>
    public static string NewForkRemoteName(IReadOnlyList<GitRemote> remotes, string login)
    {
        if (remotes.All(r => r.Name != ForkRemoteName))
        {
            return ForkRemoteName;
        }
        if (remotes.All(r => r.Name != login))
        {
            return login;
        }
        var suffix = 2;
        while (remotes.Any(r => r.Name == $"{ForkRemoteName}-{suffix}"))
        {
            suffix++;
        }
        return $"{ForkRemoteName}-{suffix}";
    }

    /// <summary>SSH when the upstream is reached over SSH (the user's keys are set up), else HTTPS.</summary>
    public static string ForkUrl(HostRepository fork, GitRemote? upstreamRemote) =>
        upstreamRemote is { } remote && (remote.Url.StartsWith("git@", StringComparison.Ordinal) || remote.Url.StartsWith("ssh://", StringComparison.Ordinal))
            ? fork.SshUrl
            : fork.CloneUrl;

    private static bool Names(GitRemote remote, string owner, string name) =>
        RemoteUrlParser.Parse(remote.Url) is { } id
        && string.Equals(id.Owner, owner, StringComparison.OrdinalIgnoreCase)
        && string.Equals(id.Name, name, StringComparison.OrdinalIgnoreCase);
}
