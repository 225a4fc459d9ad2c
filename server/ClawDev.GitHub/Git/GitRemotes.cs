using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>A configured remote and where it fetches from.</summary>
public sealed record GitRemote(string Name, string Url);

/// <summary>The remotes of a repository, and adding one.</summary>
public static class GitRemotes
{
    /// <summary>The remotes of the repository at <paramref name="workingDirectory"/>; empty when it is no git repository.</summary>
    public static IReadOnlyList<GitRemote> Read(GitCli git, string workingDirectory, CancellationToken cancellationToken) =>
        Parse(git.Run(workingDirectory, ["remote", "-v"], cancellationToken));

    public static IReadOnlyList<GitRemote> List(GitSession git, CancellationToken cancellationToken) =>
        Parse(git.Run(cancellationToken, "remote", "-v"));

    /// <exception cref="GitCommandException">The name is taken or not valid.</exception>
    public static void Add(GitSession git, string name, string url, CancellationToken cancellationToken) =>
        git.Read(cancellationToken, "remote", "add", "--", name, url);

    private static IReadOnlyList<GitRemote> Parse(GitResult result)
    {
        if (result.ExitCode != 0)
        {
            return [];
        }
        var remotes = new List<GitRemote>();
        // `git remote -v` prints URLs after url.<base>.insteadOf rewriting, i.e. what git really talks to.
        foreach (var line in Encoding.UTF8.GetString(result.Output).Split('\n'))
        {
            // "origin\thttps://github.com/me/repo.git (fetch)"
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !line.EndsWith(" (fetch)", StringComparison.Ordinal))
            {
                continue;
            }
            remotes.Add(new GitRemote(line[..tab], line[(tab + 1)..^" (fetch)".Length]));
        }
        return remotes;
    }
}
