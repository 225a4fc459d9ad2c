using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>Commits exactly the chosen paths; everything else in the index and work tree stays as it was.</summary>
public static class GitCommitter
{
    /// <summary>
    /// Stages <paramref name="paths"/> (new, changed and deleted files; for a rename both sides) and commits only
    /// those (<c>git commit -- paths</c>), so unrelated changes, even staged ones, stay out of the commit and where
    /// they were. The repository's commit hooks run. Paths are literal (no glob), the message goes in verbatim on
    /// standard input.
    /// </summary>
    /// <returns>The new commit's id.</returns>
    /// <exception cref="GitCommandException">git refused (a hook failed, nothing to commit, no identity).</exception>
    public static string Commit(GitSession git, IReadOnlyList<string> paths, string message, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            throw new ArgumentException("nothing chosen to commit", nameof(paths));
        }
        string[] add = ["--literal-pathspecs", "add", "--all", "--", .. paths];
        git.Checked(git.Run(cancellationToken, add), add);
        string[] commit = ["--literal-pathspecs", "commit", "--quiet", "--cleanup=whitespace", "--file=-", "--", .. paths];
        git.Checked(git.RunWithInput(Encoding.UTF8.GetBytes(message), cancellationToken, commit), commit);
        return git.Read(cancellationToken, "rev-parse", "HEAD");
    }
}
