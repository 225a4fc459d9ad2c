using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.Upstream;

/// <summary>
/// Finds the upstream without the network: an explicit setting wins; else the first parseable remote by name
/// priority <c>upstream</c> &gt; <c>github</c> &gt; <c>origin</c> (then any other, alphabetically).
/// </summary>
public sealed class LocalUpstreamDetector(GitCli git)
{
    private static readonly string[] RemotePriority = ["upstream", "github", "origin"];

    /// <returns>The location, or null when neither the setting nor any remote names a repository.</returns>
    /// <exception cref="FormatException">The setting is neither <c>owner/repo</c> nor a repository URL.</exception>
    public UpstreamLocation? Detect(string workingDirectory, string? setting, CancellationToken cancellationToken)
    {
        var remotes = GitRemotes.Read(git, workingDirectory, cancellationToken)
            .Select(remote => (Remote: remote, Repository: RemoteUrlParser.Parse(remote.Url)))
            .Where(candidate => candidate.Repository is not null)
            .OrderBy(candidate => Rank(candidate.Remote.Name))
            .ThenBy(candidate => candidate.Remote.Name, StringComparer.Ordinal)
            .ToList();

        if (!string.IsNullOrWhiteSpace(setting))
        {
            var host = remotes.Count > 0 ? remotes[0].Repository!.Host : RepositoryId.PublicHost;
            var named = RemoteUrlParser.ParseSetting(setting, host)
                ?? throw new FormatException($"The upstream setting '{setting}' is neither owner/repo nor a repository URL.");
            var fork = remotes.FirstOrDefault(candidate => candidate.Repository != named);
            return new UpstreamLocation(named, UpstreamOriginKind.Setting, "setting")
            {
                UpstreamRemote = remotes.FirstOrDefault(candidate => candidate.Repository == named).Remote?.Name,
                Fork = fork.Repository,
                ForkRemote = fork.Remote?.Name,
            };
        }
        if (remotes.Count == 0)
        {
            return null;
        }
        var chosen = remotes[0];
        // Beside an `upstream` remote, the remote of another repository (usually `origin`) is the user's fork.
        var other = remotes.Skip(1).FirstOrDefault(candidate => candidate.Repository != chosen.Repository);
        return new UpstreamLocation(chosen.Repository!, UpstreamOriginKind.Remote, $"remote '{chosen.Remote.Name}'")
        {
            UpstreamRemote = chosen.Remote.Name,
            Fork = other.Repository,
            ForkRemote = other.Remote?.Name,
        };
    }

    private static int Rank(string remoteName)
    {
        var index = Array.IndexOf(RemotePriority, remoteName);
        return index < 0 ? RemotePriority.Length : index;
    }
}
