using System.Text;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.Upstream;

/// <summary>A git remote and its fetch URL.</summary>
public sealed record GitRemote(string Name, string Url);

/// <summary>Reads a working tree's remotes with the git CLI.</summary>
public static class GitRemotes
{
    /// <summary>The remotes of the repository at <paramref name="workingDirectory"/>; empty when it is no git repository.</summary>
    public static IReadOnlyList<GitRemote> Read(GitCli git, string workingDirectory, CancellationToken cancellationToken)
    {
        // `git remote -v` prints URLs after url.<base>.insteadOf rewriting, i.e. what git really talks to.
        var result = git.Run(workingDirectory, ["remote", "-v"], cancellationToken);
        if (result.ExitCode != 0)
        {
            return [];
        }
        var remotes = new List<GitRemote>();
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
