using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>A configured remote and where it fetches from.</summary>
public sealed record GitRemote(string Name, string Url);

/// <summary>The remotes of a repository, and adding one.</summary>
public static class GitRemotes
{
    // The URLs as configured, not as `git remote -v` prints them after url.<base>.insteadOf rewriting: the
    // configured one names the GitHub repository even when git is told to fetch it from a mirror or a local copy.
    private static readonly string[] ConfiguredUrls = ["config", "-z", "--get-regexp", @"^remote\..*\.url$"];

    /// <summary>The remotes of the repository at <paramref name="workingDirectory"/>; empty when it is no git repository.</summary>
    public static IReadOnlyList<GitRemote> Read(GitCli git, string workingDirectory, CancellationToken cancellationToken) =>
        Parse(git.Run(workingDirectory, ConfiguredUrls, cancellationToken));

    public static IReadOnlyList<GitRemote> List(GitSession git, CancellationToken cancellationToken) =>
        Parse(git.Run(cancellationToken, ConfiguredUrls));

    /// <exception cref="GitCommandException">The name is taken or not valid.</exception>
    public static void Add(GitSession git, string name, string url, CancellationToken cancellationToken) =>
        git.Read(cancellationToken, "remote", "add", "--", name, url);

    private static IReadOnlyList<GitRemote> Parse(GitResult result)
    {
        // Exit code 1: no remote at all; anything else: no repository here.
        if (result.ExitCode != 0)
        {
            return [];
        }
        var remotes = new List<GitRemote>();
        // "remote.<name>.url\n<url>\0" per entry; a remote with several URLs fetches from its first.
        foreach (var entry in Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = entry.IndexOf('\n');
            if (newline < 0)
            {
                continue;
            }
            var name = entry["remote.".Length..(newline - ".url".Length)];
            if (remotes.All(remote => remote.Name != name))
            {
                remotes.Add(new GitRemote(name, entry[(newline + 1)..]));
            }
        }
        return remotes;
    }
}
